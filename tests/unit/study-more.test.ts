import { describe, expect, it } from 'vitest';
import { practiceAgain, studyMoreFromLocation, studyMoreHref } from '../../src/lib/core/study-more';
import { missedToday, summarizeReviews, type ReviewRecord } from '../../src/lib/core/summary';
import { Rating, State } from '../../src/lib/core/card';

describe('study more', () => {
	it('travels in the study page\'s address, so a reload keeps it', () => {
		for (const more of [{ kind: 'new', limit: 30 }, { kind: 'ahead', days: 3 }, { kind: 'practice', only: 'all' }, { kind: 'practice', only: 'mistakes' }] as const) {
			const href = studyMoreHref('shoigu-pyongyang-2023', more);
			expect(href.startsWith('/study?id=shoigu-pyongyang-2023&more=')).toBe(true);
			expect(studyMoreFromLocation(href.slice(href.indexOf('?')))).toEqual(more);
		}
	});

	it('ignores what it cannot read', () => {
		for (const search of ['?id=a', '?more=new', '?more=new&limit=0', '?more=new&limit=-4', '?more=new&limit=1e9', '?more=ahead&days=400', '?more=ahead&days=x', '?more=cram']) {
			expect(studyMoreFromLocation(search)).toBeUndefined();
		}
	});

	it('practice puts a missed question back three places later, or last when fewer are left', () => {
		expect(practiceAgain(['b', 'c', 'd', 'e'], 'a')).toEqual(['b', 'c', 'd', 'a', 'e']);
		expect(practiceAgain(['b'], 'a')).toEqual(['b', 'a']);
		expect(practiceAgain([], 'a')).toEqual(['a']);
	});
});

describe('the day\'s summary from the review log', () => {
	const entry = (questionId: string, rating: 1 | 2 | 3 | 4, state: State, correct?: boolean): ReviewRecord => ({
		questionId,
		rating,
		durationMs: 4000,
		before: { state },
		...(correct === undefined ? {} : { answer: { correct } })
	});

	it('counts each card once however often it came back, and every answer', () => {
		const log = [
			entry('a', Rating.Again, State.New, false),
			entry('b', Rating.Good, State.New),
			entry('a', Rating.Good, State.Learning, true),
			entry('b', Rating.Good, State.Learning),
			entry('c', Rating.Hard, State.Review, true),
			entry('a', Rating.Good, State.Learning, true)
		];
		expect(summarizeReviews(log)).toEqual({ cards: 3, newCards: 2, reviews: 6, answered: 4, correct: 3, byRating: { 1: 1, 2: 1, 3: 4, 4: 0 }, durationMs: 24_000 });
		expect(missedToday(log)).toEqual(['a']);
		expect(summarizeReviews([])).toMatchObject({ cards: 0, reviews: 0 });
	});
});
