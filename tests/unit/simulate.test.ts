import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/lib/core/day';
import { Rating } from '../../src/lib/core/scheduler';
import { default_w } from 'ts-fsrs';
import { ANKI_SM2, compareReports, DEFAULT_SIMULATION, reviewsPerQuestionYear, LEITNER, matchRetention, runSimulation, SM2, simulateAnkiSm2, simulateFactdrill, simulateLeitner, simulateSm2, type SimulatedReview } from '../../src/lib/core/simulate';

const small = { ...DEFAULT_SIMULATION, questions: 200, days: 120 };

describe('simulated learner', () => {
	it('is seeded: the same options give the same run, another seed another', () => {
		expect(simulateFactdrill(0.9, small)).toEqual(simulateFactdrill(0.9, small));
		expect(simulateFactdrill(0.9, { ...small, seed: 7 })).not.toEqual(simulateFactdrill(0.9, small));
	});

	it('studies through the real queue: 20 new questions a day, learning steps the same day', () => {
		const days: number[] = [];
		simulateFactdrill(0.9, { ...small, days: 2 }, (review) => days.push(review.reviewedAt));
		const first = days.filter((time) => time < small.start + 86_400_000);
		// 20 first sights plus at least one same-day learning step each (1m, 10m).
		expect(first.length).toBeGreaterThan(40);
	});

	it('measured retention follows the desired retention, and higher retention costs more reviews', () => {
		const low = simulateFactdrill(0.8, small);
		const high = simulateFactdrill(0.95, small);
		expect(Math.abs(low.measured - 0.8)).toBeLessThan(0.03);
		expect(Math.abs(high.measured - 0.95)).toBeLessThan(0.03);
		expect(high.reviews).toBeGreaterThan(low.reviews);
	});

	it('runs SM-2, Anki SM-2 and Leitner on the same learner, with the same same-day steps as Factdrill', () => {
		const firstDay = (run: (onReview: (review: SimulatedReview) => void) => unknown) => {
			const answers: SimulatedReview[] = [];
			run((review) => answers.push(review));
			return answers.filter((review) => review.reviewedAt < small.start + DAY);
		};
		const factdrill = firstDay((onReview) => simulateFactdrill(0.9, small, onReview));
		const runs = [simulateSm2(small), simulateAnkiSm2(small), simulateLeitner(small)];
		for (const run of runs) {
			expect(run.measured).toBeGreaterThan(0.6);
			expect(run.measured).toBeLessThan(1);
			// First sights and same-day steps come on top of the scheduled reviews.
			expect(run.reviews).toBeGreaterThan(run.scheduledReviews + 200);
		}
		// Day one has no scheduled reviews yet: every schedule gives the same answers to the same learner.
		for (const baseline of [simulateSm2, simulateAnkiSm2, simulateLeitner]) expect(firstDay((onReview) => baseline(small, onReview))).toEqual(factdrill);
		expect(new Set(runs.map((run) => run.reviews)).size).toBe(3);
	});

	it('baselines space reviews as published: SM-2 1, 6, then × ease; Anki 1, then × 1.2 / × ease / × ease × 1.3; Leitner doubling', () => {
		const walk = <T extends { interval: number }>(schedule: { start: T; graduate(state: T, rating: 1 | 2 | 3 | 4): T; pass(state: T, rating: 1 | 2 | 3 | 4): T }, ratings: Array<1 | 2 | 3 | 4>) => {
			let state = schedule.graduate(schedule.start, Rating.Good);
			const intervals = [state.interval];
			for (const rating of ratings) intervals.push((state = schedule.pass(state, rating)).interval);
			return intervals;
		};
		const good = [Rating.Good, Rating.Good, Rating.Good, Rating.Good] as Array<1 | 2 | 3 | 4>;
		expect(walk(SM2, good)).toEqual([1, 6, 15, 38, 95]);
		expect(walk(ANKI_SM2, good)).toEqual([1, 3, 8, 20, 50]);
		expect(walk(LEITNER, good)).toEqual([1, 2, 4, 8, 16]);
		// Anki: Hard multiplies by 1.2 (at least a day more) and costs 0.15 ease; Easy × ease × 1.3.
		expect(walk(ANKI_SM2, [Rating.Hard, Rating.Hard, Rating.Good])).toEqual([1, 2, 3, 7]);
		expect(walk(ANKI_SM2, [Rating.Easy])).toEqual([1, 4]);
		expect(ANKI_SM2.graduate(ANKI_SM2.start, Rating.Easy).interval).toBe(4);
		// SM-2: a Hard answer (quality 3) lowers the ease by 0.14, never below 1.3.
		let sm2 = SM2.graduate(SM2.start, Rating.Good);
		for (let i = 0; i < 20; i++) sm2 = SM2.pass(sm2, Rating.Hard);
		expect(sm2.ease).toBe(1.3);
		// A lapse starts the intervals over; Anki also takes 0.20 off the ease.
		expect(SM2.graduate(SM2.lapse(SM2.pass(SM2.pass(SM2.graduate(SM2.start, 3), 3), 3)), 1)).toMatchObject({ repetition: 1, interval: 1, ease: 2.5 });
		const anki = ANKI_SM2.lapse(ANKI_SM2.pass(ANKI_SM2.graduate(ANKI_SM2.start, 3), 3));
		expect(anki.ease).toBeCloseTo(2.3);
		expect(ANKI_SM2.graduate(anki, Rating.Good).interval).toBe(1);
		expect(LEITNER.graduate(LEITNER.lapse(LEITNER.pass(LEITNER.start, Rating.Good)), Rating.Good).interval).toBe(1);
	});

	it('counts what the learner knows: more at a higher desired retention, never more than the questions seen', () => {
		const low = simulateFactdrill(0.8, small);
		const high = simulateFactdrill(0.95, small);
		expect(high.known).toBeGreaterThan(low.known);
		expect(high.known).toBeLessThan(200);
		expect(low.known).toBeGreaterThan(100);
	});

	it('finds the desired retention at which Factdrill reaches a given measured retention', () => {
		const { desired, run } = matchRetention(0.85, small, 6);
		expect(run.measured).toBeGreaterThanOrEqual(0.85);
		expect(run.measured).toBeLessThan(0.88);
		expect(desired).toBeGreaterThan(0.8);
	});

	it('reports JSON in the shape the issue asks for', () => {
		const report = runSimulation({ ...small, questions: 60, days: 60 });
		expect(Object.keys(report)).toEqual(['targets', 'baselines']);
		expect(report.targets.map((target) => target.desired)).toEqual([0.8, 0.85, 0.9, 0.95]);
		// The fields first; the knowledge figures follow.
		for (const target of report.targets) expect(Object.keys(target)).toEqual(['desired', 'measured', 'reviews', 'known']);
		expect(Object.keys(report.baselines)).toEqual(['sm2', 'anki_sm2', 'leitner']);
		for (const baseline of Object.values(report.baselines)) {
			expect(Object.keys(baseline)).toEqual(['measured', 'reviews', 'factdrill_reviews_at_same_retention', 'known', 'factdrill_reviews_at_same_knowledge']);
			expect(baseline.factdrill_reviews_at_same_knowledge).toBeGreaterThan(0);
		}
	});

	it('summarises several learners: the change in Factdrill\'s reviews per baseline, with median and range', () => {
		const report = (sm2: number, atRetention: number, atKnowledge: number) => {
			const baseline = { measured: 0.9, reviews: sm2, factdrill_reviews_at_same_retention: atRetention, known: 800, factdrill_reviews_at_same_knowledge: atKnowledge };
			return { targets: [], baselines: { sm2: baseline, anki_sm2: baseline, leitner: baseline } };
		};
		const summary = compareReports([report(1000, 1100, 900), report(1000, 950, 1000), report(2000, 2300, 1900)]);
		expect(summary.sm2.same_retention).toEqual({ changes: [10, -5, 15], median: 10, min: -5, max: 15 });
		expect(summary.leitner.same_knowledge).toEqual({ changes: [-10, 0, -5], median: -5, min: -10, max: 0 });
		expect(compareReports([report(1000, 1100, 900), report(1000, 1000, 900)]).anki_sm2.same_retention.median).toBe(5);
	});

	it('estimates the workload for the settings page from the learner\'s own steps and fitted weights', () => {
		const steps = { learningSteps: ['1m', '10m'], relearningSteps: ['10m'] } as const;
		const at90 = reviewsPerQuestionYear(0.9, steps);
		expect(reviewsPerQuestionYear(0.97, steps)).toBeGreaterThan(at90 * 1.3);
		expect(reviewsPerQuestionYear(0.8, steps)).toBeLessThan(at90);
		// Without same-day steps, fewer answers (none the same day after first sight or a lapse).
		expect(reviewsPerQuestionYear(0.9, { learningSteps: [], relearningSteps: [] })).toBeLessThan(at90 - 0.5);
		// A learner whose first memories last a quarter as long needs more answers.
		const forgetful = default_w.map((w, i) => (i < 4 ? w / 4 : w));
		expect(reviewsPerQuestionYear(0.9, { ...steps, weights: forgetful })).toBeGreaterThan(at90 + 1);
		expect(reviewsPerQuestionYear(0.9, steps)).toBe(at90);
	});
});
