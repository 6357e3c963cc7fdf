/**
 * What the home and set pages show for a set: today's new and due counts and the set's progress,
 * counted from one read of its cards and one of today's log, without building the study queue
 * (cards.ts), which only a session needs.
 */
import { State } from '$lib/core/card';
import { nextDayStart, type DayOptions } from '$lib/core/day';
import { isDue } from '$lib/core/due';
import type { Settings } from '$lib/core/default-settings';
import type { CardRow } from '$lib/core/records';
import type { Database } from './database';
import { todaysProgress } from './review-log';

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

export interface SetCounts {
	/** New cards today's queue would hold (within the daily limit). */
	new: number;
	/** Learning cards today's queue would hold. */
	learning: number;
	/** Review cards today's queue would hold (within the daily cap). */
	review: number;
	progress: SetProgress;
}

/**
 * The sizes of today's queue for a set (the same as `loadQueue`'s) and its progress. Burying
 * siblings depends on the queue's order, so with it on the queue itself is built.
 */
export async function setCounts(db: Database, setId: string, now: number, settings: Settings, options: DayOptions): Promise<SetCounts> {
	const [rows, today] = await Promise.all([db.getAllFromIndex('cards', 'by-set', setId), todaysProgress(db, setId, now, options)]);
	const progress = progressOf(rows);
	if (settings.burySiblings) {
		const { loadQueue } = await import('./cards');
		const queue = await loadQueue(db, setId, now, settings, options);
		return { new: queue.new.length, learning: queue.learning.length, review: queue.review.length, progress };
	}
	const endOfToday = nextDayStart(now, options);
	let fresh = 0;
	let learning = 0;
	const reviewsDue: number[] = [];
	for (const row of rows) {
		// As the queue reads them (cards.ts): suspended cards have neither a new rank nor a due time in the indexes.
		if (row.newRank !== undefined) fresh++;
		else if (row.dueAt !== undefined && row.dueAt < endOfToday) {
			if (row.state === State.Review) reviewsDue.push(row.dueAt);
			else if (isDue(row, now, options)) learning++;
		}
	}
	const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
	// The queue takes the earliest reviews up to today's cap, then keeps those due on this study day.
	const review = reviewsDue
		.sort((a, b) => a - b)
		.slice(0, reviewsLeft)
		.filter((due) => isDue({ state: State.Review, due }, now, options)).length;
	return { new: Math.min(fresh, Math.max(0, settings.newPerDay - today.newStudied)), learning, review, progress };
}

export async function setProgress(db: Database, setId: string): Promise<SetProgress> {
	return progressOf(await db.getAllFromIndex('cards', 'by-set', setId));
}

function progressOf(rows: readonly CardRow[]): SetProgress {
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
