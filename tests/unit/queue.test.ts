import { describe, expect, it } from 'vitest';
import { afterGrade, buildQueue, factsOfSet, isDue, nextCard, type QueueOptions } from '../../src/lib/core/queue';
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

describe('questions on one fact are kept apart', () => {
	// Two facts of three questions each, one of two, and a question on no fact, in a teacher's order.
	const questions = [
		{ id: 'visit-1', provenance: { fact: 'visit' } },
		{ id: 'visit-2', provenance: { fact: 'visit' } },
		{ id: 'visit-3', provenance: { fact: 'visit' } },
		{ id: 'war-1', provenance: { fact: 'war' } },
		{ id: 'war-2', provenance: { fact: 'war' } },
		{ id: 'loose' },
		{ id: 'claim-1', provenance: { sentence: 'Kim said so.' } },
		{ id: 'claim-2', provenance: { sentence: ' Kim said so. ' } }
	];
	const facts = factsOfSet(questions);
	const fresh = questions.map((question) => newCard('s', question.id, 0));

	it('a question\'s fact is its provenance.fact, else its source sentence', () => {
		expect(facts.factOf.get('visit-2')).toBe('visit');
		expect(facts.factOf.get('claim-1')).toBe(facts.factOf.get('claim-2'));
		expect(facts.factOf.has('loose')).toBe(false);
		expect([...facts.rankOf]).toEqual([['visit-1', 0], ['visit-2', 1], ['visit-3', 2], ['war-1', 0], ['war-2', 1], ['claim-1', 0], ['claim-2', 1]]);
	});

	it('new cards come first question of every fact first, so one day\'s new cards are on different facts', () => {
		const queue = buildQueue([], fresh, now, { ...options, newPerDay: 4, facts });
		expect(queue.new.map((c) => c.questionId)).toEqual(['visit-1', 'war-1', 'loose', 'claim-1']);
		const all = buildQueue([], fresh, now, { ...options, newPerDay: 20, facts });
		expect(all.new.map((c) => c.questionId)).toEqual(['visit-1', 'war-1', 'loose', 'claim-1', 'visit-2', 'war-2', 'claim-2', 'visit-3']);
		// The next day, with the first round studied, the second questions come.
		const later = buildQueue([], fresh.filter((c) => !['visit-1', 'war-1', 'loose', 'claim-1'].includes(c.questionId)), now, { ...options, newPerDay: 2, facts });
		expect(later.new.map((c) => c.questionId)).toEqual(['visit-2', 'war-2']);
	});

	it('in a session, a card on the fact just asked waits while another can go first', () => {
		const queue = {
			learning: [card('visit-1', State.Learning, now - 60_000)],
			review: [card('visit-2', State.Review, now - DAY), card('war-1', State.Review, now - DAY)],
			new: [newCard('s', 'visit-3', 0)]
		};
		const apart = { factOf: facts.factOf, last: 'visit-3' };
		expect(nextCard(queue, now)?.questionId).toBe('visit-1');
		expect(nextCard(queue, now, apart)?.questionId).toBe('war-1');
		expect(nextCard(queue, now, { ...apart, last: 'war-2' })?.questionId).toBe('visit-1');
		expect(nextCard(queue, now, { ...apart, last: 'loose' })?.questionId).toBe('visit-1');
		// Only siblings left: the session goes on with them rather than stopping.
		const siblingsOnly = { learning: [], review: [card('visit-2', State.Review, now - DAY)], new: [] };
		expect(nextCard(siblingsOnly, now, apart)?.questionId).toBe('visit-2');
		// A learning card not yet due within the learn-ahead window is still not shown early if others wait.
		const ahead = { learning: [card('war-2', State.Learning, now + 5 * 60_000)], review: [], new: [newCard('s', 'visit-3', 0)] };
		expect(nextCard(ahead, now, { factOf: facts.factOf, last: 'visit-1' })?.questionId).toBe('war-2');
		expect(nextCard({ ...ahead, learning: [card('war-2', State.Learning, now + 30 * 60_000)] }, now, { factOf: facts.factOf, last: 'visit-1' })?.questionId).toBe('visit-3');
	});
});
