import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openOldSchema, SCHEMA_STEPS, writeSample } from './old-schemas';
import { exportEverything } from '../../src/lib/storage/backup';
import { DB_NAME, DB_VERSION, getCard, getSettings, openDatabase, recordReview, reviewLog, testHistory, getSetRow, undoLastReview } from '../../src/lib/storage/db';
import { LOG_ENTRY_ID } from '../../src/lib/core/records';

/** Writes a database exactly as schema version 1 (the first released) left it, with raw IndexedDB. */
async function writeVersion1(): Promise<void> {
	const db = await openOldSchema(1);
	await writeSample(db, 1, 'Old set');
	db.close();
}

describe('schema upgrades', () => {
	it('opens a version-1 database with the current code and finds everything', async () => {
		globalThis.indexedDB = new IDBFactory();
		await writeVersion1();
		const db = await openDatabase();
		expect(db.version).toBeGreaterThanOrEqual(2);
		expect((await getSetRow(db, 's'))?.set.title).toBe('Old set');
		expect(await getCard(db, 's', 'q1')).toMatchObject({ state: 2, stability: 12, reps: 3 });
		expect(await reviewLog(db, 's')).toHaveLength(1);
		expect(await getSettings(db)).toMatchObject({ newPerDay: 7, dayStartHour: 5, desiredRetention: 0.85 });
		// Version 2 added test history.
		expect(await testHistory(db, 's')).toEqual([]);
	});
});

it('upgrades a version-1 database through version 3: the editor drafts store exists and is empty', async () => {
	globalThis.indexedDB = new IDBFactory();
	await writeVersion1();
	const { getDraft, saveDraft } = await import('../../src/lib/storage/drafts');
	const db = await openDatabase();
	expect(db.version).toBeGreaterThanOrEqual(3);
	expect(db.objectStoreNames.contains('drafts')).toBe(true);
	expect(await getDraft(db, 'set:s')).toBeUndefined();
	await saveDraft(db, { key: 'set:s', setId: 's', draft: { title: 'Old set, edited' }, savedAt: 2 });
	expect((await getDraft(db, 'set:s'))?.draft).toEqual({ title: 'Old set, edited' });
	expect((await getSetRow(db, 's'))?.set.title).toBe('Old set');
});

/** Writes a database as schema `version` left it, with a set, a card, a review and settings (and a test result from version 2 on). */
async function writeVersion(version: number): Promise<IDBDatabase> {
	const db = await openOldSchema(version);
	await writeSample(db, version, `Set from v${version}`);
	return db;
}

describe('every schema version upgrades from every earlier one', () => {
	for (let version = 1; version < DB_VERSION; version++) {
		it(`a version-${version} database opens with the current code (version ${DB_VERSION}) and keeps everything`, async () => {
			// What a database created fresh by the current code looks like: every store and index.
			globalThis.indexedDB = new IDBFactory();
			const fresh = await openDatabase();
			const shape = (db: typeof fresh) =>
				[...db.objectStoreNames].sort().map((name) => {
					const store = db.transaction(name).objectStore(name);
					return [name, store.keyPath, store.autoIncrement, [...store.indexNames].sort().map((index) => [index, store.index(index).keyPath])];
				});
			const expected = shape(fresh);
			fresh.close();

			globalThis.indexedDB = new IDBFactory();
			(await writeVersion(version)).close();
			const db = await openDatabase();
			expect(db.version).toBe(DB_VERSION);
			expect(shape(db)).toEqual(expected);
			expect((await getSetRow(db, 's'))?.set.title).toBe(`Set from v${version}`);
			expect(await getCard(db, 's', 'q1')).toMatchObject({ state: 2, stability: 12, reps: 3 });
			const log = await reviewLog(db, 's');
			expect(log).toHaveLength(1);
			// Its numbered entry is keyed on the device now, from what it holds.
			expect(log[0]!.id).toMatch(LOG_ENTRY_ID);
			expect(await getSettings(db)).toMatchObject({ newPerDay: 7, dayStartHour: 5, desiredRetention: 0.85 });
			expect(await testHistory(db, 's')).toHaveLength(version >= 2 ? 1 : 0);
			// A grade and its undo save in the upgraded log.
			const card = (await getCard(db, 's', 'q1'))!;
			const after = { ...card, reps: 4, lastReview: 2_000 };
			const id = await recordReview(db, { setId: 's', questionId: 'q1', rating: 3, reviewedAt: 2_000, durationMs: 1, before: card, after });
			expect(await reviewLog(db, 's')).toHaveLength(2);
			await undoLastReview(db, id);
			expect(await reviewLog(db, 's')).toHaveLength(1);
			// And the upgraded database takes writes in every store.
			const backup = await exportEverything(db);
			expect(backup.log).toHaveLength(1);
			db.close();
		});
	}

	it('has an upgrade step for every version, so this list cannot fall behind', () => {
		expect(SCHEMA_STEPS).toHaveLength(DB_VERSION + 1);
	});
});

describe('two tabs running different versions', () => {
	it('the old tab is told to reload (and lets go) when a newer version opens the database', async () => {
		globalThis.indexedDB = new IDBFactory();
		const onVersionChange = vi.fn();
		const old = await openDatabase(DB_NAME, { onVersionChange });
		const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
		const blocked = vi.fn();
		request.onblocked = blocked;
		const newer: IDBDatabase = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(onVersionChange).toHaveBeenCalledOnce();
		expect(blocked).not.toHaveBeenCalled();
		// The old connection is closed: a write there fails at once rather than hanging.
		expect(() => old.transaction('log', 'readwrite')).toThrow();
		newer.close();
	});

	it('a new version waiting on an old tab says so, and opens as soon as the old tab lets go', async () => {
		globalThis.indexedDB = new IDBFactory();
		const oldTab = await writeVersion(DB_VERSION - 1);
		const onBlocked = vi.fn();
		const opening = openDatabase(DB_NAME, { onBlocked });
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
		oldTab.close();
		const db = await opening;
		expect(db.version).toBe(DB_VERSION);
		expect((await getSetRow(db, 's'))?.set.title).toBe(`Set from v${DB_VERSION - 1}`);
	});
});
