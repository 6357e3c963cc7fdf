/**
 * What "Study more" reads once the day's work is done: cards due in the next days (to review
 * ahead) and how many questions are new or can be practised. Apart from db.ts, which every page
 * loads, since only the end of a study session needs it.
 */
import { State, type CardState } from '$lib/core/card';
import { DAY, nextDayStart, type DayOptions } from '$lib/core/day';
import type { Queue } from '$lib/core/queue';
import { toCard, type Database } from './database';
import { dueRange, loadQueue } from './cards';
import type { Settings } from '$lib/core/default-settings';

/** Studied cards (learning, review, relearning) due from `from` to before `until`, soonest first. */
export async function dueBetween(db: Database, setId: string, from: number, until: number): Promise<CardState[]> {
	const tx = db.transaction('cards');
	const index = tx.store.index('by-set-state-due');
	const [learning, review, relearning] = await Promise.all([
		...[State.Learning, State.Review, State.Relearning].map((state) => index.getAll(dueRange(setId, state, from, until))),
		tx.done
	]);
	return [...learning!, ...review!, ...relearning!].map(toCard).sort((a, b) => a.due - b.due);
}

/**
 * Reviewing ahead: what is due today (no new cards), then the cards due in the `days` study days
 * after today, soonest first.
 */
export async function loadAheadQueue(db: Database, setId: string, now: number, days: number, settings: Settings, options: DayOptions): Promise<Queue> {
	const today = await loadQueue(db, setId, now, { ...settings, newPerDay: 0 }, options);
	const from = nextDayStart(now, options);
	const ahead = await dueBetween(db, setId, from, from + days * DAY);
	return { ...today, review: [...today.review, ...ahead] };
}

/** How many of a set's questions are new (never studied, not suspended), and how many can be studied at all (not suspended). */
export async function countCards(db: Database, setId: string): Promise<{ unseen: number; studiable: number }> {
	const tx = db.transaction('cards');
	const [unseen, rows] = await Promise.all([
		tx.store.index('by-set-new').count(IDBKeyRange.bound([setId, -Infinity], [setId, Infinity])),
		tx.store.index('by-set').getAll(setId),
		tx.done
	]);
	return { unseen, studiable: rows.filter((row) => !row.suspended).length };
}
