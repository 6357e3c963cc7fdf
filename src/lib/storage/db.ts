/**
 * The only module that talks to IndexedDB (through idb). Declares the schema once, upgrades it
 * step by step, and offers a few small async functions. Nothing but IndexedDB requests is
 * awaited inside a transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { answerKeyHash, hashText } from '$lib/formats/answer-key';
import type { QuestionSet } from '$lib/formats/question-set';
import { newCard, State, type CardState } from '$lib/core/card';
import { buildQueue, factsOfSet, type Facts, type Queue } from '$lib/core/queue';
import { nextDayStart, startOfStudyDay, studyDay, type DayOptions } from '$lib/core/day';
import { defaultBackupPrefs } from '$lib/core/backup-reminder';

export const DB_NAME = 'factdrill';
export const DB_VERSION = 5;

// The records it keeps are the domain's, declared in core; storage imports them, never the reverse.
import { legacyLogEntryId, liveEntries, newLogEntryId, type BackupPrefs, type CardRow, type LogEntry, type LogEntryId, type SetRow, type SettingsRow, type TestResult } from '$lib/core/records';

// The settings' shape, defaults and rules live in pure modules; storage keeps them and reads them through the rules.
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/default-settings';
import { checkFitted, repairSettings, type SettingsProblem } from '$lib/core/settings-rules';
export { DEFAULT_SETTINGS };
export type { Settings };

interface FactdrillDB extends DBSchema {
	sets: { key: string; value: SetRow };
	cards: {
		key: [string, string];
		value: CardRow;
		indexes: { 'by-set': string; 'by-set-state-due': [string, number, number]; 'by-set-new': [string, number] };
	};
	log: {
		key: LogEntryId;
		value: LogEntry;
		indexes: { 'by-set-time': [string, number]; 'by-card': [string, string] };
	};
	settings: { key: string; value: SettingsRow };
	tests: { key: number; value: TestResult; indexes: { 'by-set-time': [string, number] } };
	drafts: { key: string; value: DraftRow };
}

export type Database = IDBPDatabase<FactdrillDB>;

/** IndexedDB is missing or refuses to open (private mode, storage blocked by the user). */
export class StorageUnavailableError extends Error {
	constructor(cause: unknown) {
		super(
			'This browser does not let Factdrill store data (IndexedDB is unavailable: private mode or blocked storage). ' +
				'Progress cannot be saved until storage is allowed for this site.'
		);
		this.name = 'StorageUnavailableError';
		this.cause = cause;
	}
}

/** A grade could not be saved because the card changed meanwhile (another tab graded it). */
export class ConflictError extends Error {
	constructor(readonly questionId: string) {
		super(`The card "${questionId}" was graded elsewhere (another tab?); this grade was not saved.`);
		this.name = 'ConflictError';
	}
}

/** What a tab does when another tab's version of the app changes the database under it. */
export interface OpenHooks {
	/** A newer version opened in another tab: this connection is already closed; the page must reload. Default: reload at once. */
	onVersionChange?: () => void;
	/** This tab's upgrade waits for an older tab to let go of the database. */
	onBlocked?: () => void;
}

export async function openDatabase(name = DB_NAME, hooks: OpenHooks = {}): Promise<Database> {
	if (typeof indexedDB === 'undefined') throw new StorageUnavailableError(new Error('indexedDB is not defined'));
	try {
		return await openDB<FactdrillDB>(name, DB_VERSION, {
			upgrade(db, oldVersion, _newVersion, transaction) {
				if (oldVersion < 1) {
					db.createObjectStore('sets', { keyPath: 'id' });
					const cards = db.createObjectStore('cards', { keyPath: ['setId', 'questionId'] });
					cards.createIndex('by-set', 'setId');
					cards.createIndex('by-set-state-due', ['setId', 'state', 'dueAt']);
					cards.createIndex('by-set-new', ['setId', 'newRank']);
					createLogStore(db);
					db.createObjectStore('settings', { keyPath: 'key' });
				}
				if (oldVersion < 2) createTestsStore(db);
				if (oldVersion < 3) {
					db.createObjectStore('drafts', { keyPath: 'key' });
				}
				const renewed: Promise<unknown>[] = [];
				if (oldVersion >= 2 && oldVersion < 4) {
					// Restores before version 4 stored the test keys a file carried: a key of 2^53 left the
					// store's key generator unable to make another, and clearing a store keeps its generator.
					// Only a new store starts a new one: it is made anew with its rows renumbered in order.
					renewed.push(renewTestsStore(db, transaction));
				}
				if (oldVersion >= 1 && oldVersion < 5) {
					// Version 5 keys review-log entries on the device (see LogEntryId) instead of with a key
					// generator: the log store is made anew, each entry keyed from what it holds. This also
					// ends the key generator a restore before version 4 may have exhausted. The kept
					// statistics, counted by the old keys, are worked out again.
					renewed.push(renewLogStore(db, transaction));
					renewed.push(transaction.objectStore('settings').delete('stats'));
				}
				if (renewed.length > 0) Promise.all(renewed).catch(() => transaction.abort());
			},
			blocking(_current, _blocked, event) {
				// A newer version of the app wants to upgrade: step aside rather than hang both tabs.
				(event.target as IDBDatabase).close();
				if (hooks.onVersionChange) hooks.onVersionChange();
				else globalThis.location?.reload();
			},
			blocked() {
				hooks.onBlocked?.();
			}
		});
	} catch (error) {
		throw new StorageUnavailableError(error);
	}
}

type UpgradeTransaction = IDBPTransaction<FactdrillDB, StoreNames<FactdrillDB>[], 'versionchange'>;

function createLogStore(db: IDBPDatabase<FactdrillDB>): void {
	const log = db.createObjectStore('log', { keyPath: 'id' });
	log.createIndex('by-set-time', ['setId', 'reviewedAt']);
	log.createIndex('by-card', ['setId', 'questionId']);
}

function createTestsStore(db: IDBPDatabase<FactdrillDB>): void {
	db.createObjectStore('tests', { keyPath: 'id', autoIncrement: true }).createIndex('by-set-time', ['setId', 'finishedAt']);
}

/** Replaces the tests store by a new one (a fresh key generator) holding its rows renumbered 1, 2, 3… in key order. */
async function renewTestsStore(db: IDBPDatabase<FactdrillDB>, transaction: UpgradeTransaction): Promise<void> {
	const rows = await transaction.objectStore('tests').getAll();
	db.deleteObjectStore('tests');
	createTestsStore(db);
	const store = transaction.objectStore('tests');
	await Promise.all(rows.map((row, index) => store.put({ ...row, id: index + 1 })));
}

/** Replaces the numbered log store by one keyed on the device, each entry's key made from what it holds. */
async function renewLogStore(db: IDBPDatabase<FactdrillDB>, transaction: UpgradeTransaction): Promise<void> {
	const rows = (await transaction.objectStore('log').getAll()) as Array<Omit<LogEntry, 'id'> & { id?: unknown }>;
	db.deleteObjectStore('log');
	createLogStore(db);
	const store = transaction.objectStore('log');
	const taken = new Set<string>();
	await Promise.all(
		rows.map((row) => {
			const id = legacyLogEntryId(row, (candidate) => taken.has(candidate));
			taken.add(id);
			return store.put({ ...row, id });
		})
	);
}

/** A card as a stored row (storage modules only). */
export function toRow(card: CardState, position: number, answerHash: string, suspended = false): CardRow {
	const row: CardRow = { ...card, position, answerHash };
	if (suspended) row.suspended = true;
	else if (card.state === State.New) row.newRank = position;
	else row.dueAt = card.due;
	return row;
}

/** Strips the storage-only fields, giving the scheduler's plain object back. */
export function toCard(row: CardRow): CardState {
	const { position: _p, answerHash: _h, dueAt: _d, newRank: _n, suspended: _s, ...card } = row;
	return card;
}

export interface InstallReport {
	added: number;
	kept: number;
	/** Questions whose answer key changed: their progress starts over. */
	reset: string[];
	removed: number;
}

/**
 * Stores a set and its cards in one transaction. Progress of a question whose id is unchanged is
 * kept; if its answer key changed, its card starts over and its id is reported.
 */
export async function installSet(db: Database, set: QuestionSet, options: { builtin: boolean; now: number }): Promise<InstallReport> {
	const contentHash = hashText(JSON.stringify(set));
	const tx = db.transaction(['sets', 'cards'], 'readwrite');
	const sets = tx.objectStore('sets');
	const cards = tx.objectStore('cards');
	const [existing, stored] = await Promise.all([sets.get(set.id), cards.index('by-set').getAll(set.id)]);
	const byId = new Map(stored.map((row) => [row.questionId, row]));
	const report: InstallReport = { added: 0, kept: 0, reset: [], removed: 0 };
	const writes: Promise<unknown>[] = [
		sets.put({
			id: set.id,
			set,
			builtin: options.builtin,
			contentHash,
			installedAt: existing?.installedAt ?? options.now,
			updatedAt: options.now
		})
	];
	set.questions.forEach((question, position) => {
		const hash = answerKeyHash(question);
		const row = byId.get(question.id);
		byId.delete(question.id);
		if (!row) {
			report.added++;
			writes.push(cards.put(toRow(newCard(set.id, question.id, options.now), position, hash)));
		} else if (row.answerHash !== hash) {
			report.reset.push(question.id);
			writes.push(cards.put(toRow(newCard(set.id, question.id, options.now), position, hash)));
		} else {
			report.kept++;
			if (row.position !== position) writes.push(cards.put(toRow(toCard(row), position, hash, row.suspended)));
		}
	});
	for (const row of byId.values()) {
		report.removed++;
		writes.push(cards.delete([row.setId, row.questionId]));
	}
	await Promise.all([...writes, tx.done]);
	return report;
}

export async function getSetRows(db: Database): Promise<SetRow[]> {
	return db.getAll('sets');
}

export async function getSetRow(db: Database, id: string): Promise<SetRow | undefined> {
	return db.get('sets', id);
}

/** The learner's settings: each stored value that fails the settings' validation gives way to its default. */
export async function getSettings(db: Database): Promise<Settings> {
	return (await readSettings(db)).settings;
}

/** The settings, and what was wrong with the stored ones (for a page to say so, in settings.ts's words, and offer a reset). */
export async function readSettings(db: Database): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
	const [stored, fitted] = await Promise.all([db.get('settings', 'main'), db.get('settings', 'fsrs')]);
	const fittedProblem = fitted ? checkFitted(fitted) : undefined;
	const weights = fitted?.key === 'fsrs' && !fittedProblem ? { weights: fitted.weights } : {};
	// Rows saved by older versions lack the newer settings: the check fills them with defaults.
	const { key: _key, weights: _weights, ...settings } = stored?.key === 'main' ? stored : { key: 'main' };
	const result = repairSettings({ ...settings, ...weights });
	return fittedProblem ? { ...result, problems: [...result.problems, fittedProblem] } : result;
}

export async function putSettings(db: Database, settings: Settings): Promise<void> {
	const { weights: _weights, ...rest } = settings;
	await db.put('settings', { key: 'main', ...rest });
}

export interface DayProgress {
	newStudied: number;
	reviewsDone: number;
	/** Questions studied today, for burying their siblings. */
	studied: Set<string>;
}

/** A set's review-log entries of today's study day, up to `now`, oldest first. */
export async function todaysReviews(db: Database, setId: string, now: number, options: DayOptions): Promise<LogEntry[]> {
	const start = startOfStudyDay(studyDay(now, options), options);
	return liveEntries(await db.getAllFromIndex('log', 'by-set-time', IDBKeyRange.bound([setId, start], [setId, now])));
}

/** What was already studied in a set today: new cards introduced and reviews done. */
export async function todaysProgress(db: Database, setId: string, now: number, options: DayOptions): Promise<DayProgress> {
	const entries = await todaysReviews(db, setId, now, options);
	let newStudied = 0;
	let reviewsDone = 0;
	const studied = new Set(entries.map((entry) => entry.questionId));
	for (const entry of entries) {
		if (entry.before.state === State.New) newStudied++;
		else if (entry.before.state === State.Review) reviewsDone++;
	}
	return { newStudied, reviewsDone, studied };
}

/** The due index's range for one state of a set's cards, due from `from` to before `to` (storage modules only). */
export function dueRange(setId: string, state: number, from: number, to: number, openFrom = false): IDBKeyRange {
	return IDBKeyRange.bound([setId, state, from], [setId, state, to], openFrom, true);
}

/**
 * Today's queue for a set. Reads learning cards due before the next day starts, reviews in due
 * order only up to today's review cap, and new cards only up to today's new limit: the cost
 * follows what can be studied today, not what is stored.
 */
export async function loadQueue(db: Database, setId: string, now: number, settings: Settings, options: DayOptions): Promise<Queue> {
	const [progress, facts] = await Promise.all([todaysProgress(db, setId, now, options), factsOf(db, setId)]);
	const newLeft = Math.max(0, settings.newPerDay - progress.newStudied);
	const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - progress.reviewsDone);
	const endOfToday = nextDayStart(now, options);
	// Questions on facts are taken first question of every fact first (spreadNew), so all new cards are read; otherwise only today's.
	const newToRead = facts.factOf.size > 0 ? undefined : newLeft;
	const tx = db.transaction('cards');
	const due = tx.store.index('by-set-state-due');
	const [learning, relearning, review, fresh] = await Promise.all([
		due.getAll(dueRange(setId, State.Learning, -Infinity, endOfToday)),
		due.getAll(dueRange(setId, State.Relearning, -Infinity, endOfToday)),
		reviewsLeft > 0 ? due.getAll(dueRange(setId, State.Review, -Infinity, endOfToday), reviewsLeft) : [],
		newLeft > 0 ? tx.store.index('by-set-new').getAll(IDBKeyRange.bound([setId, -Infinity], [setId, Infinity]), newToRead) : [],
		tx.done
	]);
	return buildQueue([...learning, ...relearning, ...review].map(toCard), fresh.map(toCard), now, {
		...options,
		newPerDay: settings.newPerDay,
		newStudiedToday: progress.newStudied,
		...(facts.factOf.size > 0 ? { facts } : {}),
		...(settings.burySiblings ? { bury: { factOf: facts.factOf, studiedToday: progress.studied } } : {})
	});
}

/** Which fact each question of a set is about, to keep siblings apart and to bury them. */
async function factsOf(db: Database, setId: string): Promise<Facts> {
	const row = await db.get('sets', setId);
	return factsOfSet(row?.set.questions ?? []);
}

export interface SetProgress {
	total: number;
	/** Cards never studied. */
	unseen: number;
	learning: number;
	review: number;
	/** Review cards with an interval of 21 days or more (Anki's "mature"). */
	mature: number;
	/** The earliest due time among studied cards, or null. */
	nextDue: number | null;
}

export async function setProgress(db: Database, setId: string): Promise<SetProgress> {
	const rows = await db.getAllFromIndex('cards', 'by-set', setId);
	const progress: SetProgress = { total: rows.length, unseen: 0, learning: 0, review: 0, mature: 0, nextDue: null };
	for (const row of rows) {
		if (row.state === State.New) progress.unseen++;
		else {
			if (row.state === State.Review) progress.review++;
			else progress.learning++;
			if (row.state === State.Review && row.scheduledDays >= 21) progress.mature++;
			if (progress.nextDue === null || row.due < progress.nextDue) progress.nextDue = row.due;
		}
	}
	return progress;
}

/** The first due time after `after` among a set's studied cards (for "next cards due ..."). */
export async function nextDueAfter(db: Database, setId: string, after: number): Promise<number | null> {
	const index = db.transaction('cards').store.index('by-set-state-due');
	const firsts = await Promise.all(
		[State.Learning, State.Review, State.Relearning].map(async (state) => (await index.openCursor(dueRange(setId, state, after, Infinity, true)))?.value.dueAt)
	);
	const times = firsts.filter((time): time is number => time !== undefined);
	return times.length > 0 ? Math.min(...times) : null;
}

/** Log keys made by this page so far: entries of the same millisecond keep their order. */
let keysMade = 0;

/**
 * Records a grade: the log entry and the card's new state in one transaction. Refuses (and
 * writes nothing) if the stored card is no longer the state the grade was computed from.
 */
export async function recordReview(db: Database, entry: Omit<LogEntry, 'id'>): Promise<LogEntryId> {
	const tx = db.transaction(['cards', 'log'], 'readwrite');
	const cards = tx.objectStore('cards');
	const row = await cards.get([entry.setId, entry.questionId]);
	if (!row || row.reps !== entry.before.reps || row.lastReview !== entry.before.lastReview) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new ConflictError(entry.questionId);
	}
	const id = newLogEntryId(entry.reviewedAt, keysMade++, crypto.getRandomValues(new Uint8Array(6)));
	await commit(tx, (writes) => {
		writes.push(tx.objectStore('log').add({ ...entry, id }));
		writes.push(cards.put(toRow(entry.after, row.position, row.answerHash, row.suspended)));
	});
	return id;
}

/** The cards of these questions, in the order given, leaving out suspended and unknown ones. */
export async function cardsToDrill(db: Database, setId: string, questionIds: readonly string[]): Promise<CardState[]> {
	const tx = db.transaction('cards');
	const rows = await Promise.all([...new Set(questionIds)].map((id) => tx.store.get([setId, id])));
	return rows.filter((row): row is CardRow => row !== undefined && !row.suspended).map(toCard);
}

export async function getCard(db: Database, setId: string, questionId: string): Promise<CardState | undefined> {
	const row = await db.get('cards', [setId, questionId]);
	return row && toCard(row);
}

/** A set's review log, oldest first, without the entries taken back. */
export async function reviewLog(db: Database, setId: string): Promise<LogEntry[]> {
	return liveEntries(await db.getAllFromIndex('log', 'by-set-time', IDBKeyRange.bound([setId, -Infinity], [setId, Infinity])));
}

export async function saveTestResult(db: Database, result: Omit<TestResult, 'id'>): Promise<number> {
	return db.add('tests', result);
}

/** A set's test results, newest first. */
export async function testHistory(db: Database, setId: string): Promise<TestResult[]> {
	const results = await db.getAllFromIndex('tests', 'by-set-time', IDBKeyRange.bound([setId, -Infinity], [setId, Infinity]));
	return results.reverse();
}

/**
 * An editor's unsaved work. `key` is "new" for a set not yet saved, or "set:" + the set id;
 * `draft` is the editor's own form state (see src/lib/core/editing.ts), stored as is.
 */
export interface DraftRow {
	key: string;
	setId: string;
	draft: unknown;
	savedAt: number;
}

/**
 * Issues a transaction's writes (pushed onto `writes`) and waits for the commit. If issuing one
 * throws (a value that cannot be stored), aborts, so the writes before it are not committed alone.
 */
export async function commit(tx: { abort(): void; done: Promise<void> }, issue: (writes: Promise<unknown>[]) => void): Promise<void> {
	const writes: Promise<unknown>[] = [];
	try {
		issue(writes);
	} catch (error) {
		for (const write of writes) write.catch(() => undefined);
		tx.abort();
		await tx.done.catch(() => undefined);
		throw error;
	}
	await Promise.all([...writes, tx.done]);
}

/**
 * Takes back a grade: the card returns to the state before it and the log entry is marked undone
 * (kept, so a merged log cannot bring it back), in one transaction; the kept statistics, which
 * counted it, are worked out again. Refuses (ConflictError) if the card was graded again since,
 * here or in another tab, or the entry was already taken back.
 */
export async function undoLastReview(db: Database, entryId: LogEntryId): Promise<CardState> {
	const tx = db.transaction(['cards', 'log', 'settings'], 'readwrite');
	const log = tx.objectStore('log');
	const cards = tx.objectStore('cards');
	const entry = await log.get(entryId);
	const row = entry && (await cards.get([entry.setId, entry.questionId]));
	if (!entry || entry.undone || !row || row.reps !== entry.after.reps || row.lastReview !== entry.after.lastReview) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new ConflictError(entry?.questionId ?? String(entryId));
	}
	await commit(tx, (writes) => {
		writes.push(log.put({ ...entry, undone: true }));
		writes.push(tx.objectStore('settings').delete('stats'));
		writes.push(cards.put(toRow(entry.before, row.position, row.answerHash, row.suspended)));
	});
	return entry.before;
}

/** Every card of a set, as the scheduler sees it. */
export async function getCards(db: Database, setId: string): Promise<CardState[]> {
	return (await db.getAllFromIndex('cards', 'by-set', setId)).map(toCard);
}

export async function getBackupPrefs(db: Database): Promise<BackupPrefs> {
	const stored = await db.get('settings', 'backup');
	return stored?.key === 'backup' ? stored : defaultBackupPrefs();
}

export async function putBackupPrefs(db: Database, prefs: BackupPrefs): Promise<void> {
	await db.put('settings', prefs);
}

/** When the first and the last review in the log happened, or null with no reviews. */
export async function reviewSpan(db: Database): Promise<{ first: number; last: number } | null> {
	const tx = db.transaction('log');
	// Keys begin with the time of the review, so the first and last live entries by key are the oldest and newest.
	const live = async (direction: 'next' | 'prev') => {
		let cursor = await tx.store.openCursor(null, direction);
		while (cursor?.value.undone) cursor = await cursor.continue();
		return cursor?.value;
	};
	const [first, last] = await Promise.all([live('next'), live('prev')]);
	if (!first || !last) return null;
	return { first: Math.min(first.reviewedAt, last.reviewedAt), last: Math.max(first.reviewedAt, last.reviewedAt) };
}
