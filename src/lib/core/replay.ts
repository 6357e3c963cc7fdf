/**
 * Card states recomputed from the review log: each card's grades replayed in time order through
 * the scheduler. ts-fsrs seeds its fuzz from the card and the review time, so the same log and
 * the same parameters give the same states, bit for bit.
 */
import { State, type CardState, type Grade } from './card';
import type { DayOptions } from './day';
import type { Scheduler } from './scheduler';

/** What a replay needs of a log entry. */
export interface ReplayEntry {
	id?: string;
	/** Taken back: a replay leaves it out. */
	undone?: true;
	setId: string;
	questionId: string;
	rating: Grade;
	reviewedAt: number;
	before: CardState;
	after: CardState;
	/** The day boundary and retention the grade was made with; absent in older entries. */
	day?: DayOptions;
	retention?: number;
}

export interface ReplayResult {
	/** Each reviewed card's state after its last review, keyed `setId + "\0" + questionId`. */
	states: Map<string, CardState>;
	/** Entries whose recorded `after` differs from the replay. */
	mismatches: number;
}

const SAME_FIELDS = ['state', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'lastReview'] as const;

export function sameCardState(a: CardState, b: CardState): boolean {
	return SAME_FIELDS.every((field) => Object.is(a[field], b[field]));
}

/**
 * Replays the log. A card's chain starts at its first entry's `before`, and starts again wherever
 * an entry begins from a never-reviewed card (its answer key changed and its progress was reset).
 * `schedulerFor` gives the scheduler an entry was graded with.
 */
function compareIds(a = '', b = ''): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function replayLog(log: readonly ReplayEntry[], schedulerFor: (entry: ReplayEntry) => Scheduler): ReplayResult {
	const ordered = log.filter((entry) => !entry.undone).sort((a, b) => a.reviewedAt - b.reviewedAt || compareIds(a.id, b.id));
	const states = new Map<string, CardState>();
	let mismatches = 0;
	for (const entry of ordered) {
		const key = `${entry.setId}\0${entry.questionId}`;
		const previous = states.get(key);
		const restart = !previous || (entry.before.reps === 0 && entry.before.state === State.New);
		const start = restart ? entry.before : previous;
		const after = schedulerFor(entry).grade(start, entry.rating, entry.reviewedAt).card;
		if (!sameCardState(after, entry.after)) mismatches++;
		states.set(key, after);
	}
	return { states, mismatches };
}
