import { describe, expect, it } from 'vitest';
import { classDashboard, groupWrongAnswers, type DashboardInput, type QuestionCount } from '../../src/lib/core/class-dashboard';
import { hardestQuestions, questionsCsv, sortStudents, studentsCsv } from '../../src/lib/core/class-report';
import { validateAssign, validateJoinClass, validateTestReport } from '../../src/lib/formats/classes';

const T0 = Date.UTC(2024, 2, 4, 9);
const DAY = 86_400_000;

const set = {
	id: 'news-set',
	title: 'Visit to the exhibition',
	questions: [
		{ id: 'q1', type: 'short_answer' as const, prompt: 'Who visited?', answer: 'Shoigu' },
		{ id: 'q2', type: 'short_answer' as const, prompt: 'Where?', answer: 'Pyongyang' },
		{ id: 'q3', type: 'short_answer' as const, prompt: 'When?', answer: 'July' },
		{ id: 'q4', type: 'short_answer' as const, prompt: 'Why?', answer: 'Anniversary' }
	]
};

const members = [
	{ memberId: 'm-zoe', displayName: 'Zoe', joinedAt: T0 },
	{ memberId: 'm-ann', displayName: 'Ann', joinedAt: T0 },
	{ memberId: 'm-bo', displayName: 'Bo', joinedAt: T0 }
];

const count = (memberId: string, questionId: string, reviews: number, wrong: number, recallReviews: number, recalled: number, lastAt: number): QuestionCount => ({
	memberId,
	setId: 'news-set',
	questionId,
	reviews,
	wrong,
	recallReviews,
	recalled,
	lastAt
});

const input: DashboardInput = {
	classId: 'class-1',
	name: 'History 9B',
	members,
	assignments: [{ set, dueAt: T0 + 7 * DAY }],
	questionCounts: [
		// Ann: three of four questions, 6 reviews, of which 3 of cards seen before, 2 of those recalled.
		count('m-ann', 'q1', 3, 1, 2, 1, T0 + DAY),
		count('m-ann', 'q2', 2, 0, 1, 1, T0 + 2 * DAY),
		count('m-ann', 'q3', 1, 1, 0, 0, T0),
		// Zoe: one question, and a question since removed from the set (not counted).
		count('m-zoe', 'q2', 1, 1, 0, 0, T0 + 3 * DAY),
		count('m-zoe', 'q9', 5, 5, 5, 0, T0 + 4 * DAY)
	],
	wrongCounts: [
		{ setId: 'news-set', questionId: 'q2', given: 'Seoul', count: 1 },
		{ setId: 'news-set', questionId: 'q1', given: 'Kim', count: 1 },
		{ setId: 'news-set', questionId: 'q3', given: 'June', count: 1 },
		{ setId: 'news-set', questionId: 'q9', given: 'anything', count: 5 }
	],
	tests: [
		{ memberId: 'm-ann', setId: 'news-set', finishedAt: T0 + 2 * DAY, total: 4, correct: 2, scheduled: false, items: [{ questionId: 'q1', given: 'Kim ', correct: false }, { questionId: 'q2', given: 'Pyongyang', correct: true }, { questionId: 'q3', given: 'july', correct: true }, { questionId: 'q4', given: '', correct: false }] },
		{ memberId: 'm-ann', setId: 'news-set', finishedAt: T0 + 5 * DAY, total: 4, correct: 3, scheduled: true, items: [{ questionId: 'q1', given: 'Putin', correct: false }] },
		{ memberId: 'm-bo', setId: 'news-set', finishedAt: T0 + DAY, total: 4, correct: 4, scheduled: false, items: [{ questionId: 'q1', given: 'Shoigu', correct: true }] }
	]
};

describe('a class dashboard', () => {
	const board = classDashboard(input);
	const figures = board.sets[0]!;

	it('lists every student by name, with who has started', () => {
		expect(board.members.map((member) => member.displayName)).toEqual(['Ann', 'Bo', 'Zoe']);
		expect(figures.students.map((student) => [student.displayName, student.started])).toEqual([
			['Ann', true],
			['Bo', true],
			['Zoe', true]
		]);
		expect(figures.started).toBe(3);
		const quiet = classDashboard({ ...input, questionCounts: [], tests: [] }).sets[0]!;
		expect(quiet.started).toBe(0);
		expect(quiet.students[0]).toMatchObject({ started: false, progress: 0, reviews: 0, recall: null, lastStudiedAt: null, tests: 0, bestScore: null, lastScore: null });
	});

	it('gives each student progress through the set, recall on their reviews and test scores', () => {
		const [ann, bo, zoe] = figures.students;
		expect(ann).toEqual({
			memberId: 'm-ann',
			displayName: 'Ann',
			started: true,
			questionsSeen: 3,
			progress: 0.75,
			reviews: 6,
			recallReviews: 3,
			recall: 2 / 3,
			lastStudiedAt: T0 + 5 * DAY,
			tests: 2,
			bestScore: 0.75,
			lastScore: 0.75
		});
		expect(bo).toMatchObject({ questionsSeen: 0, progress: 0, reviews: 0, recall: null, tests: 1, bestScore: 1, lastScore: 1, lastStudiedAt: T0 + DAY });
		// Reviews of a question no longer in the set count for nothing.
		expect(zoe).toMatchObject({ questionsSeen: 1, progress: 0.25, reviews: 1, recallReviews: 0, recall: null, lastStudiedAt: T0 + 3 * DAY });
	});

	it('gives each question the share answered wrong and its commonest wrong answers, typed answers grouped', () => {
		const [q1, q2, q3, q4] = figures.questions;
		// q1: Ann's 3 reviews (1 wrong) and her unscheduled test's wrong "Kim "; Bo's test right. Her scheduled test is in her reviews already.
		expect(q1).toEqual({ questionId: 'q1', prompt: 'Who visited?', answered: 5, wrong: 2, wrongShare: 0.4, wrongAnswers: [{ answer: 'Kim', count: 2 }] });
		expect(q2).toMatchObject({ answered: 4, wrong: 1, wrongShare: 0.25, wrongAnswers: [{ answer: 'Seoul', count: 1 }] });
		expect(q3).toMatchObject({ answered: 2, wrong: 1, wrongShare: 0.5, wrongAnswers: [{ answer: 'June', count: 1 }] });
		// A blank answer is wrong but is no wrong answer to show.
		expect(q4).toEqual({ questionId: 'q4', prompt: 'Why?', answered: 1, wrong: 1, wrongShare: 1, wrongAnswers: [] });
		expect(figures.questions.map((question) => question.questionId)).not.toContain('q9');
	});

	it('groups typed answers that differ in case, spacing or a final full stop, shown as most typed them, commonest first', () => {
		const grouped = groupWrongAnswers(
			new Map([
				['Seoul', 2],
				['seoul.', 1],
				['  SEOUL ', 1],
				['Beijing', 3],
				['Kim Jong Un', 1],
				['kim  jong un', 2],
				['a', 1],
				['b', 1],
				['c', 1]
			])
		);
		expect(grouped).toEqual([
			{ answer: 'Seoul', count: 4 },
			{ answer: 'Beijing', count: 3 },
			{ answer: 'kim  jong un', count: 3 },
			{ answer: 'a', count: 1 },
			{ answer: 'b', count: 1 }
		]);
	});

	it('has a section per assigned set, in the order assigned, even with no work on it yet', () => {
		const other = { id: 'second-set', title: 'Second', questions: [{ id: 'x', type: 'short_answer' as const, prompt: 'X?', answer: 'x' }] };
		const board = classDashboard({ ...input, assignments: [...input.assignments, { set: other, dueAt: null }] });
		expect(board.sets.map((figures) => [figures.setId, figures.questionCount, figures.dueAt, figures.started])).toEqual([
			['news-set', 4, T0 + 7 * DAY, 3],
			['second-set', 1, null, 0]
		]);
	});
});

describe('class request bodies', () => {
	it('accept a display name and code, and name what is wrong otherwise', () => {
		expect(validateJoinClass({ code: 'ABCD-EFGH', displayName: '  Ann   Lee ' })).toEqual({ ok: true, value: { code: 'ABCD-EFGH', displayName: 'Ann Lee' } });
		expect(validateJoinClass({ code: 'ABCD-EFGH', displayName: '', email: 'a@b.c' })).toEqual({ ok: false, issues: ['email: is not a known field', 'displayName: must be a name of 1 to 40 characters'] });
	});

	it('check an assigned set with the question-set schema and the due date', () => {
		const valid = { format: 1, id: 'news-set', title: 'T', language: 'en', source: { title: 'S', publisher: 'P', date: '2023-07-27' }, questions: [{ id: 'q1', type: 'short_answer', prompt: 'Who?', answer: 'Me' }] };
		expect(validateAssign({ set: valid, dueAt: T0 }).ok).toBe(true);
		const wrong = validateAssign({ set: { ...valid, questions: [{ id: 'q1', type: 'short_answer', prompt: '', answer: 'Me' }] }, dueAt: 'Friday' });
		expect(wrong.ok).toBe(false);
		expect(wrong.ok ? [] : wrong.issues).toEqual(['dueAt: must be a time (ms) or null', 'set: question "q1", field "prompt": must not be empty']);
	});

	it('check each reported test, naming its place', () => {
		const test = { id: 'news-set:1709542800000', setId: 'news-set', finishedAt: T0, total: 4, correct: 5, scheduled: false, items: [{ questionId: 'q1', given: 'x', correct: 'no' }] };
		expect(validateTestReport({ tests: [test] })).toEqual({ ok: false, issues: ['tests[0].correct: must be a whole number from 0 to the total', 'tests[0].items[0]: must be { questionId, given, correct }'] });
		expect(validateTestReport({ tests: [{ ...test, correct: 3, items: [] }] }).ok).toBe(true);
	});
});

describe('the dashboard as the teacher reads it', () => {
	const board = classDashboard(input);
	const students = board.sets[0]!.students;

	it('sorts students by any column, those with no figure last either way', () => {
		expect(sortStudents(students, 'name', 'descending').map((student) => student.displayName)).toEqual(['Zoe', 'Bo', 'Ann']);
		expect(sortStudents(students, 'progress', 'descending').map((student) => student.displayName)).toEqual(['Ann', 'Zoe', 'Bo']);
		expect(sortStudents(students, 'progress', 'ascending').map((student) => student.displayName)).toEqual(['Bo', 'Zoe', 'Ann']);
		expect(sortStudents(students, 'bestScore', 'ascending').map((student) => student.displayName)).toEqual(['Ann', 'Bo', 'Zoe']);
		expect(sortStudents(students, 'bestScore', 'descending').map((student) => student.displayName)).toEqual(['Bo', 'Ann', 'Zoe']);
		expect(sortStudents(students, 'recall', 'descending').map((student) => student.displayName)).toEqual(['Ann', 'Bo', 'Zoe']);
	});

	it('exports a row per student and set, and a row per question, as CSV that a spreadsheet will not run', () => {
		const named = classDashboard({ ...input, members: [...members.slice(0, 2), { memberId: 'm-bo', displayName: '=HYPERLINK("x")', joinedAt: T0 }] });
		const csv = studentsCsv(named);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe('class,set,student,started,questions seen,questions in set,progress %,reviews,recall %,tests,best test %,last test %,last studied,due');
		expect(lines).toContain('History 9B,Visit to the exhibition,Ann,yes,3,4,75,6,67,2,75,75,2024-03-09,2024-03-11');
		expect(lines).toContain('History 9B,Visit to the exhibition,"\'=HYPERLINK(""x"")",yes,0,4,0,0,,1,100,100,2024-03-05,2024-03-11');
		const questions = questionsCsv(board).trimEnd().split('\r\n');
		expect(questions[1]).toBe('History 9B,Visit to the exhibition,q1,Who visited?,5,2,40,Kim (2)');
		expect(hardestQuestions(board.sets[0]!).map((question) => question.questionId)).toEqual(['q4', 'q3', 'q1', 'q2']);
	});
});
