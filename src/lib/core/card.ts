/**
 * A card's scheduling state as plain data. Kept apart from scheduler.ts so that pages which only
 * count and list cards never load ts-fsrs; the values match ts-fsrs's State and Rating enums.
 */

export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type State = (typeof State)[keyof typeof State];

export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Grade = (typeof Rating)[keyof typeof Rating];

/** The four answers a learner can give, in key order 1–4. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** A card's memory and scheduling state; progress is keyed by (setId, questionId). */
export interface CardState {
	setId: string;
	questionId: string;
	state: State;
	/** When the card is next due (ms). For a new card: when it was added. */
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	lastReview: number | null;
}

export function newCard(setId: string, questionId: string, now: number): CardState {
	return {
		setId,
		questionId,
		state: State.New,
		due: now,
		stability: 0,
		difficulty: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		lastReview: null
	};
}
