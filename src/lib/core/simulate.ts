/**
 * A simulated learner whose memory follows FSRS with known weights, studying through Factdrill's
 * real queue (buildQueue / nextCard / afterGrade) and scheduler, and through two baselines (SM-2
 * and a Leitner box schedule) on the same learner. Pure and seeded: the same options give the
 * same figures.
 */
import { default_w, FSRSAlgorithm, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { afterGrade, buildQueue, nextCard } from './queue';
import { DAY, HOUR, studyDay, type DayOptions } from './day';
import { DEFAULT_SCHEDULER_SETTINGS, newCard, Rating, Scheduler, State, type CardState, type Grade, type SchedulerSettings } from './scheduler';

/** Share of first answers Again/Hard/Good/Easy, and of Hard/Good/Easy among recalled reviews (fsrs-rs simulator defaults). */
export const FIRST_RATING_PROBABILITIES = [0.24, 0.094, 0.495, 0.171] as const;
export const RECALL_RATING_PROBABILITIES = [0.224, 0.631, 0.145] as const;

export interface SimulationOptions {
	questions: number;
	days: number;
	seed: number;
	newPerDay: number;
	maxReviewsPerDay: number;
	/** The learner's true memory: FSRS-6 weights (21 numbers). */
	trueWeights: readonly number[];
	/** Seconds a review takes, which moves the clock within a session. */
	secondsPerReview: number;
	/** Midnight UTC of the first day; sessions start at 9:00 each day. */
	start: number;
	day: DayOptions;
	/** Factdrill's same-day steps (the app's defaults unless an experiment changes them). */
	learningSteps: SchedulerSettings['learningSteps'];
	relearningSteps: SchedulerSettings['relearningSteps'];
}

export const DEFAULT_SIMULATION: SimulationOptions = {
	questions: 1000,
	days: 365,
	seed: 42,
	newPerDay: 20,
	maxReviewsPerDay: 9999,
	trueWeights: default_w,
	secondsPerReview: 8,
	start: Date.UTC(2024, 0, 1),
	day: { dayStartHour: 4, offsetMinutes: 0 },
	learningSteps: DEFAULT_SCHEDULER_SETTINGS.learningSteps,
	relearningSteps: DEFAULT_SCHEDULER_SETTINGS.relearningSteps
};

export interface RunResult {
	/** Share of scheduled (day-or-more) reviews recalled. */
	measured: number;
	/** Every answer given, first sight and same-day steps included. */
	reviews: number;
	/** How many of those were scheduled reviews (the ones `measured` is over). */
	scheduledReviews: number;
}

/** A review as the learner saw it, for fitting FSRS weights to simulated data. */
export interface SimulatedReview {
	questionId: string;
	rating: Grade;
	reviewedAt: number;
}

/** Mulberry32: small, fast, and good enough to draw answers. */
export function seededRandom(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Memory {
	stability: number;
	difficulty: number;
	lastReview: number;
}

/** The learner: true memory per question, updated by FSRS with the learner's own weights. */
class Learner {
	readonly #algorithm: FSRSAlgorithm;
	readonly #memory = new Map<string, Memory>();

	constructor(
		readonly weights: readonly number[],
		readonly random: () => number,
		readonly day: DayOptions
	) {
		this.#algorithm = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
	}

	/** Answers a question at `now`: a rating drawn from the learner's true chance of recall. */
	answer(questionId: string, now: number): Grade {
		const memory = this.#memory.get(questionId);
		let rating: Grade;
		if (!memory) rating = draw(this.random(), FIRST_RATING_PROBABILITIES, [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
		else {
			const recall = forgetting_curve(this.weights, Math.max(this.#elapsedDays(memory, now), (now - memory.lastReview) / DAY), memory.stability);
			rating = this.random() < recall ? draw(this.random(), RECALL_RATING_PROBABILITIES, [Rating.Hard, Rating.Good, Rating.Easy]) : Rating.Again;
		}
		const next = this.#algorithm.next_state(memory ?? null, memory ? this.#elapsedDays(memory, now) : 0, rating);
		this.#memory.set(questionId, { stability: next.stability, difficulty: next.difficulty, lastReview: now });
		return rating;
	}

	/** Whole study days since the last review, as FSRS counts them. */
	#elapsedDays(memory: Memory, now: number): number {
		return Math.max(0, studyDay(now, this.day) - studyDay(memory.lastReview, this.day));
	}
}

function draw(roll: number, probabilities: readonly number[], values: readonly Grade[]): Grade {
	let sum = 0;
	for (let i = 0; i < values.length; i++) {
		sum += probabilities[i]!;
		if (roll < sum) return values[i]!;
	}
	return values[values.length - 1]!;
}

function questionIds(count: number): string[] {
	return Array.from({ length: count }, (_, index) => `q${index + 1}`);
}

function result(reviews: number, scheduled: number, recalled: number): RunResult {
	return { measured: scheduled > 0 ? recalled / scheduled : 0, reviews, scheduledReviews: scheduled };
}

/**
 * The learner studies with Factdrill: each day one session of today's queue, built by the app's
 * own queue functions and graded by its FSRS scheduler at `desiredRetention`.
 */
export function simulateFactdrill(desiredRetention: number, options: SimulationOptions = DEFAULT_SIMULATION, onReview?: (review: SimulatedReview) => void): RunResult {
	const learner = new Learner(options.trueWeights, seededRandom(options.seed), options.day);
	const scheduler = new Scheduler({
		...DEFAULT_SCHEDULER_SETTINGS,
		...options.day,
		desiredRetention,
		learningSteps: options.learningSteps,
		relearningSteps: options.relearningSteps
	});
	const cards = new Map<string, CardState>(questionIds(options.questions).map((id) => [id, newCard('sim', id, options.start)]));
	let reviews = 0;
	let scheduled = 0;
	let recalled = 0;
	for (let day = 0; day < options.days; day++) {
		let now = options.start + day * DAY + 9 * HOUR;
		const studied: CardState[] = [];
		const fresh: CardState[] = [];
		for (const card of cards.values()) (card.state === State.New ? fresh : studied).push(card);
		let queue = buildQueue(studied, fresh, now, { ...options.day, newPerDay: options.newPerDay, newStudiedToday: 0 });
		queue = { ...queue, review: queue.review.slice(0, options.maxReviewsPerDay) };
		for (let card = nextCard(queue, now); card; card = nextCard(queue, now)) {
			const rating = learner.answer(card.questionId, now);
			onReview?.({ questionId: card.questionId, rating, reviewedAt: now });
			const graded = scheduler.grade(card, rating, now).card;
			reviews++;
			if (card.state === State.Review) {
				scheduled++;
				if (rating !== Rating.Again) recalled++;
			}
			cards.set(card.questionId, graded);
			queue = afterGrade(queue, graded, now, options.day);
			now += options.secondsPerReview * 1000;
		}
	}
	return result(reviews, scheduled, recalled);
}

interface BaselineCard {
	dueDay: number;
	/** SM-2: successful repetitions in a row; Leitner: the box (interval 2^box days). */
	step: number;
	interval: number;
	ease: number;
}

/** A day-based schedule: due cards each day in due order, then new ones; no same-day steps. */
function simulateDayBased(options: SimulationOptions, next: (card: BaselineCard, rating: Grade) => BaselineCard, first: (rating: Grade) => BaselineCard): RunResult {
	const learner = new Learner(options.trueWeights, seededRandom(options.seed), options.day);
	const ids = questionIds(options.questions);
	const cards = new Map<string, BaselineCard>();
	let introduced = 0;
	let reviews = 0;
	let scheduled = 0;
	let recalled = 0;
	for (let day = 0; day < options.days; day++) {
		let now = options.start + day * DAY + 9 * HOUR;
		const due = [...cards.entries()].filter(([, card]) => card.dueDay <= day).sort((a, b) => a[1].dueDay - b[1].dueDay).slice(0, options.maxReviewsPerDay);
		for (const [id, card] of due) {
			const rating = learner.answer(id, now);
			reviews++;
			scheduled++;
			if (rating !== Rating.Again) recalled++;
			const moved = next(card, rating);
			cards.set(id, { ...moved, dueDay: day + moved.interval });
			now += options.secondsPerReview * 1000;
		}
		for (let count = 0; count < options.newPerDay && introduced < ids.length; count++) {
			const id = ids[introduced++]!;
			const rating = learner.answer(id, now);
			reviews++;
			const card = first(rating);
			cards.set(id, { ...card, dueDay: day + card.interval });
			now += options.secondsPerReview * 1000;
		}
	}
	return result(reviews, scheduled, recalled);
}

/** SM-2 as SuperMemo published it: 1 day, 6 days, then interval × ease; a lapse starts over. */
export function simulateSm2(options: SimulationOptions = DEFAULT_SIMULATION): RunResult {
	const quality: Record<Grade, number> = { 1: 1, 2: 3, 3: 4, 4: 5 };
	const maximum = 36500;
	return simulateDayBased(
		options,
		(card, rating) => {
			const q = quality[rating];
			if (q < 3) return { ...card, step: 0, interval: 1 };
			const ease = Math.max(1.3, card.ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
			const interval = card.step === 0 ? 1 : card.step === 1 ? 6 : Math.min(maximum, Math.round(card.interval * card.ease));
			return { ...card, step: card.step + 1, interval, ease };
		},
		(rating) => ({ dueDay: 0, step: rating === Rating.Again ? 0 : 1, interval: 1, ease: 2.5 })
	);
}

/** Leitner boxes with intervals of 1, 2, 4, 8, 16 … days: up a box when recalled, back to the first when not. */
export function simulateLeitner(options: SimulationOptions = DEFAULT_SIMULATION): RunResult {
	return simulateDayBased(
		options,
		(card, rating) => {
			const step = rating === Rating.Again ? 0 : Math.min(card.step + 1, 15);
			return { ...card, step, interval: 2 ** step };
		},
		() => ({ dueDay: 0, step: 0, interval: 1, ease: 0 })
	);
}

export interface SimulationReport {
	targets: Array<{ desired: number; measured: number; reviews: number }>;
	baselines: Record<'sm2' | 'leitner', { measured: number; reviews: number; factdrill_reviews_at_same_retention: number }>;
}

export const TARGETS = [0.8, 0.85, 0.9, 0.95] as const;
/** Desired retention Factdrill lets a learner choose; a baseline's retention is clamped into it for the comparison. */
export const RETENTION_RANGE = [0.7, 0.97] as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The desired retention at which Factdrill's measured retention matches `measured`, by bisection
 * (measured retention rises with desired retention), within Factdrill's allowed range.
 */
export function matchRetention(measured: number, options: SimulationOptions = DEFAULT_SIMULATION, steps = 7): { desired: number; run: RunResult } {
	let [low, high] = RETENTION_RANGE as readonly [number, number];
	let best = { desired: high, run: simulateFactdrill(high, options) };
	if (best.run.measured <= measured) return best;
	for (let step = 0; step < steps; step++) {
		const desired = (low + high) / 2;
		const run = simulateFactdrill(desired, options);
		if (run.measured >= measured) {
			high = desired;
			best = { desired, run };
		} else low = desired;
	}
	return best;
}

/** The whole experiment: Factdrill at each target, and both baselines against Factdrill tuned to the retention each reaches. */
export function runSimulation(options: SimulationOptions = DEFAULT_SIMULATION): SimulationReport {
	const targets = TARGETS.map((desired) => {
		const run = simulateFactdrill(desired, options);
		return { desired, measured: round(run.measured, 4), reviews: run.reviews };
	});
	const baseline = (run: RunResult) => ({
		measured: round(run.measured, 4),
		reviews: run.reviews,
		factdrill_reviews_at_same_retention: matchRetention(run.measured, options).run.reviews
	});
	return { targets, baselines: { sm2: baseline(simulateSm2(options)), leitner: baseline(simulateLeitner(options)) } };
}

/**
 * Expected workload at a desired retention, for the settings page: answers per question over
 * its first year (first sight and same-day steps included), from a small seeded run of the
 * simulated average learner. Multiply by new questions a day for reviews a day once steady.
 */
export function reviewsPerQuestionYear(desiredRetention: number, options: Pick<SimulationOptions, 'learningSteps' | 'relearningSteps'> = DEFAULT_SIMULATION): number {
	const questions = 60;
	const run = simulateFactdrill(desiredRetention, { ...DEFAULT_SIMULATION, ...options, questions, days: 365, newPerDay: questions, seed: 7 });
	return run.reviews / questions;
}
