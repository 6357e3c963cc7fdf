import { beforeEach, describe, expect, it } from 'vitest';
import { reviewLog, reviewSpan, getCard, recordReview, todaysProgress, todaysReviews, undoLastReview, ConflictError, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { collectStats, optimizerRecords } from '../../src/lib/storage/stats';
import { exportEverything } from '../../src/lib/storage/backup';
import { rebuild } from '../../src/lib/state/durability';
import { LOG_ENTRY_ID } from '../../src/lib/core/records';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { Rating, State } from '../../src/lib/core/card';
import { Scheduler } from '../../src/lib/core/scheduler';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { deviceWith } from '../helpers/device';

const set: QuestionSet = {
	format: 1,
	id: 'mini',
	title: 'Mini',
	language: 'en',
	source: { title: 'S', publisher: 'P', date: '2024-01-01' },
	questions: [
		{ id: 'a', type: 'flashcard', prompt: 'A?', answer: 'a' },
		{ id: 'b', type: 'flashcard', prompt: 'B?', answer: 'b' },
		{ id: 'c', type: 'flashcard', prompt: 'C?', answer: 'c' }
	]
};
const day = { dayStartHour: 4, offsetMinutes: 0 };
let db: Database;
let clock: number;
const now = () => clock;

beforeEach(async () => {
	clock = Date.parse('2024-03-01T09:00:00Z');
	db = await deviceWith(set, clock);
});

async function gradeShown(session: StudySession, rating: 1 | 2 | 3 | 4): Promise<string> {
	const id = session.card!.questionId;
	session.reveal();
	clock += 4000;
	await session.grade(rating);
	return id;
}

describe('undo', () => {
	it('takes back the last grade in one step: previous card state back, log entry taken back, the same card asked again', async () => {
		const changes: string[] = [];
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now, onChange: (change) => changes.push(change.kind) });
		await session.start();
		expect(session.canUndo).toBe(false);
		const first = await gradeShown(session, Rating.Good);
		const before = await getCard(db, 'mini', first);
		expect(before?.state).toBe(State.Learning);
		expect(session.counts).toEqual({ new: 2, learning: 1, review: 0 });
		expect(session.canUndo).toBe(true);

		await session.undo();
		expect(await getCard(db, 'mini', first)).toMatchObject({ state: State.New, reps: 0, lastReview: null });
		expect(await reviewLog(db, 'mini')).toHaveLength(0);
		expect(session.card?.questionId).toBe(first);
		expect(session.phase).toBe('ask');
		expect(session.counts).toEqual({ new: 3, learning: 0, review: 0 });
		expect(session.notice).toMatch(/taken back/);
		expect(changes).toEqual(['review', 'undo']);
		// Grading it again works and is recorded once.
		await gradeShown(session, Rating.Again);
		expect(await reviewLog(db, 'mini')).toHaveLength(1);
		expect((await reviewLog(db, 'mini'))[0]!.rating).toBe(Rating.Again);
	});

	it('undoes several grades in turn, newest first, and the summary counts follow', async () => {
		const session = new StudySession({ db, set, settings: { ...DEFAULT_SETTINGS }, day, now });
		await session.start();
		const graded = [await gradeShown(session, Rating.Easy), await gradeShown(session, Rating.Easy), await gradeShown(session, Rating.Easy)];
		expect(session.summary?.reviews).toBe(3);
		await session.undo();
		expect(session.summary).toBeUndefined();
		expect(session.card?.questionId).toBe(graded[2]);
		await session.undo();
		expect(session.card?.questionId).toBe(graded[1]);
		expect(await reviewLog(db, 'mini')).toHaveLength(1);
		await gradeShown(session, Rating.Easy);
		await gradeShown(session, Rating.Easy);
		expect(session.summary?.reviews).toBe(3);
		expect(session.summary?.byRating[Rating.Easy]).toBe(3);
	});

	it('refuses to undo a grade when the card was graded again since (another tab), and changes nothing', async () => {
		const scheduler = new Scheduler();
		const card = (await getCard(db, 'mini', 'a'))!;
		const first = scheduler.grade(card, Rating.Good, clock).card;
		const id = await recordReview(db, { setId: 'mini', questionId: 'a', rating: Rating.Good, reviewedAt: clock, durationMs: 1, before: card, after: first });
		const second = scheduler.grade(first, Rating.Good, clock + 60_000).card;
		await recordReview(db, { setId: 'mini', questionId: 'a', rating: Rating.Good, reviewedAt: clock + 60_000, durationMs: 1, before: first, after: second });
		await expect(undoLastReview(db, id)).rejects.toBeInstanceOf(ConflictError);
		expect(await reviewLog(db, 'mini')).toHaveLength(2);
		expect(await getCard(db, 'mini', 'a')).toEqual(second);
		// An id that is not in the log is refused too.
		await expect(undoLastReview(db, '000000000-0000000000000000')).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('a grade taken back is kept in the log, marked, and left out by every reader', () => {
	it('the log keeps the entry marked undone; queues, statistics, the optimiser, rebuilds, backups and the reminder leave it out', async () => {
		const scheduler = new Scheduler();
		const cardA = (await getCard(db, 'mini', 'a'))!;
		const cardB = (await getCard(db, 'mini', 'b'))!;
		await recordReview(db, { setId: 'mini', questionId: 'a', rating: Rating.Good, reviewedAt: clock, durationMs: 1, before: cardA, after: scheduler.grade(cardA, Rating.Good, clock).card });
		const later = clock + 60_000;
		const id = await recordReview(db, { setId: 'mini', questionId: 'b', rating: Rating.Again, reviewedAt: later, durationMs: 1, before: cardB, after: scheduler.grade(cardB, Rating.Again, later).card });
		expect(id).toMatch(LOG_ENTRY_ID);
		// Statistics counted both before the undo.
		expect((await collectStats(db, 'mini', { ...day, now: later, leechThreshold: 8 })).time.reviewsTotal).toBe(2);
		await undoLastReview(db, id);

		const stored = await db.getAll('log');
		expect(stored.map((entry) => [entry.questionId, entry.undone])).toEqual([
			['a', undefined],
			['b', true]
		]);
		expect((await reviewLog(db, 'mini')).map((entry) => entry.questionId)).toEqual(['a']);
		expect((await todaysReviews(db, 'mini', later, day)).map((entry) => entry.questionId)).toEqual(['a']);
		expect((await todaysProgress(db, 'mini', later, day)).newStudied).toBe(1);
		expect((await collectStats(db, 'mini', { ...day, now: later, leechThreshold: 8 })).time.reviewsTotal).toBe(1);
		expect(await optimizerRecords(db)).toHaveLength(1);
		expect((await exportEverything(db)).log.map((entry) => entry.questionId)).toEqual(['a']);
		expect(await reviewSpan(db)).toEqual({ first: clock, last: clock });
		// A rebuild replays only what counts: b stays new.
		const report = await rebuild(db, day);
		expect(report.entries).toBe(1);
		expect((await getCard(db, 'mini', 'b'))?.state).toBe(State.New);
		// It cannot be taken back twice.
		await expect(undoLastReview(db, id)).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('two sessions on the same set (two tabs)', () => {
	it('never loses or doubles a grade: the second grade of one card is refused, skipped with a notice, and the log has one entry', async () => {
		const tabA = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		const tabB = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await tabA.start();
		await tabB.start();
		expect(tabA.card?.questionId).toBe(tabB.card?.questionId);
		const shared = tabA.card!.questionId;
		tabA.reveal();
		tabB.reveal();
		await tabA.grade(Rating.Good);
		await tabB.grade(Rating.Again);
		expect(tabB.error).toBeUndefined();
		expect(tabB.notice).toMatch(/another tab/);
		expect(tabB.card?.questionId).not.toBe(shared);
		const log = await reviewLog(db, 'mini');
		expect(log).toHaveLength(1);
		expect(log[0]!.rating).toBe(Rating.Good);
		// Tab B's queue now holds the card as tab A left it (learning), not as new.
		expect(tabB.counts).toEqual({ new: 2, learning: 1, review: 0 });
	});

	it('refresh moves the card graded in the other tab out of the question on screen', async () => {
		const tabA = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		const tabB = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await tabA.start();
		await tabB.start();
		const shared = tabA.card!.questionId;
		tabA.reveal();
		await tabA.grade(Rating.Easy);
		await tabB.refresh();
		expect(tabB.card?.questionId).not.toBe(shared);
		expect(tabB.counts).toEqual(tabA.counts);
		expect(tabB.notice).toMatch(/another tab/);
		// Nothing changed elsewhere: refresh leaves the session alone.
		const onScreen = tabB.card?.questionId;
		await tabB.refresh();
		expect(tabB.card?.questionId).toBe(onScreen);
	});
});
