import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { installSet, openDatabase, reviewLog, testHistory, getCard, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { TestSession } from '../../src/lib/state/test-session.svelte';
import { Rating, State } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const set: QuestionSet = {
	format: 1,
	id: 'mini',
	title: 'Mini',
	language: 'en',
	source: { title: 'S', publisher: 'P', date: '2024-01-01' },
	questions: [
		{ id: 'who', type: 'short_answer', prompt: 'Who leads Belarus?', answer: 'Alexander Lukashenko', accepted: ['Lukashenko'] },
		{ id: 'year', type: 'multiple_choice', prompt: 'When did the fighting stop?', choices: ['1950', '1953', '1945'], answer: 1 },
		{ id: 'tf', type: 'true_false', prompt: 'The armistice was a peace treaty.', answer: false }
	]
};
const day = { dayStartHour: 4, offsetMinutes: 0 };
let db: Database;
let clock = Date.parse('2024-03-01T09:00:00Z');
const now = () => clock;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
	await installSet(db, set, { builtin: false, now: clock });
});

describe('StudySession', () => {
	it('answers, suggests a rating, records the answer with the grade, and ends with a summary', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		expect(session.counts).toEqual({ new: 3, learning: 0, review: 0 });

		// A typed answer with a typo: right, suggested Hard.
		expect(session.ask?.form).toBe('typed');
		clock += 5000;
		session.answer({ text: 'Alexander Lukashanko' });
		expect(session.phase).toBe('feedback');
		expect(session.judgement?.how).toBe('typo');
		expect(session.suggested).toBe(Rating.Hard);
		await session.grade(session.suggested!);

		// A wrong choice, overruled is not offered for choices: rated Again.
		expect(session.ask?.form).toBe('choice');
		const wrong = session.ask!.choices.findIndex((_, index) => index !== session.ask!.correctChoice);
		session.answer({ choice: wrong });
		expect(session.judgement?.correct).toBe(false);
		expect(session.suggested).toBe(Rating.Again);
		await session.grade(Rating.Again);

		// A wrong true/false answer the learner then keeps as Good anyway.
		session.answer({ truth: true });
		expect(session.suggested).toBe(Rating.Again);
		await session.grade(Rating.Good);

		const log = await reviewLog(db, 'mini');
		expect(log.map((entry) => [entry.questionId, entry.rating, entry.answer?.how, entry.answer?.suggested])).toEqual([
			['who', Rating.Hard, 'typo', Rating.Hard],
			['year', Rating.Again, 'wrong', Rating.Again],
			['tf', Rating.Good, 'wrong', Rating.Again]
		]);
		expect(log[0]!.durationMs).toBe(5000);
		// The "Again" card comes back in a minute: the session continues with it.
		expect(session.card?.questionId).toBe('year');
	});

	it('"I was right" overrules a wrong typed verdict and the log says so', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		session.answer({ text: 'President of Belarus Lukashenko' });
		expect(session.judgement?.correct).toBe(false);
		session.overrule();
		expect(session.judgement?.how).toBe('overruled');
		expect(session.suggested).toBe(Rating.Good);
		await session.grade(Rating.Good);
		const [entry] = await reviewLog(db, 'mini');
		expect(entry?.answer).toMatchObject({ overruled: true, correct: true, given: 'President of Belarus Lukashenko' });
	});

	it('refuses an empty typed answer without recording anything', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		session.answer({ text: '   ' });
		expect(session.phase).toBe('ask');
		expect(session.error).toMatch(/Type an answer/);
		expect(await reviewLog(db, 'mini')).toHaveLength(0);
	});
});

describe('TestSession', () => {
	it('scores a test, keeps the result, and leaves the schedule alone unless asked', async () => {
		const test = new TestSession({ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 4 }, { count: 3, types: ['short_answer', 'multiple_choice', 'true_false'], schedule: false });
		for (const item of test.items) {
			if (item.ask.form === 'typed') await test.answer({ text: 'Lukashenko' });
			else if (item.ask.form === 'choice') await test.answer({ choice: item.ask.correctChoice });
			else await test.answer({ truth: true });
		}
		expect(test.result).toMatchObject({ total: 3, correct: 2, scheduled: false });
		expect(test.mistakes.map((item) => item.question.id)).toEqual(['tf']);
		expect(await reviewLog(db, 'mini')).toHaveLength(0);
		expect((await getCard(db, 'mini', 'tf'))?.state).toBe(State.New);
		const history = await testHistory(db, 'mini');
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({ total: 3, correct: 2 });
	});

	it('counts the answers as reviews when the learner asks', async () => {
		const test = new TestSession({ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 4 }, { count: 2, types: ['multiple_choice', 'true_false'], schedule: true });
		for (const item of test.items) {
			if (item.ask.form === 'choice') await test.answer({ choice: item.ask.correctChoice });
			else await test.answer({ truth: false });
		}
		const log = await reviewLog(db, 'mini');
		expect(log.map((entry) => entry.rating).sort()).toEqual([Rating.Good, Rating.Good]);
		expect((await getCard(db, 'mini', 'tf'))?.state).not.toBe(State.New);
	});

	it('counts them with the learner\'s own scheduler settings, and records the day and retention for a rebuild', async () => {
		const settings = { ...DEFAULT_SETTINGS, learningSteps: [], desiredRetention: 0.8, fuzz: false };
		const test = new TestSession({ db, set, settings, day, now, seed: 4 }, { count: 1, types: ['true_false'], schedule: true });
		await test.answer({ truth: false });
		const card = await getCard(db, 'mini', 'tf');
		// No learning steps: a new question answered rightly goes straight to review, days away.
		expect(card?.state).toBe(State.Review);
		expect(card!.due - clock).toBeGreaterThanOrEqual(86_400_000);
		const [entry] = await reviewLog(db, 'mini');
		expect(entry).toMatchObject({ day: { dayStartHour: day.dayStartHour, offsetMinutes: day.offsetMinutes }, retention: 0.8 });
	});
});

describe('drilling chosen questions', () => {
	it('asks exactly the drilled questions, due or not, in the order given, leaving suspended ones out', async () => {
		const { drillLinks } = await import('../../src/lib/core/drill');
		const { setSuspended } = await import('../../src/lib/storage/stats');
		// Study all three once so none is due today.
		const first = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await first.start();
		while (first.card && first.counts.new > 0) {
			if (first.ask?.form === 'typed') first.answer({ text: 'Lukashenko' });
			else if (first.ask?.form === 'choice') first.answer({ choice: first.ask.correctChoice });
			else first.answer({ truth: false });
			await first.grade(Rating.Easy);
		}
		await setSuspended(db, 'mini', 'year', true);
		const links = drillLinks([
			{ setId: 'mini', questionId: 'tf', suspended: false },
			{ setId: 'mini', questionId: 'year', suspended: true },
			{ setId: 'mini', questionId: 'who', suspended: false }
		]);
		expect(links).toEqual([{ setId: 'mini', count: 2, href: '/study?id=mini&drill=tf,who' }]);
		const drill = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now, drill: ['tf', 'year', 'who'] });
		await drill.start();
		expect(drill.counts).toEqual({ new: 0, learning: 0, review: 2 });
		expect(drill.card?.questionId).toBe('tf');
	});
});
