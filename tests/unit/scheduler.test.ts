import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	formatInterval,
	newCard,
	Rating,
	Scheduler,
	State,
	type CardState
} from '../../src/lib/core/scheduler';
import { studyDay } from '../../src/lib/core/day';

const noFuzz = { ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false };
const start = Date.parse('2024-05-01T08:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('Scheduler (FSRS-6 through ts-fsrs)', () => {
	it('a new card graded Again or Good stays in short-term learning steps (1m, 10m)', () => {
		const scheduler = new Scheduler(noFuzz);
		const card = newCard('s', 'q', start);
		const preview = scheduler.preview(card, start);
		expect(preview[Rating.Again].interval).toBe(1 * MIN);
		expect(preview[Rating.Good].interval).toBe(10 * MIN);
		expect(preview[Rating.Good].card.state).toBe(State.Learning);
		expect(preview[Rating.Easy].card.state).toBe(State.Review);
		expect(preview[Rating.Easy].interval).toBeGreaterThanOrEqual(DAY);
	});

	it('intervals grow with each successful review and shrink after a lapse', () => {
		const scheduler = new Scheduler(noFuzz);
		let card: CardState = newCard('s', 'q', start);
		let now = start;
		const intervals: number[] = [];
		for (let i = 0; i < 6; i++) {
			const result = scheduler.grade(card, Rating.Good, now);
			card = result.card;
			intervals.push(result.interval);
			now = card.due;
		}
		expect(card.state).toBe(State.Review);
		const reviewIntervals = intervals.slice(2);
		for (let i = 1; i < reviewIntervals.length; i++) expect(reviewIntervals[i]!).toBeGreaterThan(reviewIntervals[i - 1]!);
		const lapse = scheduler.grade(card, Rating.Again, now);
		expect(lapse.card.state).toBe(State.Relearning);
		expect(lapse.card.lapses).toBe(1);
		expect(lapse.interval).toBe(10 * MIN);
	});

	it('grading is a pure function of card, rating and time', () => {
		const a = new Scheduler(DEFAULT_SCHEDULER_SETTINGS).grade(newCard('s', 'q', start), Rating.Easy, start);
		const b = new Scheduler(DEFAULT_SCHEDULER_SETTINGS).grade(newCard('s', 'q', start), Rating.Easy, start);
		expect(a).toEqual(b);
	});

	it('higher desired retention gives shorter intervals', () => {
		const card = new Scheduler(noFuzz).grade(newCard('s', 'q', start), Rating.Easy, start).card;
		const later = card.due;
		const loose = new Scheduler({ ...noFuzz, desiredRetention: 0.8 }).grade(card, Rating.Good, later).interval;
		const strict = new Scheduler({ ...noFuzz, desiredRetention: 0.95 }).grade(card, Rating.Good, later).interval;
		expect(strict).toBeLessThan(loose);
	});

	it('counts elapsed days by the learner\'s 4:00 day boundary, not UTC midnight', () => {
		// Seoul, UTC+9. Reviewed at 23:00 local on day 1, again at 03:00 local: same study day.
		const options = { ...noFuzz, offsetMinutes: 540 };
		const scheduler = new Scheduler(options);
		const first = Date.parse('2024-05-01T23:00:00+09:00');
		const card = scheduler.grade(newCard('s', 'q', first), Rating.Easy, first).card;
		const reviewed = scheduler.grade(card, Rating.Good, Date.parse('2024-05-02T03:00:00+09:00'));
		const lastDay = studyDay(reviewed.card.lastReview!, options);
		expect(lastDay).toBe(studyDay(first, options));
		// And the due date lands on a whole study day: review-card due keeps the time of day.
		expect(reviewed.card.state).toBe(State.Review);
	});

	it('retrievability is 0 for a new card and falls with time for a studied one', () => {
		const scheduler = new Scheduler(noFuzz);
		const card = scheduler.grade(newCard('s', 'q', start), Rating.Easy, start).card;
		expect(scheduler.retrievability(newCard('s', 'q', start), start)).toBe(0);
		const soon = scheduler.retrievability(card, start + DAY);
		const late = scheduler.retrievability(card, start + 60 * DAY);
		expect(soon).toBeGreaterThan(late);
		expect(soon).toBeLessThanOrEqual(1);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '<1m'],
		[MIN, '1m'],
		[10 * MIN, '10m'],
		[3 * 60 * MIN, '3h'],
		[DAY, '1d'],
		[4 * DAY, '4d'],
		[45 * DAY, '1.5mo'],
		[730 * DAY, '2y']
	])('%d ms reads %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
