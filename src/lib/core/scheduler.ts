/**
 * Scheduling policy around ts-fsrs (FSRS-6). Plain objects in, plain objects out: times are
 * epoch milliseconds, and the day boundary is the learner's (see day.ts), not UTC midnight.
 */
import { fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { fromStudyClock, toStudyClock, type DayOptions } from './day';
import { GRADES, State, type CardState, type Grade } from './card';
import { DEFAULT_SETTINGS, type Step } from './default-settings';

export { GRADES, GRADE_NAMES, newCard, Rating, State } from './card';
export type { CardState, Grade } from './card';

export interface SchedulerSettings extends DayOptions {
	desiredRetention: number;
	maximumInterval: number;
	fuzz: boolean;
	learningSteps: readonly Step[];
	relearningSteps: readonly Step[];
	/** Custom FSRS weights; the defaults of ts-fsrs when absent. */
	weights?: readonly number[];
}

/** The learner's default settings (default-settings.ts), in UTC. */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
	desiredRetention: DEFAULT_SETTINGS.desiredRetention,
	maximumInterval: DEFAULT_SETTINGS.maximumInterval,
	fuzz: DEFAULT_SETTINGS.fuzz,
	learningSteps: DEFAULT_SETTINGS.learningSteps,
	relearningSteps: DEFAULT_SETTINGS.relearningSteps,
	dayStartHour: DEFAULT_SETTINGS.dayStartHour,
	offsetMinutes: 0
};

export interface GradeResult {
	card: CardState;
	rating: Grade;
	/** Milliseconds from now until the card is due again. */
	interval: number;
}

function toFsrsCard(card: CardState, options: DayOptions): Card {
	return {
		due: new Date(toStudyClock(card.due, options)),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: 0,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as number,
		last_review: card.lastReview === null ? undefined : new Date(toStudyClock(card.lastReview, options))
	};
}

function fromFsrsCard(base: CardState, card: Card, options: DayOptions): CardState {
	return {
		setId: base.setId,
		questionId: base.questionId,
		state: card.state as State,
		due: fromStudyClock(card.due.getTime(), options),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: card.last_review ? fromStudyClock(card.last_review.getTime(), options) : null
	};
}

export class Scheduler {
	readonly #fsrs;
	readonly #options: DayOptions;

	constructor(readonly settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS) {
		this.#options = { dayStartHour: settings.dayStartHour, offsetMinutes: settings.offsetMinutes };
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: settings.desiredRetention,
				maximum_interval: settings.maximumInterval,
				enable_fuzz: settings.fuzz,
				enable_short_term: true,
				learning_steps: settings.learningSteps,
				relearning_steps: settings.relearningSteps,
				...(settings.weights ? { w: settings.weights } : {})
			})
		);
	}

	/** The outcome of each of the four grades, for the buttons' interval labels. */
	preview(card: CardState, now: number): Record<Grade, GradeResult> {
		const preview = this.#fsrs.repeat(toFsrsCard(card, this.#options), new Date(toStudyClock(now, this.#options)));
		const result = {} as Record<Grade, GradeResult>;
		for (const rating of GRADES) result[rating] = this.#result(card, preview[rating as FsrsGrade].card, rating, now);
		return result;
	}

	grade(card: CardState, rating: Grade, now: number): GradeResult {
		const next = this.#fsrs.next(toFsrsCard(card, this.#options), new Date(toStudyClock(now, this.#options)), rating as FsrsGrade);
		return this.#result(card, next.card, rating, now);
	}

	/** Probability of recall now (0–1); 0 for a card never reviewed. */
	retrievability(card: CardState, now: number): number {
		if (card.state === State.New) return 0;
		return this.#fsrs.get_retrievability(toFsrsCard(card, this.#options), new Date(toStudyClock(now, this.#options)), false);
	}

	#result(base: CardState, next: Card, rating: Grade, now: number): GradeResult {
		const card = fromFsrsCard(base, next, this.#options);
		return { card, rating, interval: card.due - now };
	}
}

/** A short label for a wait, as on Anki's answer buttons: "<1m", "10m", "3h", "4d", "1.2mo", "2.1y". */
export function formatInterval(ms: number): string {
	const minutes = ms / 60_000;
	if (minutes < 1) return '<1m';
	if (minutes < 60) return `${Math.round(minutes)}m`;
	const hours = minutes / 60;
	if (hours < 24) return `${Math.round(hours)}h`;
	const days = hours / 24;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${trim(days / 30)}mo`;
	return `${trim(days / 365)}y`;
}

function trim(value: number): string {
	return value.toFixed(1).replace(/\.0$/, '');
}
