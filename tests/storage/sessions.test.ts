import { beforeEach, describe, expect, it } from 'vitest';
import { installSet, reviewLog, testHistory, getCard, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { TestSession } from '../../src/lib/state/test-session.svelte';
import { Rating, State, type Grade } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { deviceWith } from '../helpers/device';

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
	db = await deviceWith(set, clock);
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
		const asked = session.ask;
		if (asked?.form !== 'choice') throw new Error(`expected a choice, got ${asked?.form}`);
		const wrong = asked.choices.findIndex((_, index) => index !== asked.correctChoice);
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

	it('taken as a class\'s live test: tells how far it is after each answer, and the saved result names the live test (a retry does not)', async () => {
		const answered: string[] = [];
		const finished: unknown[] = [];
		const live = { classId: 'class-1', liveId: 'live-1' };
		const session = new TestSession(
			{ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 4, onAnswered: (done, total) => answered.push(`${done}/${total}`), onFinished: (result) => finished.push(result) },
			{ count: 2, types: ['multiple_choice', 'true_false'], schedule: false, live }
		);
		await session.answer({ truth: true });
		await session.skip();
		expect(answered).toEqual(['1/2', '2/2']);
		expect(finished).toEqual([session.result]);
		expect(session.result).toMatchObject({ total: 2, live });
		expect((await testHistory(db, 'mini'))[0]).toMatchObject({ live });
		expect(session.retryOptions?.live).toBeUndefined();
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

/** Answers the question on screen rightly (or wrongly) and grades it as given. */
async function answerShown(session: StudySession, rating: Grade, right = true): Promise<string> {
	const ask = session.ask!;
	const id = session.card!.questionId;
	if (ask.form === 'typed') session.answer({ text: right ? ask.accepted[0]! : 'Nobody at all' });
	else if (ask.form === 'choice') session.answer({ choice: right ? ask.correctChoice : (ask.correctChoice + 1) % ask.choices.length });
	else if (ask.form === 'true_false') session.answer({ truth: right ? ask.truth : !ask.truth });
	else session.reveal();
	await session.grade(rating);
	return id;
}

describe('the end of a session', () => {
	it('counts cards, not answers, and a reload (a new session) still shows the whole day', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		// Each card answered wrongly first comes back after its learning step: 3 cards, 6 answers.
		for (let step = 0; step < 6 && session.card; step++) {
			clock += 11 * 60_000;
			await answerShown(session, step < 3 ? Rating.Again : Rating.Easy, step >= 3);
		}
		expect(session.card).toBeUndefined();
		expect(session.summary).toMatchObject({ practice: false, cards: 3, newCards: 3, reviews: 6, answered: 6, correct: 3, byRating: { 1: 3, 2: 0, 3: 0, 4: 3 } });

		const reloaded = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await reloaded.start();
		expect(reloaded.card).toBeUndefined();
		expect(reloaded.summary).toMatchObject({ cards: 3, reviews: 6, correct: 3 });
		// A later study day starts a new tally.
		clock += 60 * 86_400_000;
		const later = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await later.start();
		while (later.card) await answerShown(later, Rating.Good);
		expect(later.summary).toMatchObject({ cards: 3, newCards: 0, reviews: 3 });
	});

	it('"I don\'t know" shows the answer as given up, suggests Again, and a revealed flashcard suggests Good', async () => {
		const cards: QuestionSet = { ...set, id: 'cards', questions: [{ id: 'fc', type: 'flashcard', prompt: 'Capital of North Korea?', answer: 'Pyongyang' }, set.questions[0]!] };
		await installSet(db, cards, { builtin: false, now: clock });
		const session = new StudySession({ db, set: cards, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		expect(session.ask?.form).toBe('flashcard');
		session.reveal();
		expect(session.suggested).toBe(Rating.Good);
		await session.grade(session.suggested!);
		expect(session.ask?.form).toBe('typed');
		session.giveUp();
		expect(session.judgement).toMatchObject({ correct: false, how: 'gave_up' });
		expect(session.suggested).toBe(Rating.Again);
		await session.grade(Rating.Again);
		expect((await reviewLog(db, 'cards')).map((entry) => entry.answer?.how)).toEqual([undefined, 'gave_up']);
	});
});

describe('studying more once the day is done', () => {
	const big: QuestionSet = {
		...set,
		id: 'big',
		questions: Array.from({ length: 12 }, (_, i) => ({ id: `q${i + 1}`, type: 'true_false' as const, prompt: `Statement ${i + 1}.`, answer: true, provenance: { fact: `f${Math.floor(i / 2)}` } }))
	};
	const settings = { ...DEFAULT_SETTINGS, newPerDay: 4 };

	beforeEach(async () => {
		await installSet(db, big, { builtin: false, now: clock });
	});

	/** Answers until the session ends (Good: each new card twice, through its learning steps); the questions asked, once each. */
	async function finish(session: StudySession, rating: Grade = Rating.Good): Promise<string[]> {
		const seen: string[] = [];
		while (session.card) seen.push(await answerShown(session, rating));
		return [...new Set(seen)];
	}

	it('asks one question per fact before a second on any, and never two on one fact back to back', async () => {
		const session = new StudySession({ db, set: big, settings: { ...settings, newPerDay: 12 }, day, now });
		await session.start();
		const facts: string[] = [];
		while (session.card) {
			facts.push(big.questions.find((q) => q.id === session.card!.questionId)!.provenance!.fact!);
			await answerShown(session, facts.length <= 6 ? Rating.Again : Rating.Easy);
		}
		expect(new Set(facts.slice(0, 6)).size).toBe(6);
		facts.forEach((fact, index) => expect(fact === facts[index + 1] && facts.slice(index + 1).some((other) => other !== fact)).toBe(false));
	});

	it('offers more new questions, reviews ahead and practice, and more new questions today are scheduled as usual', async () => {
		const session = new StudySession({ db, set: big, settings, day, now });
		await session.start();
		expect(await finish(session)).toHaveLength(4);
		const choices = await session.studyMoreChoices();
		expect(choices).toMatchObject({ unseen: 8, newLimit: 4, studiable: 12, mistakes: 0 });
		expect(choices.ahead.map((option) => option.days)).toEqual([1, 3, 7]);
		expect(choices.ahead.at(-1)!.count).toBe(4);

		const more = new StudySession({ db, set: big, settings, day, now, more: { kind: 'new', limit: 4 + 3 } });
		await more.start();
		expect(more.counts).toEqual({ new: 3, learning: 0, review: 0 });
		expect(await finish(more)).toHaveLength(3);
		expect(new Set((await reviewLog(db, 'big')).map((entry) => entry.questionId)).size).toBe(7);
		// A reload of the same address finds nothing left of the raised limit.
		const reloaded = new StudySession({ db, set: big, settings, day, now, more: { kind: 'new', limit: 7 } });
		await reloaded.start();
		expect(reloaded.card).toBeUndefined();
	});

	it('reviews ahead the cards due in the next days, as early reviews', async () => {
		const session = new StudySession({ db, set: big, settings, day, now });
		await session.start();
		const studied = await finish(session);
		const dueBefore = await Promise.all(studied.map(async (id) => (await getCard(db, 'big', id))!.due));
		const days = Math.ceil((Math.max(...dueBefore) - clock) / 86_400_000) + 1;
		const ahead = new StudySession({ db, set: big, settings, day, now, more: { kind: 'ahead', days } });
		await ahead.start();
		expect(ahead.counts).toEqual({ new: 0, learning: 0, review: 4 });
		const before = (await reviewLog(db, 'big')).length;
		await finish(ahead, Rating.Good);
		const log = await reviewLog(db, 'big');
		expect(log.slice(before).map((entry) => [entry.questionId, entry.before.state, entry.reviewedAt])).toEqual(studied.map((id) => [id, State.Review, clock]));
		for (const id of studied) expect((await getCard(db, 'big', id))!.lastReview).toBe(clock);
	});

	it('practice asks every question, brings missed ones back in the round, and writes nothing at all', async () => {
		const first = new StudySession({ db, set: big, settings, day, now });
		await first.start();
		// One wrong answer today: a mistake to practise.
		await answerShown(first, Rating.Again, false);
		await finish(first);
		const cardsBefore = await db.getAll('cards');
		const logBefore = await reviewLog(db, 'big');
		expect((await first.studyMoreChoices()).mistakes).toBe(1);

		const practice = new StudySession({ db, set: big, settings, day, now, seed: 5, more: { kind: 'practice', only: 'all' } });
		await practice.start();
		expect(practice.practice).toBe(true);
		expect(practice.counts.new).toBe(12);
		expect(practice.options.map((option) => option.name ?? option.rating)).toEqual([Rating.Again, 'Got it']);
		// The first question missed comes back after three others.
		const missed = await answerShown(practice, Rating.Again, false);
		const next: string[] = [];
		for (let i = 0; i < 4; i++) next.push(await answerShown(practice, Rating.Good));
		expect(next.slice(0, 3)).not.toContain(missed);
		expect(next[3]).toBe(missed);
		// Undo in practice takes back the answer in memory.
		await practice.undo();
		expect(practice.card?.questionId).toBe(missed);
		await finish(practice, Rating.Good);
		expect(practice.summary).toMatchObject({ practice: true, cards: 12, firstTry: 11 });
		expect(await db.getAll('cards')).toEqual(cardsBefore);
		expect(await reviewLog(db, 'big')).toEqual(logBefore);

		const mistakes = new StudySession({ db, set: big, settings, day, now, more: { kind: 'practice', only: 'mistakes' } });
		await mistakes.start();
		expect(mistakes.counts.new).toBe(1);
		expect(mistakes.card?.questionId).toBe(logBefore[0]!.questionId);
	});
});

describe('retrying a test\'s mistakes', () => {
	it('asks only the questions got wrong, whatever their type', async () => {
		const test = new TestSession({ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 4 }, { count: 3, types: ['short_answer', 'multiple_choice', 'true_false'], schedule: false });
		for (const item of test.items) {
			if (item.ask.form === 'typed') await test.answer({ text: 'Putin' });
			else if (item.ask.form === 'choice') await test.answer({ choice: item.ask.correctChoice });
			else await test.answer({ truth: true });
		}
		expect(test.retryOptions).toMatchObject({ count: 2, schedule: false });
		const retry = new TestSession({ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 9 }, test.retryOptions!);
		expect(retry.items.map((item) => item.question.id).sort()).toEqual(['tf', 'who']);
		await retry.answer({ truth: false });
		await retry.answer({ text: 'Lukashenko' });
		expect(retry.result).toMatchObject({ total: 2, correct: 2 });
		expect(retry.retryOptions).toBeUndefined();
	});
});
