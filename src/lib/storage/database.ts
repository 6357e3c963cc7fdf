/**
 * The database: its schema, declared once, the upgrades from every earlier version, opening it,
 * and what every store's module shares (the card row's shape, the write helper, the errors).
 * Storage is the only layer that imports idb; nothing but IndexedDB requests is awaited inside a
 * transaction. What it holds is read and written by sets.ts, cards.ts, counts.ts, review-log.ts,
 * grades.ts and preferences.ts (and, loaded only where needed, stats.ts, study.ts, drafts.ts and
 * backup.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { State, type CardState } from '$lib/core/card';
import { legacyLogEntryId, type CardRow, type LogEntry, type LogEntryId, type SetRow, type SettingsRow, type SyncRow, type TestResult } from '$lib/core/records';

export const DB_NAME = 'factdrill';
export const DB_VERSION = 6;

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
	/** Sync with a server (storage/sync.ts): this device's account, the cursor, what waits to be pushed, each set's synced revision. */
	sync: { key: string; value: SyncRow };
}

export type Database = IDBPDatabase<FactdrillDB>;

/** IndexedDB is missing or refuses to open (private mode, storage blocked by the user). */
export class StorageUnavailableError extends Error {
	constructor(cause: unknown) {
		// What the learner is told is worded in the state layer (state/storage-errors.ts).
		super('IndexedDB is unavailable');
		this.name = 'StorageUnavailableError';
		this.cause = cause;
	}
}

/** A grade could not be saved because the card changed meanwhile (another tab graded it). */
export class ConflictError extends Error {
	constructor(readonly questionId: string) {
		super(`The card of question "${questionId}" changed since it was read; nothing was written.`);
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
				if (oldVersion < 6) db.createObjectStore('sync', { keyPath: 'key' });
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

