/**
 * A device for storage tests: a fresh fake IndexedDB (fake-indexeddb) with the app's database
 * opened in it, optionally with a set installed, as the app installs one.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { installSet, openDatabase, type Database } from '../../src/lib/storage/db';
import type { QuestionSet } from '../../src/lib/formats/question-set';

/** An empty IndexedDB, with no database in it yet (for a test that writes an old schema first). */
export function emptyIndexedDB(): void {
	globalThis.indexedDB = new IDBFactory();
}

/** A new, empty device: the app's database, nothing stored yet. */
export function freshDevice(): Promise<Database> {
	emptyIndexedDB();
	return openDatabase();
}

/** A new device with `set` installed (not built in) at `now`. */
export async function deviceWith(set: QuestionSet, now: number): Promise<Database> {
	const db = await freshDevice();
	await installSet(db, set, { builtin: false, now });
	return db;
}

/** A set "deck" of `count` flashcards: q0 "Q0?" → "a0", q1 "Q1?" → "a1", … */
export function flashcardDeck(count: number): QuestionSet {
	return {
		format: 1,
		id: 'deck',
		title: 'Deck',
		language: 'en',
		source: { title: 'S', publisher: 'P', date: '2024-01-01' },
		questions: Array.from({ length: count }, (_, i) => ({ id: `q${i}`, type: 'flashcard' as const, prompt: `Q${i}?`, answer: `a${i}` }))
	};
}
