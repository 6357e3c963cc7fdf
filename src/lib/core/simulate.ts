/**
 * A simulated learner whose memory follows FSRS with known weights, studying through Factdrill's
 * real queue (buildQueue / nextCard / afterGrade) and scheduler, and through two baselines (SM-2
 * and a Leitner box schedule) on the same learner. Pure and seeded: the same options give the
 * same figures.
 */
import { default_w, FSRSAlgorithm, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { afterGrade, buildQueue, nextCard } from './queue';
import { mulberry32 } from './random';
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
	/** The weights Factdrill schedules with (fitted to the learner); ts-fsrs's defaults when absent. */
	schedulerWeights?: readonly number[];
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
	/** Questions the learner would recall on an average day (the sum of chances of recall each morning), averaged over the run. */
	known: number;
}

/** A review as the learner saw it, for fitting FSRS weights to simulated data. */
export interface SimulatedReview {
	questionId: string;
	rating: Grade;
	reviewedAt: number;
}

/** Mulberry32: small, fast, and good enough to draw answers. */
export const seededRandom = mulberry32;

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

	/** How many questions the learner would recall at `now`: the sum of their chances of recall. */
	known(now: number): number {
		let sum = 0;
		for (const memory of this.#memory.values()) sum += forgetting_curve(this.weights, (now - memory.lastReview) / DAY, memory.stability);
		return sum;
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

/** What a schedule does with a grade: the card's next state. */
type Policy = (card: CardState, rating: Grade, now: number) => CardState;

/**
 * Each day one session of today's queue, built and run by the app's own queue functions
 * (buildQueue / nextCard / afterGrade), with `policy` deciding where each graded card goes.
 */
function simulateSessions(options: SimulationOptions, policy: Policy, onReview?: (review: SimulatedReview) => void): RunResult {
	const learner = new Learner(options.trueWeights, seededRandom(options.seed), options.day);
	const cards = new Map<string, CardState>(questionIds(options.questions).map((id) => [id, newCard('sim', id, options.start)]));
	let reviews = 0;
	let scheduled = 0;
	let recalled = 0;
	let known = 0;
	for (let day = 0; day < options.days; day++) {
		let now = options.start + day * DAY + 9 * HOUR;
		known += learner.known(now);
		const studied: CardState[] = [];
		const fresh: CardState[] = [];
		for (const card of cards.values()) (card.state === State.New ? fresh : studied).push(card);
		let queue = buildQueue(studied, fresh, now, { ...options.day, newPerDay: options.newPerDay, newStudiedToday: 0 });
		queue = { ...queue, review: queue.review.slice(0, options.maxReviewsPerDay) };
		for (let card = nextCard(queue, now); card; card = nextCard(queue, now)) {
			const rating = learner.answer(card.questionId, now);
			onReview?.({ questionId: card.questionId, rating, reviewedAt: now });
			const graded = policy(card, rating, now);
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
	return { measured: scheduled > 0 ? recalled / scheduled : 0, reviews, scheduledReviews: scheduled, known: known / options.days };
}

function stepSettings(options: SimulationOptions, desiredRetention = DEFAULT_SCHEDULER_SETTINGS.desiredRetention): SchedulerSettings {
	return {
		...DEFAULT_SCHEDULER_SETTINGS,
		...options.day,
		desiredRetention,
		learningSteps: options.learningSteps,
		relearningSteps: options.relearningSteps,
		...(options.schedulerWeights ? { weights: options.schedulerWeights } : {})
	};
}

/** The learner studies with Factdrill: its FSRS scheduler at `desiredRetention` places every card. */
export function simulateFactdrill(desiredRetention: number, options: SimulationOptions = DEFAULT_SIMULATION, onReview?: (review: SimulatedReview) => void): RunResult {
	const scheduler = new Scheduler(stepSettings(options, desiredRetention));
	return simulateSessions(options, (card, rating, now) => scheduler.grade(card, rating, now).card, onReview);
}

/** A day-scale schedule to compare with FSRS. Every `interval` is in whole days. */
interface DaySchedule<T extends { interval: number }> {
	/** A question never studied. */
	start: T;
	/** The card leaves the same-day steps (first learned, or relearned after a lapse) with `rating`. */
	graduate(state: T, rating: Grade): T;
	/** The card was recalled in a review and rated `rating`. */
	pass(state: T, rating: Grade): T;
	/** The card was forgotten in a review; the same-day relearning steps follow. */
	lapse(state: T): T;
}

/**
 * A baseline runs in the same sessions as Factdrill, with the same same-day steps (first sight
 * and after a lapse, run by the same scheduler, as Anki runs its SM-2): only the day-scale
 * interval of a card in review comes from the baseline.
 */
function simulateBaseline<T extends { interval: number }>(options: SimulationOptions, schedule: DaySchedule<T>, onReview?: (review: SimulatedReview) => void): RunResult {
	const steps = new Scheduler(stepSettings(options));
	const states = new Map<string, T>();
	return simulateSessions(
		options,
		(card, rating, now) => {
			const next = steps.grade(card, rating, now).card;
			let state = states.get(card.questionId) ?? schedule.start;
			const reviewed = card.state === State.Review;
			if (reviewed && rating === Rating.Again) state = schedule.lapse(state);
			if (next.state === State.Review) state = reviewed && rating !== Rating.Again ? schedule.pass(state, rating) : schedule.graduate(state, rating);
			states.set(card.questionId, state);
			if (next.state !== State.Review) return next;
			return { ...next, due: now + state.interval * DAY, scheduledDays: state.interval };
		},
		onReview
	);
}

const SM2_QUALITY: Record<Grade, number> = { 1: 1, 2: 3, 3: 4, 4: 5 };
const MAXIMUM_INTERVAL = DEFAULT_SCHEDULER_SETTINGS.maximumInterval;

interface EaseState {
	repetition: number;
	interval: number;
	ease: number;
}

/**
 * SM-2 as SuperMemo published it: 1 day, 6 days, then interval × ease (ease from 2.5, moved by
 * each answer's quality, never below 1.3); a lapse starts the intervals over and keeps the ease.
 * Answers map to qualities Again 1, Hard 3, Good 4, Easy 5.
 */
export const SM2: DaySchedule<EaseState> = {
	start: { repetition: 0, interval: 0, ease: 2.5 },
	graduate: (state) => ({ repetition: 1, interval: 1, ease: state.ease }),
	pass(state, rating) {
		const q = SM2_QUALITY[rating];
		const interval = state.repetition === 1 ? 6 : Math.min(MAXIMUM_INTERVAL, Math.round(state.interval * state.ease));
		const ease = Math.max(1.3, state.ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
		return { repetition: state.repetition + 1, interval, ease };
	},
	lapse: (state) => ({ ...state, repetition: 0 })
};

/**
 * SM-2 as Anki runs it with its default options: graduating interval 1 day (Easy 4), starting
 * ease 2.5; Hard × 1.2 and ease − 0.15, Good × ease, Easy × ease × 1.3 and ease + 0.15, each
 * button at least a day past the one before and past the last interval; a lapse takes 0.20 off
 * the ease and starts again from 1 day.
 */
export const ANKI_SM2: DaySchedule<EaseState> = {
	start: { repetition: 0, interval: 0, ease: 2.5 },
	graduate: (state, rating) => ({ repetition: state.repetition + 1, interval: state.repetition === 0 && rating === Rating.Easy ? 4 : 1, ease: state.ease }),
	pass(state, rating) {
		const current = state.interval;
		const hard = Math.max(Math.round(current * 1.2), current + 1);
		const good = Math.max(Math.round(current * state.ease), hard + 1);
		const easy = Math.max(Math.round(current * state.ease * 1.3), good + 1);
		const interval = Math.min(MAXIMUM_INTERVAL, rating === Rating.Hard ? hard : rating === Rating.Easy ? easy : good);
		const ease = Math.max(1.3, state.ease + (rating === Rating.Hard ? -0.15 : rating === Rating.Easy ? 0.15 : 0));
		return { repetition: state.repetition + 1, interval, ease };
	},
	lapse: (state) => ({ ...state, ease: Math.max(1.3, state.ease - 0.2) })
};

/** Leitner boxes with intervals of 1, 2, 4, 8, 16 … days: up a box when recalled, back to the first when not. */
export const LEITNER: DaySchedule<{ box: number; interval: number }> = {
	start: { box: 0, interval: 0 },
	graduate: () => ({ box: 0, interval: 1 }),
	pass: (state) => {
		const box = Math.min(state.box + 1, 15);
		return { box, interval: 2 ** box };
	},
	lapse: () => ({ box: 0, interval: 1 })
};

export function simulateSm2(options: SimulationOptions = DEFAULT_SIMULATION, onReview?: (review: SimulatedReview) => void): RunResult {
	return simulateBaseline(options, SM2, onReview);
}

export function simulateAnkiSm2(options: SimulationOptions = DEFAULT_SIMULATION, onReview?: (review: SimulatedReview) => void): RunResult {
	return simulateBaseline(options, ANKI_SM2, onReview);
}

export function simulateLeitner(options: SimulationOptions = DEFAULT_SIMULATION, onReview?: (review: SimulatedReview) => void): RunResult {
	return simulateBaseline(options, LEITNER, onReview);
}

export interface BaselineReport {
	/** Share of the baseline's scheduled reviews recalled. */
	measured: number;
	reviews: number;
	/** Answers Factdrill needs on the same learner to recall at least as large a share of its reviews. */
	factdrill_reviews_at_same_retention: number;
	/** Questions the learner would recall on an average day with the baseline (see RunResult.known). */
	known: number;
	/** Answers Factdrill needs for the learner to know at least as many questions on an average day. */
	factdrill_reviews_at_same_knowledge: number;
}

export interface SimulationReport {
	targets: Array<{ desired: number; measured: number; reviews: number; known: number }>;
	baselines: Record<'sm2' | 'anki_sm2' | 'leitner', BaselineReport>;
}

export const TARGETS = [0.8, 0.85, 0.9, 0.95] as const;
/** Desired retention Factdrill lets a learner choose; a baseline's figure is clamped into what it reaches there. */
export const RETENTION_RANGE = [0.7, 0.97] as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Runs of Factdrill by desired retention, so that searches over the same options share them. */
export type RunCache = Map<number, RunResult>;

/**
 * The lowest desired retention (by bisection, within Factdrill's allowed range) at which
 * Factdrill reaches `goal` on `metric`: the share of reviews recalled, or the questions known on
 * an average day. Both rise with desired retention.
 */
export function matchRetention(
	goal: number,
	options: SimulationOptions = DEFAULT_SIMULATION,
	steps = 7,
	metric: 'measured' | 'known' = 'measured',
	cache: RunCache = new Map()
): { desired: number; run: RunResult } {
	const run = (desired: number) => {
		let result = cache.get(desired);
		if (!result) cache.set(desired, (result = simulateFactdrill(desired, options)));
		return result;
	};
	let [low, high] = RETENTION_RANGE as readonly [number, number];
	let best = { desired: high, run: run(high) };
	if (best.run[metric] <= goal) return best;
	for (let step = 0; step < steps; step++) {
		const desired = (low + high) / 2;
		const result = run(desired);
		if (result[metric] >= goal) {
			high = desired;
			best = { desired, run: result };
		} else low = desired;
	}
	return best;
}

/**
 * The whole experiment: Factdrill at each target, and each baseline against Factdrill set to
 * reach the same share of reviews recalled, and the same knowledge held.
 */
export function runSimulation(options: SimulationOptions = DEFAULT_SIMULATION): SimulationReport {
	const cache: RunCache = new Map();
	const targets = TARGETS.map((desired) => {
		const run = simulateFactdrill(desired, options);
		return { desired, measured: round(run.measured, 4), reviews: run.reviews, known: round(run.known, 1) };
	});
	const baseline = (run: RunResult): BaselineReport => ({
		measured: round(run.measured, 4),
		reviews: run.reviews,
		factdrill_reviews_at_same_retention: matchRetention(run.measured, options, 7, 'measured', cache).run.reviews,
		known: round(run.known, 1),
		factdrill_reviews_at_same_knowledge: matchRetention(run.known, options, 7, 'known', cache).run.reviews
	});
	return {
		targets,
		baselines: { sm2: baseline(simulateSm2(options)), anki_sm2: baseline(simulateAnkiSm2(options)), leitner: baseline(simulateLeitner(options)) }
	};
}

export interface ChangeSummary {
	/** Change in Factdrill's reviews against the baseline's, in per cent, for each report in order. */
	changes: number[];
	median: number;
	min: number;
	max: number;
}

/**
 * How Factdrill's reviews compare with each baseline's over several runs (one learner's figures
 * are noisy): per cent more (+) or fewer (−) reviews at the same retention and the same knowledge.
 */
export function compareReports(reports: readonly SimulationReport[]): Record<keyof SimulationReport['baselines'], { same_retention: ChangeSummary; same_knowledge: ChangeSummary }> {
	const summary = (changes: number[]): ChangeSummary => {
		const sorted = [...changes].sort((a, b) => a - b);
		const middle = sorted.length >> 1;
		const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
		return { changes: changes.map((change) => round(change, 1)), median: round(median, 1), min: round(sorted[0]!, 1), max: round(sorted[sorted.length - 1]!, 1) };
	};
	const change = (factdrill: number, baseline: number) => ((factdrill - baseline) / baseline) * 100;
	const of = (name: keyof SimulationReport['baselines']) => ({
		same_retention: summary(reports.map((report) => change(report.baselines[name].factdrill_reviews_at_same_retention, report.baselines[name].reviews))),
		same_knowledge: summary(reports.map((report) => change(report.baselines[name].factdrill_reviews_at_same_knowledge, report.baselines[name].reviews)))
	});
	return { sm2: of('sm2'), anki_sm2: of('anki_sm2'), leitner: of('leitner') };
}

/** What the workload estimate depends on besides the retention: the learner's steps, and weights fitted to them. */
export interface WorkloadOptions {
	learningSteps: SimulationOptions['learningSteps'];
	relearningSteps: SimulationOptions['relearningSteps'];
	/** FSRS weights fitted to this learner: both their memory and Factdrill's schedule follow them. */
	weights?: readonly number[];
}

/** Enough questions that the figures rise smoothly with retention (60 gave ups and downs). */
const WORKLOAD_QUESTIONS = 600;
const workloads = new Map<string, RunResult>();

/** A small seeded year of a simulated learner (this learner when their weights have been fitted), remembered per input. */
function workloadRun(desiredRetention: number, options: WorkloadOptions): RunResult {
	const key = JSON.stringify([desiredRetention, options.learningSteps, options.relearningSteps, options.weights ?? null]);
	let run = workloads.get(key);
	if (!run) {
		const { learningSteps, relearningSteps, weights } = options;
		run = simulateFactdrill(desiredRetention, {
			...DEFAULT_SIMULATION,
			learningSteps,
			relearningSteps,
			...(weights ? { trueWeights: weights, schedulerWeights: weights } : {}),
			questions: WORKLOAD_QUESTIONS,
			days: 365,
			newPerDay: WORKLOAD_QUESTIONS,
			seed: 7
		});
		workloads.set(key, run);
	}
	return run;
}

/**
 * Expected workload at a desired retention, for the settings page: answers per question over
 * its first year (first sight and same-day steps included). Multiply by new questions a day for
 * reviews a day once steady. Remembered, so going back to a value is free.
 */
export function reviewsPerQuestionYear(desiredRetention: number, options: WorkloadOptions = DEFAULT_SIMULATION): number {
	return workloadRun(desiredRetention, options).reviews / WORKLOAD_QUESTIONS;
}

/** Desired retentions the settings page compares, across the allowed range. */
export const RETENTION_CHOICES = [0.7, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.91, 0.94, 0.97] as const;

export interface RetentionChoice {
	desired: number;
	/** Answers per question in its first year. */
	perQuestion: number;
	/** Share of the questions the learner would recall on an average day of that year (0–1). */
	known: number;
}

/** Workload and knowledge at one desired retention, from the same simulated year as the workload estimate. */
export function retentionChoice(desiredRetention: number, options: WorkloadOptions = DEFAULT_SIMULATION): RetentionChoice {
	const run = workloadRun(desiredRetention, options);
	return { desired: desiredRetention, perQuestion: run.reviews / WORKLOAD_QUESTIONS, known: run.known / WORKLOAD_QUESTIONS };
}
