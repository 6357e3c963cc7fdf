import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	ConflictError,
	DEFAULT_SETTINGS,
	getCard,
	getSettings,
	installSet,
	loadQueue,
	openDatabase,
	putSettings,
	recordReview,
	reviewLog,
	setProgress,
	type Database
} from '../../src/lib/storage/db';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler, State } from '../../src/lib/core/scheduler';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const now = Date.parse('2024-05-10T10:00:00Z');
const day = { dayStartHour: 4, offsetMinutes: 0 };
const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });

function makeSet(count: number, answer = 'yes'): QuestionSet {
	return {
		format: 1,
		id: 'demo',
		title: 'Demo',
		language: 'en',
		source: { title: 'Source', publisher: 'Desk', date: '2024-05-01' },
		questions: Array.from({ length: count }, (_, i) => ({
			id: `q${i + 1}`,
			type: 'flashcard' as const,
			prompt: `Question ${i + 1}?`,
			answer: i === 0 ? answer : 'yes'
		}))
	};
}

let db: Database;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
});

async function gradeFirst(rating: typeof Rating.Good | typeof Rating.Again, at = now, newOnly = false) {
	const queue = await loadQueue(db, 'demo', at, DEFAULT_SETTINGS, day);
	const card = newOnly ? queue.new[0]! : (queue.learning[0] ?? queue.review[0] ?? queue.new[0]!);
	const result = scheduler.grade(card, rating, at);
	await recordReview(db, {
		setId: 'demo',
		questionId: card.questionId,
		rating,
		reviewedAt: at,
		durationMs: 3000,
		before: card,
		after: result.card
	});
	return result.card;
}

describe('storage', () => {
	it('installs a set with one new card per question, in the set order', async () => {
		const report = await installSet(db, makeSet(30), { builtin: true, now });
		expect(report).toEqual({ added: 30, kept: 0, reset: [], removed: 0 });
		const queue = await loadQueue(db, 'demo', now, DEFAULT_SETTINGS, day);
		expect(queue.new.map((c) => c.questionId)).toEqual(Array.from({ length: 20 }, (_, i) => `q${i + 1}`));
		expect(queue.review).toHaveLength(0);
	});

	it('a grade writes the card and a log entry; the card leaves the new queue', async () => {
		await installSet(db, makeSet(3), { builtin: true, now });
		const after = await gradeFirst(Rating.Good);
		expect(after.state).toBe(State.Learning);
		const stored = await getCard(db, 'demo', 'q1');
		expect(stored).toEqual(after);
		const log = await reviewLog(db, 'demo');
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ questionId: 'q1', rating: Rating.Good, before: { state: State.New } });
		const queue = await loadQueue(db, 'demo', now, DEFAULT_SETTINGS, day);
		expect(queue.new.map((c) => c.questionId)).toEqual(['q2', 'q3']);
		expect(queue.learning.map((c) => c.questionId)).toEqual(['q1']);
	});

	it('counts new cards introduced today against the daily limit, and a new day resets it', async () => {
		await installSet(db, makeSet(30), { builtin: true, now });
		await putSettings(db, { ...DEFAULT_SETTINGS, newPerDay: 2 });
		const settings = await getSettings(db);
		await gradeFirst(Rating.Good);
		let queue = await loadQueue(db, 'demo', now + 1000, settings, day);
		expect(queue.new).toHaveLength(1);
		const tomorrow = now + 24 * 3_600_000;
		queue = await loadQueue(db, 'demo', tomorrow, settings, day);
		expect(queue.new).toHaveLength(2);
	});

	it('refuses a grade computed from a stale card and writes nothing', async () => {
		await installSet(db, makeSet(1), { builtin: true, now });
		const [card] = (await loadQueue(db, 'demo', now, DEFAULT_SETTINGS, day)).new;
		const first = scheduler.grade(card!, Rating.Good, now).card;
		await recordReview(db, { setId: 'demo', questionId: 'q1', rating: Rating.Good, reviewedAt: now, durationMs: 1, before: card!, after: first });
		const again = scheduler.grade(card!, Rating.Again, now + 5);
		await expect(
			recordReview(db, { setId: 'demo', questionId: 'q1', rating: Rating.Again, reviewedAt: now + 5, durationMs: 1, before: card!, after: again.card })
		).rejects.toBeInstanceOf(ConflictError);
		expect(await reviewLog(db, 'demo')).toHaveLength(1);
		expect(await getCard(db, 'demo', 'q1')).toEqual(first);
	});

	it('reinstalling keeps progress, resets a question whose answer changed, drops removed ones', async () => {
		await installSet(db, makeSet(3), { builtin: true, now });
		await gradeFirst(Rating.Good);
		await gradeFirst(Rating.Good, now + 1000, true);
		const changed = makeSet(2, 'no');
		const report = await installSet(db, changed, { builtin: true, now: now + 2000 });
		expect(report.reset).toEqual(['q1']);
		expect(report.kept).toBe(1);
		expect(report.removed).toBe(1);
		expect((await getCard(db, 'demo', 'q1'))?.state).toBe(State.New);
		expect((await getCard(db, 'demo', 'q2'))?.state).not.toBe(State.New);
		const progress = await setProgress(db, 'demo');
		expect(progress.total).toBe(2);
		expect(progress.unseen).toBe(1);
	});

	it('keeps everything across a close and reopen (a reload)', async () => {
		await installSet(db, makeSet(3), { builtin: true, now });
		await gradeFirst(Rating.Good);
		db.close();
		db = await openDatabase();
		expect(await reviewLog(db, 'demo')).toHaveLength(1);
		expect((await getCard(db, 'demo', 'q1'))?.state).toBe(State.Learning);
	});

	it('finds due reviews through the index on later days only when due', async () => {
		await installSet(db, makeSet(1), { builtin: true, now });
		const [card] = (await loadQueue(db, 'demo', now, DEFAULT_SETTINGS, day)).new;
		const easy = scheduler.grade(card!, Rating.Easy, now).card;
		await recordReview(db, { setId: 'demo', questionId: 'q1', rating: Rating.Easy, reviewedAt: now, durationMs: 1, before: card!, after: easy });
		expect(easy.state).toBe(State.Review);
		const before = await loadQueue(db, 'demo', easy.due - 24 * 3_600_000, DEFAULT_SETTINGS, day);
		expect(before.review).toHaveLength(0);
		const on = await loadQueue(db, 'demo', easy.due, DEFAULT_SETTINGS, day);
		expect(on.review.map((c) => c.questionId)).toEqual(['q1']);
	});

	it('reads reviews in due order, most overdue first, only up to the daily review cap', async () => {
		await installSet(db, makeSet(12), { builtin: true, now });
		const cards = (await loadQueue(db, 'demo', now, { ...DEFAULT_SETTINGS, newPerDay: 12 }, day)).new;
		for (const [i, card] of cards.entries()) {
			const review = { ...card, state: State.Review, due: now - i * 3_600_000, stability: 3, difficulty: 5, scheduledDays: 3, reps: 1, lastReview: now - 3 * 86_400_000 };
			await recordReview(db, { setId: 'demo', questionId: card.questionId, rating: Rating.Good, reviewedAt: now - 3 * 86_400_000, durationMs: 1, before: card, after: review });
		}
		const later = now + 86_400_000;
		const queue = await loadQueue(db, 'demo', later, { ...DEFAULT_SETTINGS, maxReviewsPerDay: 5 }, day);
		expect(queue.review.map((c) => c.questionId)).toEqual(['q12', 'q11', 'q10', 'q9', 'q8']);
	});
});
