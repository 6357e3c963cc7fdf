/** The cards store: today's queue, a set's progress, and single cards. */
import { State, type CardState } from '$lib/core/card';
import { buildQueue, factsOfSet, type Facts, type Queue } from '$lib/core/queue';
import { nextDayStart, type DayOptions } from '$lib/core/day';
import type { CardRow } from '$lib/core/records';
import type { Settings } from '$lib/core/default-settings';
import { toCard, type Database } from './database';
import { todaysProgress } from './review-log';

/** The due index's range for one state of a set's cards, due from `from` to before `to` (storage modules only). */
export function dueRange(setId: string, state: number, from: number, to: number, openFrom = false): IDBKeyRange {
	return IDBKeyRange.bound([setId, state, from], [setId, state, to], openFrom, true);
}

/**
 * Today's queue for a set. Reads learning cards due before the next day starts, reviews in due
 * order only up to today's review cap, and new cards only up to today's new limit: the cost
 * follows what can be studied today, not what is stored.
 */
export async function loadQueue(db: Database, setId: string, now: number, settings: Settings, options: DayOptions): Promise<Queue> {
	const [progress, facts] = await Promise.all([todaysProgress(db, setId, now, options), factsOf(db, setId)]);
	const newLeft = Math.max(0, settings.newPerDay - progress.newStudied);
	const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - progress.reviewsDone);
	const endOfToday = nextDayStart(now, options);
	// Questions on facts are taken first question of every fact first (spreadNew), so all new cards are read; otherwise only today's.
	const newToRead = facts.factOf.size > 0 ? undefined : newLeft;
	const tx = db.transaction('cards');
	const due = tx.store.index('by-set-state-due');
	const [learning, relearning, review, fresh] = await Promise.all([
		due.getAll(dueRange(setId, State.Learning, -Infinity, endOfToday)),
		due.getAll(dueRange(setId, State.Relearning, -Infinity, endOfToday)),
		reviewsLeft > 0 ? due.getAll(dueRange(setId, State.Review, -Infinity, endOfToday), reviewsLeft) : [],
		newLeft > 0 ? tx.store.index('by-set-new').getAll(IDBKeyRange.bound([setId, -Infinity], [setId, Infinity]), newToRead) : [],
		tx.done
	]);
	return buildQueue([...learning, ...relearning, ...review].map(toCard), fresh.map(toCard), now, {
		...options,
		newPerDay: settings.newPerDay,
		newStudiedToday: progress.newStudied,
		...(facts.factOf.size > 0 ? { facts } : {}),
		...(settings.burySiblings ? { bury: { factOf: facts.factOf, studiedToday: progress.studied } } : {})
	});
}

/** Which fact each question of a set is about, to keep siblings apart and to bury them. */
async function factsOf(db: Database, setId: string): Promise<Facts> {
	const row = await db.get('sets', setId);
	return factsOfSet(row?.set.questions ?? []);
}

/** The first due time after `after` among a set's studied cards (for "next cards due ..."). */
export async function nextDueAfter(db: Database, setId: string, after: number): Promise<number | null> {
	const index = db.transaction('cards').store.index('by-set-state-due');
	const firsts = await Promise.all(
		[State.Learning, State.Review, State.Relearning].map(async (state) => (await index.openCursor(dueRange(setId, state, after, Infinity, true)))?.value.dueAt)
	);
	const times = firsts.filter((time): time is number => time !== undefined);
	return times.length > 0 ? Math.min(...times) : null;
}

/** The cards of these questions, in the order given, leaving out suspended and unknown ones. */
export async function cardsToDrill(db: Database, setId: string, questionIds: readonly string[]): Promise<CardState[]> {
	const tx = db.transaction('cards');
	const rows = await Promise.all([...new Set(questionIds)].map((id) => tx.store.get([setId, id])));
	return rows.filter((row): row is CardRow => row !== undefined && !row.suspended).map(toCard);
}

export async function getCard(db: Database, setId: string, questionId: string): Promise<CardState | undefined> {
	const row = await db.get('cards', [setId, questionId]);
	return row && toCard(row);
}

/** Every card of a set, as the scheduler sees it. */
export async function getCards(db: Database, setId: string): Promise<CardState[]> {
	return (await db.getAllFromIndex('cards', 'by-set', setId)).map(toCard);
}

