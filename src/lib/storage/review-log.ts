/**
 * The review log and the test history, read without the entries taken back. Recording a grade and
 * taking it back are in grades.ts.
 */
import { State } from '$lib/core/card';
import { startOfStudyDay, studyDay, type DayOptions } from '$lib/core/day';
import { liveEntries, type LogEntry, type TestResult } from '$lib/core/records';
import type { Database } from './database';

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

