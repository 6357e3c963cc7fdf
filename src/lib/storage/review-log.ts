/**
 * The review log and the test history: recording a grade and taking it back (each with the card's
 * state, in one transaction), and reading the log without the entries taken back.
 */
import { State, type CardState } from '$lib/core/card';
import { startOfStudyDay, studyDay, type DayOptions } from '$lib/core/day';
import { liveEntries, newLogEntryId, type LogEntry, type LogEntryId, type TestResult } from '$lib/core/records';
import { commit, ConflictError, toRow, type Database } from './database';

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

/** Log keys made by this page so far: entries of the same millisecond keep their order. */
let keysMade = 0;

/**
 * Records a grade: the log entry and the card's new state in one transaction. Refuses (and
 * writes nothing) if the stored card is no longer the state the grade was computed from.
 */
export async function recordReview(db: Database, entry: Omit<LogEntry, 'id'>): Promise<LogEntryId> {
	const tx = db.transaction(['cards', 'log', 'sync'], 'readwrite');
	const cards = tx.objectStore('cards');
	const [row, syncing] = await Promise.all([cards.get([entry.setId, entry.questionId]), tx.objectStore('sync').count('account')]);
	if (!row || row.reps !== entry.before.reps || row.lastReview !== entry.before.lastReview) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new ConflictError(entry.questionId);
	}
	const id = newLogEntryId(entry.reviewedAt, keysMade++, crypto.getRandomValues(new Uint8Array(6)));
	await commit(tx, (writes) => {
		writes.push(tx.objectStore('log').add({ ...entry, id }));
		writes.push(cards.put(toRow(entry.after, row.position, row.answerHash, row.suspended)));
		// With sync on, the entry waits to be pushed (storage/sync.ts), written with it so it cannot be missed.
		if (syncing > 0) writes.push(tx.objectStore('sync').put({ key: `review:${id}`, id, deleted: false }));
	});
	return id;
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
 * Takes back a grade: the card returns to the state before it and the log entry is marked undone
 * (kept, so a merged log cannot bring it back), in one transaction; the kept statistics, which
 * counted it, are worked out again. Refuses (ConflictError) if the card was graded again since,
 * here or in another tab, or the entry was already taken back.
 */
export async function undoLastReview(db: Database, entryId: LogEntryId): Promise<CardState> {
	const tx = db.transaction(['cards', 'log', 'settings', 'sync'], 'readwrite');
	const log = tx.objectStore('log');
	const cards = tx.objectStore('cards');
	const [entry, syncing] = await Promise.all([log.get(entryId), tx.objectStore('sync').count('account')]);
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
		// With sync on, the taking back travels as a deletion of the entry.
		if (syncing > 0) writes.push(tx.objectStore('sync').put({ key: `review:${entryId}`, id: entryId, deleted: true }));
	});
	return entry.before;
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

