import { describe, expect, it } from 'vitest';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { computeStats, DEFAULT_DECAY, formatDuration, HEATMAP_DAYS, retrievability, streaks, type StatsCard, type StatsReview } from '../../src/lib/core/stats';
import { DAY, HOUR } from '../../src/lib/core/day';
import { newCard, State, type Grade } from '../../src/lib/core/card';

// 2024-06-10 12:00 UTC; the study day starts at 4:00, UTC.
const NOW = Date.UTC(2024, 5, 10, 12);
const options = { now: NOW, dayStartHour: 4, offsetMinutes: 0, leechThreshold: 8 };

function review(questionId: string, at: number, rating: Grade, state: State = State.Review, scheduledDays = 3, durationMs = 5000): StatsReview {
	return { setId: 's', questionId, rating, reviewedAt: at, durationMs, before: { state, scheduledDays } };
}

function card(questionId: string, fields: Partial<StatsCard>): StatsCard {
	return { ...newCard('s', questionId, NOW - 30 * DAY), ...fields };
}

describe('statistics', () => {
	it('counts reviews per study day for a year, the day starting at 4:00', () => {
		const stats = computeStats(
			[review('a', NOW - 2 * DAY, 3), review('b', NOW - 2 * DAY, 3), review('a', Date.UTC(2024, 5, 10, 2), 3), review('a', NOW, 3)],
			[],
			options
		);
		expect(stats.heatmap).toHaveLength(HEATMAP_DAYS);
		expect(stats.heatmap.at(-1)).toEqual({ date: '2024-06-10', count: 1 });
		// 2:00 on the 10th still belongs to the 9th.
		expect(stats.heatmap.at(-2)).toEqual({ date: '2024-06-09', count: 1 });
		expect(stats.heatmap.at(-3)).toEqual({ date: '2024-06-08', count: 2 });
		expect(stats.time).toMatchObject({ reviewsToday: 1, reviewsTotal: 4, todayMs: 5000, totalMs: 20000, daysStudied: 3 });
	});

	it('true retention counts only the first review of the day of cards in review, young and mature apart', () => {
		const stats = computeStats(
			[
				review('young', NOW - 1 * HOUR, 3, State.Review, 5),
				review('young', NOW - 0.5 * HOUR, 1, State.Review, 5), // second that day: not counted
				review('mature', NOW - 2 * HOUR, 1, State.Review, 30),
				review('new', NOW - 2 * HOUR, 1, State.New, 0), // not a review card
				review('old', NOW - 20 * DAY, 3, State.Review, 40)
			],
			[],
			options
		);
		const [today, week, month, year] = stats.retention;
		expect(today).toMatchObject({ period: 'today', young: { passed: 1, total: 1 }, mature: { passed: 0, total: 1 }, all: { passed: 1, total: 2 } });
		expect(week!.all).toEqual({ passed: 1, total: 2 });
		expect(month!.mature).toEqual({ passed: 1, total: 2 });
		expect(year!.all).toEqual({ passed: 2, total: 3 });
	});

	it('forecasts due cards for 30 days (overdue today), counts states, leeches and suspended cards', () => {
		const stats = computeStats(
			[],
			[
				card('new', {}),
				card('overdue', { state: State.Review, due: NOW - 3 * DAY, scheduledDays: 4, stability: 4, lastReview: NOW - 7 * DAY }),
				card('tomorrow', { state: State.Review, due: NOW + DAY, scheduledDays: 30, stability: 30, lastReview: NOW - 29 * DAY }),
				card('later', { state: State.Review, due: NOW + 60 * DAY, scheduledDays: 90, stability: 90, lastReview: NOW - 30 * DAY }),
				card('learning', { state: State.Learning, due: NOW + 10 * 60_000, stability: 1, lastReview: NOW }),
				card('leech', { state: State.Relearning, due: NOW, lapses: 9, stability: 0.5, lastReview: NOW - DAY }),
				card('parked', { state: State.Review, due: NOW, scheduledDays: 2, lapses: 8, stability: 2, lastReview: NOW - 2 * DAY, suspended: true })
			],
			options
		);
		expect(stats.forecast).toHaveLength(30);
		expect(stats.forecast[0]).toEqual({ date: '2024-06-10', count: 3 });
		expect(stats.forecast[1]).toEqual({ date: '2024-06-11', count: 1 });
		expect(stats.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(4);
		expect(stats.cards).toEqual({ new: 1, learning: 1, relearning: 1, young: 1, mature: 2, suspended: 1, leeches: 2, total: 7 });
		expect(stats.hardest.map((q) => q.questionId).slice(0, 2)).toEqual(['leech', 'parked']);
		expect(stats.hardest[0]).toMatchObject({ leech: true, suspended: false, lapses: 9 });
		expect(stats.hardest[1]).toMatchObject({ leech: true, suspended: true });
		// Never forgotten: listed only when slipping (recall under 90%), lowest first; new and fresh cards are not.
		const rest = stats.hardest.slice(2);
		expect(rest.map((q) => q.questionId)).toEqual(['overdue']);
		expect(rest[0]!.retrievability).toBeLessThan(0.9);
	});

	it('streaks: the current run ends today or yesterday; the longest is kept', () => {
		expect(streaks(new Map([[10, 1], [9, 2], [8, 1], [5, 1], [4, 1]]), 10)).toEqual({ current: 3, longest: 3 });
		expect(streaks(new Map([[9, 1], [8, 1]]), 10)).toEqual({ current: 2, longest: 2 });
		expect(streaks(new Map([[7, 1], [3, 1], [2, 1], [1, 1], [0, 1]]), 10)).toEqual({ current: 0, longest: 4 });
		expect(streaks(new Map(), 10)).toEqual({ current: 0, longest: 0 });
	});

	it('computes recall with the same forgetting curve as ts-fsrs, without loading it', () => {
		expect(DEFAULT_DECAY).toBe(default_w[20]);
		const other = [...default_w];
		other[20] = 0.4;
		for (const [t, s] of [[1, 1], [10, 3.5], [100, 40], [0.2, 0.5]] as const) {
			expect(retrievability(t, s)).toBeCloseTo(forgetting_curve(default_w, t, s), 7);
			expect(retrievability(t, s, other)).toBeCloseTo(forgetting_curve(other, t, s), 7);
		}
	});

	it('formats time studied', () => {
		expect(formatDuration(40_000)).toBe('40 s');
		expect(formatDuration(12 * 60_000)).toBe('12 min');
		expect(formatDuration(65 * 60_000)).toBe('1 h 5 min');
	});
});
