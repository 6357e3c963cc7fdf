/**
 * Databases as older schema versions left them, written with raw IndexedDB (not the app's code),
 * for the upgrade tests.
 */
import { DB_NAME } from '../../src/lib/storage/db';

/** The stores and indexes each schema version added, as the upgrade steps in db.ts create them. */
export const SCHEMA_STEPS: Array<(db: IDBDatabase) => void> = [
	() => undefined,
	(db) => {
		db.createObjectStore('sets', { keyPath: 'id' });
		const cards = db.createObjectStore('cards', { keyPath: ['setId', 'questionId'] });
		cards.createIndex('by-set', 'setId');
		cards.createIndex('by-set-state-due', ['setId', 'state', 'dueAt']);
		cards.createIndex('by-set-new', ['setId', 'newRank']);
		const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
		log.createIndex('by-set-time', ['setId', 'reviewedAt']);
		log.createIndex('by-card', ['setId', 'questionId']);
		db.createObjectStore('settings', { keyPath: 'key' });
	},
	(db) => db.createObjectStore('tests', { keyPath: 'id', autoIncrement: true }).createIndex('by-set-time', ['setId', 'finishedAt']),
	(db) => db.createObjectStore('drafts', { keyPath: 'key' }),
	// Version 4 made the log and tests stores anew (fresh key generators), in the same shape.
	() => undefined,
	// Version 5 keys log entries on the device: the log store has no key generator.
	(db) => {
		db.deleteObjectStore('log');
		const log = db.createObjectStore('log', { keyPath: 'id' });
		log.createIndex('by-set-time', ['setId', 'reviewedAt']);
		log.createIndex('by-card', ['setId', 'questionId']);
	},
	// Version 6 added the sync store.
	(db) => db.createObjectStore('sync', { keyPath: 'key' })
];

/** Opens (creating) the database at an old schema `version`, built step by step as the app's upgrades did. */
export async function openOldSchema(version: number): Promise<IDBDatabase> {
	const request = indexedDB.open(DB_NAME, version);
	request.onupgradeneeded = (event) => {
		for (let step = event.oldVersion + 1; step <= version; step++) SCHEMA_STEPS[step]!(request.result);
	};
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** A set, a studied card, its review and settings (and a test result from version 2 on), as an old version stored them. */
export async function writeSample(db: IDBDatabase, version: number, title: string): Promise<void> {
	const stores = ['sets', 'cards', 'log', 'settings', ...(version >= 2 ? ['tests'] : [])];
	const tx = db.transaction(stores, 'readwrite');
	const card = { setId: 's', questionId: 'q1', state: 2, due: 5_000, dueAt: 5_000, stability: 12, difficulty: 5, scheduledDays: 12, learningSteps: 0, reps: 3, lapses: 0, lastReview: 1_000, position: 0, answerHash: 'abc' };
	tx.objectStore('sets').put({ id: 's', set: { id: 's', title }, builtin: false, contentHash: 'x', installedAt: 1, updatedAt: 1 });
	tx.objectStore('cards').put(card);
	// From version 5 on, log entries carry a key made on the device.
	tx.objectStore('log').add({ ...(version >= 5 ? { id: '0000000rs-000000000000aaaa' } : {}), setId: 's', questionId: 'q1', rating: 3, reviewedAt: 1_000, durationMs: 4_000, before: { ...card, state: 1 }, after: card });
	tx.objectStore('settings').put({ key: 'main', newPerDay: 7, maxReviewsPerDay: 50, dayStartHour: 5, desiredRetention: 0.85 });
	if (version >= 2) tx.objectStore('tests').add({ setId: 's', startedAt: 1, finishedAt: 2, types: [], total: 1, correct: 1, scheduled: false, items: [] });
	await new Promise((resolve) => (tx.oncomplete = resolve));
}
