/**
 * The backup file: everything on the device (sets, cards, review log, test history, settings) in
 * one JSON document with a format version and a SHA-256 checksum of its data. Pure: reading a file
 * returns the backup or every problem found (each naming where), never throws; planning a restore
 * says what it will add, replace, merge or remove before anything is written.
 */
import { newCard } from '../core/card';
import type { CardState } from '../core/card';
import { ASK_FORMS, LOG_ENTRY_ID, legacyLogEntryId, liveEntries, type BackupPrefs, type CardRow, type LogEntry, type LogEntryId, type SetRow, type SettingsRow, type TestResult } from '../core/records';
import { sha256 } from './checksum';
import { backupReminder, defaultBackupPrefs } from '../core/backup-reminder';
import { answerKeyHash, formatIssue, hashText, SET_ID, validateQuestionSet } from './question-set';
import { fittedParametersIssue, validateSettings } from '../core/settings';

export const BACKUP_FORMAT = 'factdrill-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing; 100 MB holds millions of reviews. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;
/** Problems listed for a bad file; beyond this, "and N more". */
const MAX_PROBLEMS = 20;

/** A review-log entry as a backup holds it: backups made before schema 5 key entries with numbers. */
export type BackupLogEntry = Omit<LogEntry, 'id'> & { id?: LogEntryId | number };

export interface BackupData {
	sets: SetRow[];
	cards: CardRow[];
	log: BackupLogEntry[];
	tests: TestResult[];
	settings: SettingsRow[];
}

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** When the backup was made (ms). */
	createdAt: number;
	/** The database schema version of the app that wrote it. */
	schema: number;
	counts: { sets: number; cards: number; log: number; tests: number; settings: number };
	/** "sha256:" + SHA-256 of JSON.stringify(data). */
	checksum: string;
	data: BackupData;
}

/** What the stores hold after a restore: every review-log entry keyed. */
export interface RestoredData extends Omit<BackupData, 'log'> {
	log: LogEntry[];
}

export type ReadBackup = { ok: true; backup: Backup } | { ok: false; errors: string[] };

function countsOf(data: BackupData): Backup['counts'] {
	return { sets: data.sets.length, cards: data.cards.length, log: data.log.length, tests: data.tests.length, settings: data.settings.length };
}

/** The backup file's text. */
export async function writeBackup(data: BackupData, options: { now: number; schema: number }): Promise<string> {
	const body = JSON.stringify(data);
	const header = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: options.now,
		schema: options.schema,
		counts: countsOf(data),
		checksum: `sha256:${await sha256(body)}`
	};
	// The data goes last and is spliced in as serialized, so the checksum covers exactly those characters' meaning.
	return `${JSON.stringify(header).slice(0, -1)},"data":${body}}`;
}

/** "factdrill-backup-2024-03-01.json" */
export function backupFileName(now: number): string {
	return `factdrill-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const count = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const text = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

class Problems {
	readonly list: string[] = [];
	total = 0;

	add(where: string, message: string): void {
		this.total++;
		if (this.list.length < MAX_PROBLEMS) this.list.push(`${where}: ${message}`);
	}

	get ok(): boolean {
		return this.total === 0;
	}

	summary(): string[] {
		return this.total > this.list.length ? [...this.list, `and ${this.total - this.list.length} more problems`] : this.list;
	}
}

/** Checks a card's scheduling state; `where` names it in messages ("card 3", "log entry 7, field \"before\""). */
function checkCardState(raw: unknown, where: string, problems: Problems): raw is CardState {
	if (!isObject(raw)) {
		problems.add(where, 'must be an object');
		return false;
	}
	const before = problems.total;
	const field = (name: string, ok: boolean, message: string) => ok || problems.add(`${where}, field "${name}"`, message);
	field('setId', typeof raw.setId === 'string' && SET_ID.test(raw.setId), 'must be a set id');
	field('questionId', text(raw.questionId, 64), 'must be a question id');
	field('state', [0, 1, 2, 3].includes(raw.state as number), 'must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)');
	field('due', finite(raw.due), 'must be a time');
	field('stability', finite(raw.stability) && raw.stability >= 0, 'must be a number of at least 0');
	field('difficulty', finite(raw.difficulty) && raw.difficulty >= 0, 'must be a number of at least 0');
	field('scheduledDays', count(raw.scheduledDays), 'must be a whole number of days');
	field('learningSteps', count(raw.learningSteps), 'must be a whole number');
	field('reps', count(raw.reps), 'must be a whole number');
	field('lapses', count(raw.lapses), 'must be a whole number');
	field('lastReview', raw.lastReview === null || finite(raw.lastReview), 'must be a time or null');
	return problems.total === before;
}

function checkSet(raw: unknown, where: string, problems: Problems): void {
	if (!isObject(raw)) return problems.add(where, 'must be an object');
	const result = validateQuestionSet(raw.set);
	if (!result.ok) {
		for (const issue of result.issues.slice(0, 3)) problems.add(`${where}, field "set"`, formatIssue(issue));
	} else if (raw.id !== result.set.id) {
		problems.add(`${where}, field "id"`, 'must be the id of the set it holds');
	}
	if (typeof raw.builtin !== 'boolean') problems.add(`${where}, field "builtin"`, 'must be true or false');
	if (!text(raw.contentHash, 128)) problems.add(`${where}, field "contentHash"`, 'must be text');
	for (const name of ['installedAt', 'updatedAt']) if (!finite(raw[name])) problems.add(`${where}, field "${name}"`, 'must be a time');
}

function checkCard(raw: unknown, where: string, problems: Problems): void {
	if (!checkCardState(raw, where, problems)) return;
	const row = raw as unknown as Raw;
	if (!count(row.position)) problems.add(`${where}, field "position"`, 'must be a whole number');
	if (!text(row.answerHash, 128)) problems.add(`${where}, field "answerHash"`, 'must be text');
}

const GRADE_VALUES = [1, 2, 3, 4];

function checkLogEntry(raw: unknown, where: string, problems: Problems): void {
	if (!isObject(raw)) return problems.add(where, 'must be an object');
	const field = (name: string, ok: boolean, message: string) => ok || problems.add(`${where}, field "${name}"`, message);
	if (raw.id !== undefined) {
		const ok = typeof raw.id === 'string' ? LOG_ENTRY_ID.test(raw.id) : Number.isInteger(raw.id) && (raw.id as number) > 0;
		field('id', ok, 'must be a log key ("0lt3k2x1c-9f86d081884c7d65") or, from an older backup, a whole number above 0');
	}
	if (raw.undone !== undefined) field('undone', raw.undone === true, 'must be true when present');
	field('setId', typeof raw.setId === 'string' && SET_ID.test(raw.setId), 'must be a set id');
	field('questionId', text(raw.questionId, 64), 'must be a question id');
	field('rating', GRADE_VALUES.includes(raw.rating as number), 'must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)');
	field('reviewedAt', finite(raw.reviewedAt), 'must be a time');
	field('durationMs', finite(raw.durationMs) && raw.durationMs >= 0, 'must be a number of at least 0');
	checkCardState(raw.before, `${where}, field "before"`, problems);
	checkCardState(raw.after, `${where}, field "after"`, problems);
	if (raw.answer !== undefined) {
		const answer = raw.answer;
		const ok =
			isObject(answer) &&
			(ASK_FORMS as readonly string[]).includes(answer.form as string) &&
			typeof answer.given === 'string' &&
			typeof answer.correct === 'boolean' &&
			typeof answer.how === 'string' &&
			typeof answer.overruled === 'boolean' &&
			typeof answer.hinted === 'boolean' &&
			GRADE_VALUES.includes(answer.suggested as number);
		field('answer', ok, 'must record form, given, correct, how, overruled, hinted and suggested');
	}
	if (raw.day !== undefined) {
		const day = raw.day;
		const ok =
			isObject(day) &&
			Number.isInteger(day.dayStartHour) &&
			(day.dayStartHour as number) >= 0 &&
			(day.dayStartHour as number) <= 23 &&
			Number.isInteger(day.offsetMinutes) &&
			Math.abs(day.offsetMinutes as number) <= 24 * 60;
		field('day', ok, 'must hold dayStartHour (0–23) and offsetMinutes');
	}
	if (raw.retention !== undefined) field('retention', finite(raw.retention) && raw.retention > 0 && raw.retention < 1, 'must be between 0 and 1');
}

function checkTest(raw: unknown, where: string, problems: Problems): void {
	if (!isObject(raw)) return problems.add(where, 'must be an object');
	const field = (name: string, ok: boolean, message: string) => ok || problems.add(`${where}, field "${name}"`, message);
	if (raw.id !== undefined) field('id', Number.isInteger(raw.id) && (raw.id as number) > 0, 'must be a whole number above 0');
	field('setId', typeof raw.setId === 'string' && SET_ID.test(raw.setId), 'must be a set id');
	field('startedAt', finite(raw.startedAt), 'must be a time');
	field('finishedAt', finite(raw.finishedAt), 'must be a time');
	field('types', Array.isArray(raw.types) && raw.types.every((type) => typeof type === 'string'), 'must be a list of question types');
	field('total', count(raw.total), 'must be a whole number');
	field('correct', count(raw.correct), 'must be a whole number');
	field('scheduled', typeof raw.scheduled === 'boolean', 'must be true or false');
	if (raw.live !== undefined) field('live', isObject(raw.live) && typeof raw.live.classId === 'string' && typeof raw.live.liveId === 'string', 'must be the class and live test it was taken as');
	const items = raw.items;
	const itemOk = (item: unknown) =>
		isObject(item) &&
		['questionId', 'prompt', 'form', 'given', 'answer', 'how'].every((name) => typeof item[name] === 'string') &&
		typeof item.correct === 'boolean';
	if (!Array.isArray(items)) field('items', false, 'must be a list');
	else {
		const bad = items.findIndex((item) => !itemOk(item));
		if (bad >= 0) field(`items[${bad}]`, false, 'must hold questionId, prompt, form, given, correct, answer and how');
	}
}

/** The rows the settings store holds: the learner's settings, backup reminders, fitted FSRS parameters, kept statistics. */
const SETTINGS_KEYS = ['main', 'backup', 'fsrs', 'stats'];

function checkSettingsRow(raw: unknown, where: string, problems: Problems): void {
	if (!isObject(raw)) return problems.add(where, 'must be an object');
	const field = (name: string, ok: boolean, message: string) => ok || problems.add(`${where}, field "${name}"`, message);
	if (!SETTINGS_KEYS.includes(raw.key as string)) {
		field('key', false, 'must be "main", "backup", "fsrs" or "stats"');
		return;
	}
	if (raw.key === 'main') {
		// The settings page's own validation, with its ranges: what it would refuse, a restore refuses.
		const { key: _key, ...settings } = raw;
		const result = validateSettings(settings);
		if (!result.ok) for (const issue of result.issues) field(issue.field, false, issue.message);
	} else if (raw.key === 'fsrs') {
		const issue = fittedParametersIssue(raw);
		if (issue) field('weights', false, issue.message);
	} else if (raw.key === 'backup') {
		field('lastBackupAt', raw.lastBackupAt === null || finite(raw.lastBackupAt), 'must be a time or null');
		field('remindAfterDays', count(raw.remindAfterDays) && raw.remindAfterDays <= 365, 'must be a whole number of days from 0 to 365');
	}
	// "stats" holds figures worked out from the log: a restore drops it, and they are worked out again.
}

const SECTIONS = {
	sets: { label: 'set', check: checkSet },
	cards: { label: 'card', check: checkCard },
	log: { label: 'log entry', check: checkLogEntry },
	tests: { label: 'test result', check: checkTest },
	settings: { label: 'settings entry', check: checkSettingsRow }
} as const;

/** Reads a backup file: the backup, or every problem found (what and where), never an exception. */
export async function readBackup(input: string): Promise<ReadBackup> {
	if (typeof input !== 'string') return { ok: false, errors: ['the backup must be text'] };
	if (input.length > MAX_BACKUP_CHARS) {
		return { ok: false, errors: [`the file is too large for a backup (${Math.round(input.length / 1048576)} MB; at most ${MAX_BACKUP_CHARS / 1048576} MB)`] };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(input.replace(/^\ufeff/, ''));
	} catch (error) {
		return { ok: false, errors: [`this is not a Factdrill backup: not valid JSON (${(error as Error).message})`] };
	}
	if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
		return { ok: false, errors: ['this is not a Factdrill backup (it has no "format": "factdrill-backup"); to add a question set, use Import instead'] };
	}
	if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
		return { ok: false, errors: [`this backup was written by a newer Factdrill (backup version ${raw.version}); update the app, then restore it`] };
	}
	if (raw.version !== BACKUP_VERSION) return { ok: false, errors: [`field "version": must be ${BACKUP_VERSION}`] };
	if (!isObject(raw.data)) return { ok: false, errors: ['field "data": is missing or not an object'] };
	if (typeof raw.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(raw.checksum)) {
		return { ok: false, errors: ['field "checksum": must be "sha256:" and 64 hex digits'] };
	}
	let body: string;
	try {
		body = JSON.stringify(raw.data);
	} catch {
		return { ok: false, errors: ['field "data": nested too deeply to read'] };
	}
	if (`sha256:${await sha256(body)}` !== raw.checksum) {
		return { ok: false, errors: ["the checksum does not match the contents: the file was changed or damaged after it was written, so it was not restored"] };
	}
	const problems = new Problems();
	if (!finite(raw.createdAt)) problems.add('field "createdAt"', 'must be a time');
	if (!count(raw.schema)) problems.add('field "schema"', 'must be a whole number');
	const data = raw.data;
	for (const [name, { label, check }] of Object.entries(SECTIONS)) {
		const rows = data[name];
		if (!Array.isArray(rows)) {
			problems.add(`field "data.${name}"`, 'must be a list');
			continue;
		}
		rows.forEach((row, index) => check(row, `${label} ${index + 1}`, problems));
	}
	if (problems.ok) checkUnique(data as unknown as BackupData, problems);
	if (problems.ok) checkFit(data as unknown as BackupData, problems);
	if (!problems.ok) return { ok: false, errors: problems.summary() };
	return { ok: true, backup: raw as unknown as Backup };
}

function checkUnique(data: BackupData, problems: Problems): void {
	const seen = new Set<string>();
	const unique = (key: string, where: string, message: string) => (seen.has(key) ? problems.add(where, message) : seen.add(key));
	data.sets.forEach((row, i) => unique(`set\0${row.id}`, `set ${i + 1}`, `repeats the set "${row.id}"`));
	data.cards.forEach((row, i) => unique(`card\0${row.setId}\0${row.questionId}`, `card ${i + 1}`, `repeats the card of question "${row.questionId}" in set "${row.setId}"`));
	data.log.forEach((row, i) => row.id !== undefined && unique(`log\0${row.id}`, `log entry ${i + 1}`, `repeats the log id ${row.id}`));
	data.tests.forEach((row, i) => row.id !== undefined && unique(`test\0${row.id}`, `test result ${i + 1}`, `repeats the test id ${row.id}`));
	data.settings.forEach((row, i) => unique(`settings\0${row.key}`, `settings entry ${i + 1}`, `repeats the key "${row.key}"`));
}

/**
 * Checks that the records fit together as the app writes them: each set has one card per question,
 * and each card belongs to a question of a set in the backup.
 */
function checkFit(data: BackupData, problems: Problems): void {
	const questions = new Map(data.sets.map((row) => [row.id, new Set(row.set.questions.map((question) => question.id))]));
	const carded = new Set<string>();
	data.cards.forEach((card, i) => {
		const ids = questions.get(card.setId);
		if (!ids) problems.add(`card ${i + 1}`, `belongs to the set "${card.setId}", which is not in the backup`);
		else if (!ids.has(card.questionId)) problems.add(`card ${i + 1}`, `is for the question "${card.questionId}", which the set "${card.setId}" does not have`);
		else carded.add(cardKey(card));
	});
	data.sets.forEach((row, i) => {
		const missing = row.set.questions.filter((question) => !carded.has(cardKey({ setId: row.id, questionId: question.id })));
		if (missing.length === 0) return;
		const named = missing.slice(0, 3).map((question) => `"${question.id}"`).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
		problems.add(
			`set ${i + 1} ("${row.id}")`,
			missing.length === row.set.questions.length ? `has no cards: its ${missing.length} questions have no progress records` : `has no card for the questions ${named}`
		);
	});
}

export type RestoreMode = 'replace' | 'merge';

export interface SetPlan {
	id: string;
	title: string;
	/** added: only in the backup; removed: only here (replace); replaced / merged: in both; kept: only here (merge). */
	action: 'added' | 'replaced' | 'merged' | 'removed' | 'kept';
	reviewsHere: number;
	reviewsInBackup: number;
	/** Reviews after the restore. */
	reviewsAfter: number;
	/** Questions in the set here and after the restore (0 where it is absent). */
	questionsHere: number;
	questionsAfter: number;
	/** The set is here and its questions or answers will differ after the restore. */
	contentChanged: boolean;
	/** Questions studied at least once, here and after the restore. */
	studiedHere: number;
	studiedAfter: number;
	/** Questions studied here whose progress the restore drops: gone, or new again. */
	progressDropped: number;
}

export interface RestorePlan {
	mode: RestoreMode;
	sets: SetPlan[];
	reviewsHere: number;
	reviewsAfter: number;
	/** Reviews on this device that the restore drops (replace only). */
	reviewsLost: number;
	/** Questions studied on this device whose progress the restore drops, over every set. */
	progressDropped: number;
	testsAfter: number;
	settings: 'replaced' | 'kept';
}

const reviewKey = (entry: BackupLogEntry) => `${entry.setId}\0${entry.questionId}\0${entry.reviewedAt}\0${entry.rating}`;
const testKey = (result: TestResult) => `${result.setId}\0${result.startedAt}\0${result.finishedAt}`;
const cardKey = (card: { setId: string; questionId: string }) => `${card.setId}\0${card.questionId}`;
const contentOf = (row: SetRow) => hashText(JSON.stringify(row.set));
const studied = (card: CardState) => card.state !== 0;

function tally(log: readonly BackupLogEntry[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const entry of liveEntries(log)) counts.set(entry.setId, (counts.get(entry.setId) ?? 0) + 1);
	return counts;
}

/** What restoring `backup` onto a device holding `current` will do, set by set. */
export function planRestore(current: BackupData, backup: BackupData, mode: RestoreMode, now: number): RestorePlan {
	const after = restoredData(current, backup, mode, { now, createdAt: now });
	const here = tally(current.log);
	const there = tally(backup.log);
	const result = tally(after.log);
	const currentSets = new Map(current.sets.map((row) => [row.id, row]));
	const backupSets = new Map(backup.sets.map((row) => [row.id, row]));
	const afterSets = new Map(after.sets.map((row) => [row.id, row]));
	const afterCards = new Map(after.cards.map((card) => [cardKey(card), card]));
	const studiedIn = (cards: readonly CardRow[]) => {
		const counts = new Map<string, number>();
		for (const card of cards) if (studied(card)) counts.set(card.setId, (counts.get(card.setId) ?? 0) + 1);
		return counts;
	};
	const studiedHere = studiedIn(current.cards);
	const studiedAfter = studiedIn(after.cards);
	const dropped = new Map<string, number>();
	for (const card of current.cards) {
		const next = afterCards.get(cardKey(card));
		if (studied(card) && (!next || !studied(next))) dropped.set(card.setId, (dropped.get(card.setId) ?? 0) + 1);
	}
	const ids = [...new Set([...currentSets.keys(), ...backupSets.keys()])];
	const sets = ids.map((id): SetPlan => {
		const inHere = currentSets.get(id);
		const inBackup = backupSets.get(id);
		const inAfter = afterSets.get(id);
		const action = !inHere ? 'added' : !inAfter ? 'removed' : !inBackup ? 'kept' : mode === 'replace' ? 'replaced' : 'merged';
		return {
			id,
			title: (inAfter ?? inBackup ?? inHere)!.set.title,
			action,
			reviewsHere: here.get(id) ?? 0,
			reviewsInBackup: there.get(id) ?? 0,
			reviewsAfter: result.get(id) ?? 0,
			questionsHere: inHere?.set.questions.length ?? 0,
			questionsAfter: inAfter?.set.questions.length ?? 0,
			contentChanged: Boolean(inHere && inAfter && contentOf(inHere) !== contentOf(inAfter)),
			studiedHere: studiedHere.get(id) ?? 0,
			studiedAfter: studiedAfter.get(id) ?? 0,
			progressDropped: dropped.get(id) ?? 0
		};
	});
	sets.sort((a, b) => a.title.localeCompare(b.title));
	const kept = new Set(liveEntries(after.log).map(reviewKey));
	return {
		mode,
		sets,
		reviewsHere: liveEntries(current.log).length,
		reviewsAfter: liveEntries(after.log).length,
		reviewsLost: liveEntries(current.log).filter((entry) => !kept.has(reviewKey(entry))).length,
		progressDropped: sets.reduce((sum, set) => sum + set.progressDropped, 0),
		testsAfter: after.tests.length,
		settings: mode === 'replace' && backup.settings.some((row) => row.key === 'main') ? 'replaced' : 'kept'
	};
}

/**
 * What the stores hold after restoring: `replace` takes the backup as it is; `merge` keeps
 * everything here and adds what the backup has besides (reviews and tests by time, the newer
 * version of each set, each card's most recently reviewed state). Either way:
 * - built-in sets come only from the app: the device's built-in sets stay as they are (a backup's
 *   version of one never replaces it) and the backup's progress applies to them where the answer
 *   is unchanged; a set the backup brings is stored with the hash of what it really holds;
 * - cards follow the resulting version of their set, as installing it would;
 * - test keys are never taken from the file: the device gives them (a key a file chose could
 *   exhaust the store's key generator); review-log keys, made on the device that recorded the
 *   review, are kept, and an older backup's numbered entries get keys made from what they hold;
 * - a review taken back here stays taken back: merging never brings it back;
 * - the kept statistics are dropped (they are worked out again from the new log), and the
 *   device's backup reminder remembers that a backup as recent as `createdAt` exists.
 */
export function restoredData(current: BackupData, backup: BackupData, mode: RestoreMode, options: { now: number; createdAt: number }): RestoredData {
	const sets = restoredSets(current, backup, mode);
	const latest = new Map<string, CardRow>();
	for (const card of mode === 'replace' ? backup.cards : [...current.cards, ...backup.cards]) {
		const mine = latest.get(cardKey(card));
		if (!mine || (card.lastReview ?? -Infinity) > (mine.lastReview ?? -Infinity) || (card.lastReview === mine.lastReview && card.reps > mine.reps)) {
			latest.set(cardKey(card), card);
		}
	}
	// Cards follow the resulting version of their set, as installing that version would: same
	// position, progress kept where the answer key is unchanged, a new card otherwise.
	const cards: CardRow[] = [];
	for (const row of sets) {
		row.set.questions.forEach((question, position) => {
			const hash = answerKeyHash(question);
			const card = latest.get(cardKey({ setId: row.id, questionId: question.id }));
			cards.push(card && card.answerHash === hash ? { ...card, position } : { ...newCard(row.id, question.id, options.now), position, answerHash: hash });
		});
	}
	const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;
	const taken = new Set<string>();
	const keyed = (entry: BackupLogEntry): LogEntry => {
		const id = typeof entry.id === 'string' && !taken.has(entry.id) ? entry.id : legacyLogEntryId(entry, (candidate) => taken.has(candidate));
		taken.add(id);
		return { ...entry, id };
	};
	let log: LogEntry[];
	let tests: TestResult[];
	let settings: SettingsRow[];
	if (mode === 'replace') {
		log = backup.log.map(keyed);
		tests = backup.tests.map(withoutId);
		settings = backup.settings;
	} else {
		// The device's entries (taken-back ones too) keep their keys; the backup's others are added.
		const known = new Set(current.log.map(reviewKey));
		log = current.log.map(keyed);
		for (const entry of backup.log) {
			if (known.has(reviewKey(entry))) continue;
			known.add(reviewKey(entry));
			log.push(keyed(entry));
		}
		const testKeys = new Set(current.tests.map(testKey));
		tests = [...current.tests];
		for (const result of backup.tests) {
			if (testKeys.has(testKey(result))) continue;
			testKeys.add(testKey(result));
			tests.push(withoutId(result));
		}
		const settingKeys = new Set(current.settings.map((row) => row.key));
		settings = [...current.settings, ...backup.settings.filter((row) => !settingKeys.has(row.key))];
	}
	const prefs = (current.settings.find((row) => row.key === 'backup') ?? backup.settings.find((row) => row.key === 'backup')) as BackupPrefs | undefined;
	const lastBackupAt = Math.max(prefs?.lastBackupAt ?? -Infinity, options.createdAt);
	return {
		sets,
		cards,
		log,
		tests,
		settings: [...settings.filter((row) => row.key !== 'backup' && row.key !== 'stats'), { ...defaultBackupPrefs(), ...prefs, key: 'backup', lastBackupAt }]
	};
}

/**
 * The set rows after restoring. Replace: the backup's sets, and the device's built-in ones. Merge:
 * the device's sets, and the backup's where they are new here or newer than here. Never a
 * backup's version of a set that is built in here.
 */
function restoredSets(current: BackupData, backup: BackupData, mode: RestoreMode): SetRow[] {
	const here = new Map(current.sets.map((row) => [row.id, row]));
	const result = new Map(current.sets.filter((row) => mode === 'merge' || row.builtin).map((row) => [row.id, row]));
	for (const row of backup.sets) {
		const mine = here.get(row.id);
		if (mine?.builtin) continue;
		if (mode === 'merge' && mine && !(row.updatedAt > mine.updatedAt)) continue;
		// The hash a row claims is not trusted: the app's check for a new built-in version reads it.
		result.set(row.id, { ...row, contentHash: contentOf(row) });
	}
	return [...result.values()];
}

export { backupReminder, defaultBackupPrefs };
