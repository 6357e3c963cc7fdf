/**
 * Fits FSRS-6 weights to a learner's own review log, in TypeScript against ts-fsrs's memory model
 * (FSRSAlgorithm.next_state and forgetting_curve, restated here and tested equal), so the fitted
 * weights mean what the scheduler will do with them. Adam on finite-difference gradients of the log loss, each weight
 * kept within ts-fsrs's bounds (CLAMP_PARAMETERS). The log is split by time: weights are fitted
 * on the earlier reviews and judged on the later ones, before and after.
 *
 * fsrs-browser (fsrs-rs in WASM) was tried first: its optimiser needs a rayon thread pool over a
 * SharedArrayBuffer, which browsers give only to cross-origin-isolated pages (COOP/COEP headers a
 * static host cannot be relied on to send); without the pool it traps. The official binding's
 * browser build likewise needs shared memory and threads.
 */
import { CLAMP_PARAMETERS, default_w } from 'ts-fsrs';
import { studyDay, type DayOptions } from './day';
import { seededRandom } from './simulate';
import type { Grade } from './card';

/** One answer from the log: which card, the rating, when, and whether it was the card's first. */
export interface ReviewRecord {
	card: string;
	rating: Grade;
	reviewedAt: number;
	first: boolean;
}

interface Step {
	rating: Grade;
	/** Whole study days since the previous review (0 on the same day). */
	elapsed: number;
	reviewedAt: number;
}

/** A card's reviews from its first, in time order. */
export type History = Step[];

/** Scheduled reviews (a day or more after the previous one) a fit needs; Anki asks for a few hundred too. */
export const MIN_REVIEWS = 400;
export const TRAIN_SHARE = 0.8;

/**
 * Groups the log into per-card histories. Cards whose first review is not in the log (imported
 * progress, a cleared log) are left out: their memory state cannot be rebuilt.
 */
export function histories(records: Iterable<ReviewRecord>, day: DayOptions): History[] {
	const byCard = new Map<string, ReviewRecord[]>();
	for (const record of records) {
		const list = byCard.get(record.card);
		if (list) list.push(record);
		else byCard.set(record.card, [record]);
	}
	const result: History[] = [];
	for (const list of byCard.values()) {
		list.sort((a, b) => a.reviewedAt - b.reviewedAt);
		if (!list[0]!.first) continue;
		result.push(
			list.map((record, index) => ({
				rating: record.rating,
				reviewedAt: record.reviewedAt,
				elapsed: index === 0 ? 0 : Math.max(0, studyDay(record.reviewedAt, day) - studyDay(list[index - 1]!.reviewedAt, day))
			}))
		);
	}
	return result;
}

/** Scheduled reviews in these histories: the ones a loss is computed on. */
export function scheduledCount(cards: readonly History[]): number {
	let count = 0;
	for (const card of cards) for (let i = 1; i < card.length; i++) if (card[i]!.elapsed >= 1) count++;
	return count;
}

/** How many of the log's reviews a fit can learn from: the same count `optimize` checks against MIN_REVIEWS. */
export function scheduledReviews(records: Iterable<ReviewRecord>, day: DayOptions): number {
	return scheduledCount(histories(records, day));
}

export interface LogLoss {
	/** Mean binary cross-entropy of "recalled" (rating above Again) against FSRS's predicted recall. */
	loss: number;
	count: number;
}

interface Memory {
	stability: number;
	difficulty: number;
}

/**
 * FSRS-6's memory update (ts-fsrs's FSRSAlgorithm.next_state with short-term reviews on), written
 * out without ts-fsrs's 8-decimal rounding so finite differences stay smooth; a test checks it
 * against ts-fsrs. `t` is whole days since the previous review.
 */
export function nextMemory(w: readonly number[], memory: Memory | null, t: number, g: Grade): Memory {
	const clampS = (s: number) => Math.min(36500, Math.max(0.001, s));
	const initDifficulty = (grade: number) => w[4]! - Math.exp((grade - 1) * w[5]!) + 1;
	if (!memory) return { stability: Math.max(w[g - 1]!, 0.1), difficulty: Math.min(10, Math.max(1, initDifficulty(g))) };
	const { stability: s, difficulty: d } = memory;
	let next: number;
	if (t === 0) {
		const increase = Math.pow(s, -w[19]!) * Math.exp(w[17]! * (g - 3 + w[18]!));
		next = clampS(s * (g >= 2 ? Math.max(increase, 1) : increase));
	} else {
		const r = recall(w, t, s);
		if (g === 1) {
			const forgotten = clampS(w[11]! * Math.pow(d, -w[12]!) * (Math.pow(s + 1, w[13]!) - 1) * Math.exp((1 - r) * w[14]!));
			// As ts-fsrs: clamp(s / e^(w17·w18), S_MIN, forgotten).
			next = Math.min(Math.max(s / Math.exp(w[17]! * w[18]!), 0.001), forgotten);
		} else {
			const bonus = g === 2 ? w[15]! : g === 4 ? w[16]! : 1;
			next = clampS(s * (1 + Math.exp(w[8]!) * (11 - d) * Math.pow(s, -w[9]!) * (Math.exp((1 - r) * w[10]!) - 1) * bonus));
		}
	}
	const damped = d + (-w[6]! * (g - 3) * (10 - d)) / 9;
	const difficulty = Math.min(10, Math.max(1, w[7]! * initDifficulty(4) + (1 - w[7]!) * damped));
	return { stability: next, difficulty };
}

/** FSRS-6's forgetting curve, as ts-fsrs's forgetting_curve: R = (1 + factor·t/S)^(−w20), factor = 0.9^(−1/w20) − 1. */
export function recall(w: readonly number[], t: number, s: number): number {
	const decay = -w[20]!;
	const factor = Math.pow(0.9, 1 / decay) - 1;
	return Math.pow(1 + (factor * t) / s, decay);
}

/** Log loss of `weights` on the scheduled reviews of `cards` for which `counted(reviewedAt)` holds. */
export function logLoss(weights: readonly number[], cards: readonly History[], counted: (reviewedAt: number) => boolean = () => true): LogLoss {
	let total = 0;
	let count = 0;
	for (const card of cards) {
		let memory: Memory | null = null;
		for (const step of card) {
			if (memory && step.elapsed >= 1 && counted(step.reviewedAt)) {
				const p = Math.min(1 - 1e-6, Math.max(1e-6, recall(weights, step.elapsed, memory.stability)));
				total -= step.rating > 1 ? Math.log(p) : Math.log(1 - p);
				count++;
			}
			memory = nextMemory(weights, memory, step.elapsed, step.rating);
		}
	}
	return { loss: count > 0 ? total / count : NaN, count };
}

export interface FitOptions {
	initial?: readonly number[];
	/** Gradient steps at most. */
	steps?: number;
	/** Cards fitted on at most (a seeded sample of the log's cards beyond that), to bound the time a fit takes. */
	maxCards?: number;
	seed?: number;
	onProgress?: (done: number, total: number) => void;
	/** Only reviews before this time are fitted on (the time split). */
	before?: number;
}

const BOUNDS = CLAMP_PARAMETERS(2, true);
/** Each weight moves in steps proportional to its typical size (its default value). */
const SCALE = default_w.map((weight) => Math.max(0.02, Math.abs(weight)));
/** Pull toward the starting weights, per weight and in units of its scale: keeps a small log from dragging weights to their bounds. */
const PRIOR = 0.002;

function clampAll(weights: readonly number[]): number[] {
	return weights.map((weight, index) => Math.min(BOUNDS[index]![1]!, Math.max(BOUNDS[index]![0]!, weight)));
}

/**
 * Fits the 21 weights by gradient descent with a backtracking line search (every accepted step
 * lowers the training objective), on forward-difference gradients, each weight scaled to its
 * typical size, with a light pull toward the starting weights.
 */
export function fitWeights(cards: readonly History[], options: FitOptions = {}): number[] {
	const steps = options.steps ?? 40;
	const maxCards = options.maxCards ?? 1500;
	const random = seededRandom(options.seed ?? 1);
	const counted = options.before === undefined ? () => true : (time: number) => time < options.before!;
	const sample = cards.length <= maxCards ? cards : Array.from({ length: maxCards }, () => cards[Math.floor(random() * cards.length)]!);
	const start = clampAll(options.initial ?? default_w);
	const objective = (weights: readonly number[]) => {
		let prior = 0;
		for (let i = 0; i < weights.length; i++) prior += ((weights[i]! - start[i]!) / SCALE[i]!) ** 2;
		return logLoss(weights, sample, counted).loss + PRIOR * prior;
	};
	let weights = start;
	let current = objective(weights);
	let size = 0.05;
	for (let step = 1; step <= steps && Number.isFinite(current); step++) {
		const gradient = weights.map((weight, i) => {
			const h = 1e-4 * SCALE[i]!;
			const nudged = [...weights];
			nudged[i] = weight + h > BOUNDS[i]![1]! ? weight - h : weight + h;
			return ((objective(nudged) - current) / (nudged[i]! - weight)) * SCALE[i]!;
		});
		const norm = Math.hypot(...gradient);
		if (!(norm > 1e-9)) break;
		let accepted = false;
		for (let attempt = 0; attempt < 8 && !accepted; attempt++) {
			const candidate = clampAll(weights.map((weight, i) => weight - (size * SCALE[i]! * gradient[i]!) / norm));
			const value = objective(candidate);
			if (value < current) {
				[weights, current, accepted] = [candidate, value, true];
				size *= 1.5;
			} else size /= 2;
		}
		options.onProgress?.(step, steps);
		if (!accepted) break;
	}
	options.onProgress?.(steps, steps);
	return weights.map((weight) => Number(weight.toFixed(4)));
}

export type OptimizeResult =
	| { status: 'too-few'; reviews: number; missing: number }
	| { status: 'fitted'; weights: number[]; before: LogLoss; after: LogLoss; better: boolean; reviews: number; splitAt: number };

/**
 * Fits weights on the earlier part of the log (by time) and compares the log loss of the current
 * and the fitted weights on the later part. `better` says whether the fitted ones should be applied.
 */
export function optimize(records: Iterable<ReviewRecord>, day: DayOptions, current: readonly number[] = default_w, options: Omit<FitOptions, 'before' | 'initial'> = {}): OptimizeResult {
	const cards = histories(records, day);
	const reviews = scheduledCount(cards);
	if (reviews < MIN_REVIEWS) return { status: 'too-few', reviews, missing: MIN_REVIEWS - reviews };
	const times: number[] = [];
	for (const card of cards) for (let i = 1; i < card.length; i++) if (card[i]!.elapsed >= 1) times.push(card[i]!.reviewedAt);
	times.sort((a, b) => a - b);
	const splitAt = times[Math.floor(times.length * TRAIN_SHARE)]!;
	const later = (time: number) => time >= splitAt;
	const weights = fitWeights(cards, { ...options, initial: current, before: splitAt });
	const before = logLoss(current, cards, later);
	const after = logLoss(weights, cards, later);
	return { status: 'fitted', weights, before, after, better: after.loss < before.loss, reviews, splitAt };
}
