import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATION, matchRetention, runSimulation, simulateFactdrill, simulateLeitner, simulateSm2 } from '../../src/lib/core/simulate';

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

	it('runs SM-2 and Leitner on the same learner', () => {
		const sm2 = simulateSm2(small);
		const leitner = simulateLeitner(small);
		for (const run of [sm2, leitner]) {
			expect(run.measured).toBeGreaterThan(0.6);
			expect(run.measured).toBeLessThan(1);
			// Every question seen once, then scheduled reviews.
			expect(run.reviews).toBe(run.scheduledReviews + 200);
		}
		expect(sm2).not.toEqual(leitner);
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
		for (const target of report.targets) expect(Object.keys(target)).toEqual(['desired', 'measured', 'reviews']);
		expect(Object.keys(report.baselines)).toEqual(['sm2', 'leitner']);
		for (const baseline of Object.values(report.baselines)) expect(Object.keys(baseline)).toEqual(['measured', 'reviews', 'factdrill_reviews_at_same_retention']);
	});
});
