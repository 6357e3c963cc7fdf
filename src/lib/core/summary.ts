/**
 * What a learner did today in a set, read from the review log (the truth), so the summary at
 * the end of a session counts cards and answers alike after a reload or over several sessions.
 */
import { State, type Grade } from './card';

/** The fields of a review-log entry a summary needs. */
export interface ReviewRecord {
	questionId: string;
	rating: Grade;
	durationMs: number;
	before: { state: State };
	/** Present when the question was answered (typed, chosen) rather than self-graded. */
	answer?: { correct: boolean };
}

export interface DaySummary {
	/** Different questions studied: a card answered four times counts once. */
	cards: number;
	/** Of them, questions seen for the first time. */
	newCards: number;
	/** Every grade, each time a card came back included. */
	reviews: number;
	/** Grades that followed an answer (typed, chosen, true/false), and how many of those answers were right. */
	answered: number;
	correct: number;
	byRating: Record<Grade, number>;
	/** Time spent on the questions before answering them. */
	durationMs: number;
}

export function summarizeReviews(entries: readonly ReviewRecord[]): DaySummary {
	const cards = new Set<string>();
	const summary: DaySummary = { cards: 0, newCards: 0, reviews: entries.length, answered: 0, correct: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, durationMs: 0 };
	for (const entry of entries) {
		cards.add(entry.questionId);
		if (entry.before.state === State.New) summary.newCards++;
		summary.byRating[entry.rating]++;
		summary.durationMs += Math.max(0, entry.durationMs);
		if (entry.answer) {
			summary.answered++;
			if (entry.answer.correct) summary.correct++;
		}
	}
	summary.cards = cards.size;
	return summary;
}

/** Today's mistakes: the questions answered wrongly or rated Again at least once, in the order first missed. */
export function missedToday(entries: readonly ReviewRecord[]): string[] {
	const missed = new Set<string>();
	for (const entry of entries) if (entry.rating === 1 || entry.answer?.correct === false) missed.add(entry.questionId);
	return [...missed];
}
