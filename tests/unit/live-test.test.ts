/** The teacher's live view in words, on fixed data: statuses, the tally, and results in the order they came. */
import { describe, expect, it } from 'vitest';
import type { LiveStudent, LiveView } from '$lib/formats/classes';
import { liveResults, liveStatusText, liveTally } from '$lib/core/live-test';

const student = (displayName: string, status: LiveStudent['status'], more: Partial<LiveStudent> = {}): LiveStudent => ({
	memberId: `m-${displayName}`,
	displayName,
	status,
	answered: 0,
	total: 4,
	correct: null,
	score: null,
	finishedAt: null,
	afterEnd: false,
	...more
});

const view: LiveView = {
	live: { id: 'live-1', classId: 'c', setId: 'river-facts', title: 'River facts', questionCount: 4, startedAt: 1000, endedAt: null },
	students: [
		student('Ana', 'finished', { answered: 4, correct: 3, score: 0.75, finishedAt: 5000 }),
		student('Ben', 'answering', { answered: 2 }),
		student('Cleo', 'not-started'),
		student('Dev', 'finished', { answered: 4, correct: 1, score: 0.25, finishedAt: 3000, afterEnd: true })
	]
};

describe('the live view in words', () => {
	it('says each student\'s status: not started, how far, or the score (marked when it came after the end)', () => {
		expect(view.students.map(liveStatusText)).toEqual(['75% (3 of 4)', 'Answering: 2 of 4', 'Not started', '25% (1 of 4), after the end']);
	});

	it('tallies the class, with the average of the results in', () => {
		expect(liveTally(view)).toBe('2 of 4 students finished · 1 answering · 1 not started · average 50%');
		expect(liveTally({ ...view, students: [student('Cleo', 'not-started')] })).toBe('0 of 1 student finished · 0 answering · 1 not started');
	});

	it('lists results in the order they finished, so that a new one is added at the end', () => {
		expect(liveResults(view).map((one) => one.displayName)).toEqual(['Dev', 'Ana']);
	});
});
