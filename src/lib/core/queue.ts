/**
 * Today's study queue: due learning cards first, then due reviews, then new cards up to the
 * daily limit, as in Anki. Pure: storage hands in the candidate cards, this decides the order.
 */
import type { CardState } from './card';
import { studyDay, type DayOptions } from './day';
import { isDue, isLearning, LEARN_AHEAD } from './due';

export { isDue, isLearning, LEARN_AHEAD };

export interface QueueOptions extends DayOptions {
	newPerDay: number;
	/** New cards already introduced today in this set. */
	newStudiedToday: number;
	/** Which fact each question is about: new cards come first questions of every fact first (see spreadNew). */
	facts?: Facts;
	/** When set, at most one question per fact is studied a day (see burySiblings). */
	bury?: Siblings;
}

export interface Queue {
	learning: CardState[];
	review: CardState[];
	new: CardState[];
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
	const ordered = options.facts ? spreadNew(fresh, options.facts) : fresh;
	if (options.bury) {
		const kept = burySiblings(learning, review, ordered, options.bury);
		return { learning, review: kept.review, new: kept.fresh.slice(0, newLeft) };
	}
	return { learning, review, new: ordered.slice(0, newLeft) };
}

/** Which fact each question is about, and its place among the set's questions on that fact (0 for the first). */
export interface Facts {
	factOf: ReadonlyMap<string, string>;
	rankOf: ReadonlyMap<string, number>;
}

/**
 * Questions on one fact are siblings: one gives away another's answer. A question's fact is its
 * provenance.fact, else its source sentence (the generator makes several questions of one
 * sentence); a question with neither has no siblings.
 */
export function factsOfSet(questions: ReadonlyArray<{ id: string; provenance?: { fact?: string; sentence?: string } }>): Facts {
	const factOf = new Map<string, string>();
	const rankOf = new Map<string, number>();
	const seen = new Map<string, number>();
	for (const question of questions) {
		const fact = question.provenance?.fact ?? (question.provenance?.sentence?.trim() ? `sentence:${question.provenance.sentence.trim()}` : undefined);
		if (fact === undefined) continue;
		const rank = seen.get(fact) ?? 0;
		factOf.set(question.id, fact);
		rankOf.set(question.id, rank);
		seen.set(fact, rank + 1);
	}
	return { factOf, rankOf };
}

/**
 * New cards in the order that keeps siblings apart, as Anki's "card type, then order gathered":
 * the first question of every fact before the second of any, set order within each round. So a
 * day's new cards cover as many facts as they can, and a fact's second question waits for a later day.
 */
export function spreadNew(fresh: readonly CardState[], facts: Facts): CardState[] {
	const rank = (card: CardState) => facts.rankOf.get(card.questionId) ?? 0;
	return fresh
		.map((card, index) => ({ card, index, rank: rank(card) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ card }) => card);
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
 * With `apart`, a card on the same fact as the one just asked waits for one card if another can
 * go first. Returns undefined when the session is over.
 */
export function nextCard(queue: Queue, now: number, apart?: Apart): CardState | undefined {
	const fact = apart?.last === undefined ? undefined : apart.factOf.get(apart.last);
	if (fact !== undefined) {
		// The first card in the usual order that is not about the fact just asked; that one only if nothing else is left.
		const waiting = [...queue.learning].sort((a, b) => a.due - b.due);
		const candidates = [...waiting.filter((card) => card.due <= now), ...queue.review, ...queue.new, ...waiting.filter((card) => card.due > now && card.due <= now + LEARN_AHEAD)];
		return candidates.find((card) => apart!.factOf.get(card.questionId) !== fact) ?? candidates[0];
	}
	const learningDue = queue.learning.find((card) => card.due <= now);
	if (learningDue) return learningDue;
	if (queue.review.length > 0) return queue.review[0];
	if (queue.new.length > 0) return queue.new[0];
	const soonest = queue.learning.reduce<CardState | undefined>((best, card) => (!best || card.due < best.due ? card : best), undefined);
	return soonest && soonest.due <= now + LEARN_AHEAD ? soonest : undefined;
}

/** Keeps questions on one fact from following each other: which fact each question is about, and the question just asked. */
export interface Apart {
	factOf: ReadonlyMap<string, string>;
	last?: string;
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
