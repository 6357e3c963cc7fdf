import { describe, expect, it } from 'vitest';
import { default_w, FSRSAlgorithm, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { DEFAULT_SIMULATION, simulateFactdrill } from '../../src/lib/core/simulate';
import { histories, logLoss, MIN_REVIEWS, nextMemory, optimize, recall, scheduledReviews, type ReviewRecord } from '../../src/lib/core/optimize';
import type { Grade } from '../../src/lib/core/card';

/** A learner unlike the average one ts-fsrs's defaults describe: weaker first memories, steeper forgetting. */
const KNOWN = [0.1, 0.6, 1.2, 5, 7, 0.6, 2.0, 0.01, 1.2, 0.25, 1.1, 1.9, 0.1, 0.35, 1.2, 0.4, 2.5, 0.4, 0.1, 0.1, 0.3];

function simulatedLog(weights: readonly number[], questions: number, days: number, seed = 42): ReviewRecord[] {
	const records: ReviewRecord[] = [];
	const seen = new Set<string>();
	simulateFactdrill(0.9, { ...DEFAULT_SIMULATION, questions, days, seed, trueWeights: weights }, (review) => {
		records.push({ card: review.questionId, rating: review.rating, reviewedAt: review.reviewedAt, first: !seen.has(review.questionId) });
		seen.add(review.questionId);
	});
	return records;
}

describe('FSRS optimiser', () => {
	it('computes memory exactly as ts-fsrs does (next_state, forgetting_curve)', () => {
		for (const weights of [default_w, KNOWN]) {
			const model = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
			let theirs: { stability: number; difficulty: number } | null = null;
			let ours: { stability: number; difficulty: number } | null = null;
			for (let i = 0; i < 500; i++) {
				if (i % 15 === 0) [theirs, ours] = [null, null];
				const t = theirs === null ? 0 : [0, 0, 1, 2, 5, 13, 40][i % 7]!;
				const g = (((i * 7) % 4) + 1) as Grade;
				if (theirs && t > 0) expect(recall(weights, t, ours!.stability)).toBeCloseTo(forgetting_curve(weights, t, theirs.stability), 6);
				theirs = model.next_state(theirs, t, g);
				ours = nextMemory(weights, ours, t, g);
				expect(ours.stability).toBeCloseTo(theirs.stability, 4);
				expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 4);
			}
		}
	});

	it('counts, before any fit, the reviews a fit can use: the same count the fit itself checks', () => {
		const day = DEFAULT_SIMULATION.day;
		const start = Date.UTC(2024, 0, 10, 12);
		const hour = 3_600_000;
		const records: ReviewRecord[] = [
			{ card: 'a', rating: 3, reviewedAt: start, first: true },
			{ card: 'a', rating: 3, reviewedAt: start + hour, first: false },
			{ card: 'a', rating: 3, reviewedAt: start + 26 * hour, first: false },
			{ card: 'a', rating: 1, reviewedAt: start + 98 * hour, first: false },
			// Its first answer is not in the log: its reviews cannot be used.
			{ card: 'b', rating: 3, reviewedAt: start + 50 * hour, first: false }
		];
		expect(scheduledReviews(records, day)).toBe(2);
		for (const log of [simulatedLog(default_w, 20, 30), simulatedLog(default_w, 60, 120)]) {
			const result = optimize(log, day);
			const counted = scheduledReviews(log, day);
			expect(counted >= MIN_REVIEWS).toBe(result.status === 'fitted');
			if (result.status === 'too-few') expect(counted).toBe(result.reviews);
		}
	}, 120_000);

	it('says how many reviews are missing when the log is too small', () => {
		const result = optimize(simulatedLog(default_w, 20, 30), DEFAULT_SIMULATION.day);
		expect(result.status).toBe('too-few');
		if (result.status === 'too-few') expect(result.missing).toBe(MIN_REVIEWS - result.reviews);
	});

	it('the known weights explain data simulated from them better than the defaults do', () => {
		const cards = histories(simulatedLog(KNOWN, 300, 200), DEFAULT_SIMULATION.day);
		expect(logLoss(KNOWN, cards).loss).toBeLessThan(logLoss(default_w, cards).loss);
	});

	it('fits data simulated from known weights to a lower log loss than the defaults, on the later reviews (time split)', () => {
		const records = simulatedLog(KNOWN, 400, 240);
		const progress: number[] = [];
		const result = optimize(records, DEFAULT_SIMULATION.day, default_w, { steps: 30, onProgress: (done) => progress.push(done) });
		expect(result.status).toBe('fitted');
		if (result.status !== 'fitted') return;
		expect(result.after.count).toBe(result.before.count);
		expect(result.after.count).toBeGreaterThan(100);
		expect(result.after.loss).toBeLessThan(result.before.loss);
		expect(result.better).toBe(true);
		expect(result.weights).toHaveLength(21);
		// The fitted first-Again stability moves from the default (0.212) toward the learner's (0.1).
		expect(Math.abs(result.weights[0]! - KNOWN[0]!)).toBeLessThan(Math.abs(default_w[0]! - KNOWN[0]!));
		expect(progress.at(-1)).toBe(30);
	}, 60_000);

	it('on data from the default learner, refitting does not claim a big gain', () => {
		const result = optimize(simulatedLog(default_w, 300, 200, 3), DEFAULT_SIMULATION.day, default_w, { steps: 10 });
		expect(result.status).toBe('fitted');
		if (result.status === 'fitted') expect(result.before.loss - result.after.loss).toBeLessThan(0.01);
	}, 60_000);

	it('leaves out cards whose first review is not in the log', () => {
		const cards = histories(
			[
				{ card: 'a', rating: 3, reviewedAt: 1000, first: false },
				{ card: 'b', rating: 3, reviewedAt: 1000, first: true },
				{ card: 'b', rating: 1, reviewedAt: 1000 + 3 * 86_400_000, first: false }
			],
			DEFAULT_SIMULATION.day
		);
		expect(cards).toEqual([
			[
				{ rating: 3, reviewedAt: 1000, elapsed: 0 },
				{ rating: 1, reviewedAt: 1000 + 3 * 86_400_000, elapsed: 3 }
			]
		]);
	});
});
