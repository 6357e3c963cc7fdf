import { describe, expect, it } from 'vitest';
import { afterGrade, buildQueue, isDue, nextCard, type QueueOptions } from '../../src/lib/core/queue';
import { newCard, State, type CardState } from '../../src/lib/core/scheduler';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 10:00 in UTC+9 on 2024-05-10.
const now = Date.parse('2024-05-10T10:00:00+09:00');
const options: QueueOptions = { dayStartHour: 4, offsetMinutes: 540, newPerDay: 3, newStudiedToday: 0 };

function card(id: string, state: State, due: number): CardState {
	return { ...newCard('s', id, 0), state, due, stability: 5, difficulty: 5, reps: 2, lastReview: due - DAY };
}

describe('buildQueue', () => {
	it('orders due learning cards, then due reviews, then new cards up to the daily limit', () => {
		const scheduled = [
			card('review-late-today', State.Review, Date.parse('2024-05-10T23:00:00+09:00')),
			card('review-overdue', State.Review, now - 3 * DAY),
			card('learning-due', State.Learning, now - 60_000),
			card('relearning-due', State.Relearning, now - 120_000),
			card('learning-later', State.Learning, now + 2 * HOUR),
			card('review-tomorrow', State.Review, Date.parse('2024-05-11T05:00:00+09:00'))
		];
		const fresh = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => newCard('s', id, 0));
		const queue = buildQueue(scheduled, fresh, now, options);
		expect(queue.learning.map((c) => c.questionId)).toEqual(['relearning-due', 'learning-due']);
		expect(queue.review.map((c) => c.questionId)).toEqual(['review-overdue', 'review-late-today']);
		expect(queue.new.map((c) => c.questionId)).toEqual(['n1', 'n2', 'n3']);
	});

	it('a review due at 02:00 tomorrow local time is still today (the day turns at 4:00)', () => {
		const due = Date.parse('2024-05-11T02:00:00+09:00');
		expect(isDue(card('r', State.Review, due), now, options)).toBe(true);
		expect(isDue(card('r', State.Review, Date.parse('2024-05-11T04:00:00+09:00')), now, options)).toBe(false);
	});

	it('the same instant is a different study day in another time zone', () => {
		const due = Date.parse('2024-05-10T20:00:00Z');
		const at = Date.parse('2024-05-10T12:00:00Z');
		// New York: 16:00 and 08:00 the same local day. Seoul: due at 05:00 next day, after the 4:00 turn.
		expect(isDue(card('r', State.Review, due), at, { dayStartHour: 4, offsetMinutes: -240 })).toBe(true);
		expect(isDue(card('r', State.Review, due), at, { dayStartHour: 4, offsetMinutes: 540 })).toBe(false);
	});

	it('new cards already introduced today count against the limit', () => {
		const fresh = ['n1', 'n2', 'n3'].map((id) => newCard('s', id, 0));
		expect(buildQueue([], fresh, now, { ...options, newStudiedToday: 2 }).new).toHaveLength(1);
		expect(buildQueue([], fresh, now, { ...options, newStudiedToday: 5 }).new).toHaveLength(0);
	});
});

describe('nextCard and afterGrade', () => {
	it('shows a learning card again when its step comes, and ends when nothing is left', () => {
		let queue = buildQueue([], [newCard('s', 'a', 0)], now, options);
		expect(nextCard(queue, now)?.questionId).toBe('a');
		const learning = { ...newCard('s', 'a', 0), state: State.Learning, due: now + 10 * 60_000 };
		queue = afterGrade(queue, learning, now, options);
		expect(queue.new).toHaveLength(0);
		// Nothing else to do: the learning card is shown early (within the 20-minute learn-ahead).
		expect(nextCard(queue, now)?.questionId).toBe('a');
		const graduated = { ...learning, state: State.Review, due: now + 3 * DAY };
		queue = afterGrade(queue, graduated, now, options);
		expect(nextCard(queue, now)).toBeUndefined();
	});

	it('prefers a review over a learning card that is not due yet', () => {
		const queue = {
			learning: [card('l', State.Learning, now + 5 * 60_000)],
			review: [card('r', State.Review, now - DAY)],
			new: []
		};
		expect(nextCard(queue, now)?.questionId).toBe('r');
		expect(nextCard({ ...queue, review: [] }, now)?.questionId).toBe('l');
		expect(nextCard({ ...queue, review: [] }, now - 30 * 60_000)).toBeUndefined();
	});
});
