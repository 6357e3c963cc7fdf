/**
 * Today's study queue: due learning cards first, then due reviews, then new cards up to the
 * daily limit, as in Anki. Pure: storage hands in the candidate cards, this decides the order.
 */
import { State, type CardState } from './card';
import { MINUTE, studyDay, type DayOptions } from './day';

/** Learning cards due within this window count as due now (Anki's "learn ahead limit"). */
export const LEARN_AHEAD = 20 * MINUTE;

export interface QueueOptions extends DayOptions {
	newPerDay: number;
	/** New cards already introduced today in this set. */
	newStudiedToday: number;
	/** When set, at most one question per fact is studied a day (see burySiblings). */
	bury?: Siblings;
}

export interface Queue {
	learning: CardState[];
	review: CardState[];
	new: CardState[];
}

export function isLearning(card: CardState): boolean {
	return card.state === State.Learning || card.state === State.Relearning;
}

/** A review card is due for its whole due day; a learning card from its exact due time (less the learn-ahead window). */
export function isDue(card: CardState, now: number, options: DayOptions): boolean {
	if (card.state === State.New) return false;
	if (isLearning(card)) return card.due <= now + LEARN_AHEAD;
	return studyDay(card.due, options) <= studyDay(now, options);
}

/**
 * Builds the queue from stored cards: `scheduled` holds the non-new cards that may be due
 * (storage reads them from the due index up to the end of today, reviews already capped at the
 * daily maximum), `fresh` the new cards in the set's order.
 */
export function buildQueue(scheduled: readonly CardState[], fresh: readonly CardState[], now: number, options: QueueOptions): Queue {
	const learning: CardState[] = [];
	const review: CardState[] = [];
	for (const card of scheduled) {
		if (!isDue(card, now, options)) continue;
		(isLearning(card) ? learning : review).push(card);
	}
	learning.sort((a, b) => a.due - b.due);
	review.sort((a, b) => a.due - b.due);
	const newLeft = Math.max(0, options.newPerDay - options.newStudiedToday);
	if (options.bury) {
		const kept = burySiblings(learning, review, fresh, options.bury);
		return { learning, review: kept.review, new: kept.fresh.slice(0, newLeft) };
	}
	return { learning, review, new: fresh.slice(0, newLeft) };
}

export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}

export function queueCounts(queue: Queue): QueueCounts {
	return { new: queue.new.length, learning: queue.learning.length, review: queue.review.length };
}

/**
 * The next card to show in a running session, Anki's order: a learning card whose time has
 * come, else a review, else a new card, else a learning card waiting within the learn-ahead window.
 * Returns undefined when the session is over.
 */
export function nextCard(queue: Queue, now: number): CardState | undefined {
	const learningDue = queue.learning.find((card) => card.due <= now);
	if (learningDue) return learningDue;
	if (queue.review.length > 0) return queue.review[0];
	if (queue.new.length > 0) return queue.new[0];
	const soonest = queue.learning.reduce<CardState | undefined>((best, card) => (!best || card.due < best.due ? card : best), undefined);
	return soonest && soonest.due <= now + LEARN_AHEAD ? soonest : undefined;
}

/** Puts a just-graded card back where it belongs: learning cards return to the queue when due today within reach. */
export function afterGrade(queue: Queue, graded: CardState, now: number, options: DayOptions): Queue {
	const same = (card: CardState) => card.questionId === graded.questionId && card.setId === graded.setId;
	const next: Queue = {
		learning: queue.learning.filter((card) => !same(card)),
		review: queue.review.filter((card) => !same(card)),
		new: queue.new.filter((card) => !same(card))
	};
	if (isLearning(graded) && studyDay(graded.due, options) === studyDay(now, options)) {
		next.learning.push(graded);
		next.learning.sort((a, b) => a.due - b.due);
	}
	return next;
}

/** Which fact each question is about, and the questions already studied today. */
export interface Siblings {
	factOf: ReadonlyMap<string, string>;
	studiedToday: ReadonlySet<string>;
}

/**
 * Buries siblings, as Anki does: questions about the same fact (provenance.fact) wait for another
 * day once one of them was studied today or is in today's queue. Learning cards are never buried;
 * reviews take precedence over new questions.
 */
export function burySiblings(learning: readonly CardState[], review: readonly CardState[], fresh: readonly CardState[], siblings: Siblings): { review: CardState[]; fresh: CardState[] } {
	const taken = new Set<string>();
	const take = (questionId: string) => {
		const fact = siblings.factOf.get(questionId);
		if (fact !== undefined) taken.add(fact);
	};
	for (const questionId of siblings.studiedToday) take(questionId);
	for (const card of learning) take(card.questionId);
	const keep = (cards: readonly CardState[]) =>
		cards.filter((card) => {
			const fact = siblings.factOf.get(card.questionId);
			if (fact === undefined) return true;
			if (taken.has(fact)) return false;
			taken.add(fact);
			return true;
		});
	const keptReview = keep(review);
	return { review: keptReview, fresh: keep(fresh) };
}
