import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, getCard, getSettings, openDatabase, reviewLog, testHistory, getSetRow } from '../../src/lib/storage/db';

/** Writes a database exactly as schema version 1 (the first released) left it, with raw IndexedDB. */
async function writeVersion1(): Promise<void> {
	const request = indexedDB.open(DB_NAME, 1);
	request.onupgradeneeded = () => {
		const db = request.result;
		db.createObjectStore('sets', { keyPath: 'id' });
		const cards = db.createObjectStore('cards', { keyPath: ['setId', 'questionId'] });
		cards.createIndex('by-set', 'setId');
		cards.createIndex('by-set-state-due', ['setId', 'state', 'dueAt']);
		cards.createIndex('by-set-new', ['setId', 'newRank']);
		const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
		log.createIndex('by-set-time', ['setId', 'reviewedAt']);
		log.createIndex('by-card', ['setId', 'questionId']);
		db.createObjectStore('settings', { keyPath: 'key' });
	};
	const db: IDBDatabase = await new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const tx = db.transaction(['sets', 'cards', 'log', 'settings'], 'readwrite');
	const card = { setId: 's', questionId: 'q1', state: 2, due: 5_000, dueAt: 5_000, stability: 12, difficulty: 5, scheduledDays: 12, learningSteps: 0, reps: 3, lapses: 0, lastReview: 1_000, position: 0, answerHash: 'abc' };
	tx.objectStore('sets').put({ id: 's', set: { id: 's', title: 'Old set' }, builtin: false, contentHash: 'x', installedAt: 1, updatedAt: 1 });
	tx.objectStore('cards').put(card);
	tx.objectStore('log').add({ setId: 's', questionId: 'q1', rating: 3, reviewedAt: 1_000, durationMs: 4_000, before: { ...card, state: 1 }, after: card });
	tx.objectStore('settings').put({ key: 'main', newPerDay: 7, maxReviewsPerDay: 50, dayStartHour: 5, desiredRetention: 0.85 });
	await new Promise((resolve) => (tx.oncomplete = resolve));
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
	const { getDraft, saveDraft } = await import('../../src/lib/storage/db');
	const db = await openDatabase();
	expect(db.version).toBeGreaterThanOrEqual(3);
	expect(db.objectStoreNames.contains('drafts')).toBe(true);
	expect(await getDraft(db, 'set:s')).toBeUndefined();
	await saveDraft(db, { key: 'set:s', setId: 's', draft: { title: 'Old set, edited' }, savedAt: 2 });
	expect((await getDraft(db, 'set:s'))?.draft).toEqual({ title: 'Old set, edited' });
	expect((await getSetRow(db, 's'))?.set.title).toBe('Old set');
});
