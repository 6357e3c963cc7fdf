import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeSettingsProblem, WEIGHT_BOUNDS } from '../../src/lib/core/settings';
import { DEFAULT_SETTINGS, getCard, getSettings, readSettings, installSet, loadQueue, openDatabase, putSettings, recordReview, setProgress, type Database } from '../../src/lib/storage/db';
import { clearFittedParameters, collectStats, getFittedParameters, optimizerRecords, putFittedParameters, setSuspended, testResults } from '../../src/lib/storage/stats';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler, State } from '../../src/lib/core/scheduler';
import { computeStats } from '../../src/lib/core/stats';
import { DAY } from '../../src/lib/core/day';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { newLogEntryId } from '../../src/lib/core/records';

const now = Date.parse('2024-05-10T10:00:00Z');
const day = { dayStartHour: 4, offsetMinutes: 0 };
const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
const options = { ...day, now, leechThreshold: 8 };

/** Questions q1..qN; q(2k-1) and q(2k) are about fact fk (siblings). */
function makeSet(id: string, count: number): QuestionSet {
	return {
		format: 1,
		id,
		title: id,
		language: 'en',
		source: { title: 'Source', publisher: 'Desk', date: '2024-05-01' },
		questions: Array.from({ length: count }, (_, i) => ({
			id: `q${i + 1}`,
			type: 'flashcard' as const,
			prompt: `Question ${i + 1}?`,
			answer: 'yes',
			provenance: { fact: `f${Math.floor(i / 2) + 1}` }
		}))
	};
}

let db: Database;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase('stats-test');
});

/** Grades a card Good (or as given) at `at`, through the real write path. */
async function grade(setId: string, questionId: string, at: number, rating: 1 | 2 | 3 | 4 = Rating.Good) {
	const card = (await getCard(db, setId, questionId))!;
	const result = scheduler.grade(card, rating, at);
	await recordReview(db, { setId, questionId, rating, reviewedAt: at, durationMs: 3000, before: card, after: result.card });
}

describe('statistics from IndexedDB', () => {
	it('streams a log longer than one page and matches the in-memory computation, per set and overall', async () => {
		await installSet(db, makeSet('a', 30), { builtin: false, now: now - 40 * DAY });
		await installSet(db, makeSet('b', 5), { builtin: false, now: now - 40 * DAY });
		// 2,100 entries written straight into the log (more than one 2,000-entry page).
		const tx = db.transaction('log', 'readwrite');
		for (let i = 0; i < 2100; i++) {
			const setId = i % 10 === 0 ? 'b' : 'a';
			const at = now - (i % 40) * DAY;
			void tx.store.add({
				id: newLogEntryId(at, i, new Uint8Array(6)),
				setId,
				questionId: `q${(i % 5) + 1}`,
				rating: i % 7 === 0 ? Rating.Again : Rating.Good,
				reviewedAt: at,
				durationMs: 1000,
				before: { setId, questionId: 'x', state: State.Review, due: at, stability: 5, difficulty: 5, scheduledDays: i % 3 === 0 ? 30 : 4, learningSteps: 0, reps: 3, lapses: 0, lastReview: at - DAY },
				after: { setId, questionId: 'x', state: State.Review, due: at + DAY, stability: 5, difficulty: 5, scheduledDays: 4, learningSteps: 0, reps: 4, lapses: 0, lastReview: at }
			});
		}
		await tx.done;
		const all = await db.getAll('log');
		const cards = (await db.getAll('cards')).map(({ position: _p, answerHash: _h, newRank: _n, dueAt: _d, ...card }) => card);
		const overall = await collectStats(db, null, options);
		expect(overall).toEqual(computeStats(all, cards, options));
		expect(overall.time.reviewsTotal).toBe(2100);
		const onlyB = await collectStats(db, 'b', options);
		expect(onlyB.time.reviewsTotal).toBe(210);
		expect(onlyB.cards.total).toBe(5);
	});

	it('keeps the log aggregate: later visits fold only new entries; a removed entry (undo) means a rebuild; another day start too', async () => {
		await installSet(db, makeSet('a', 3), { builtin: false, now: now - 5 * DAY });
		await grade('a', 'q1', now - 2 * DAY);
		await grade('a', 'q2', now - DAY);
		expect((await collectStats(db, 'a', options)).time.reviewsTotal).toBe(2);
		const kept = await db.get('settings', 'stats');
		expect(kept).toMatchObject({ key: 'stats', aggregate: { entries: 2 } });
		await grade('a', 'q3', now);
		expect((await collectStats(db, 'a', options)).time).toMatchObject({ reviewsTotal: 3, reviewsToday: 1 });
		const last = (await db.getAll('log')).at(-1)!;
		await db.delete('log', last.id!);
		expect((await collectStats(db, 'a', options)).time).toMatchObject({ reviewsTotal: 2, reviewsToday: 0 });
		// A day starting at 11:00 puts reviews at 10:00 on the study day before: the days are recounted.
		const early = await collectStats(db, 'a', options);
		expect(early.heatmap.slice(-3)).toEqual([{ date: '2024-05-08', count: 1 }, { date: '2024-05-09', count: 1 }, { date: '2024-05-10', count: 0 }]);
		const late = await collectStats(db, 'a', { ...options, dayStartHour: 11 });
		expect(late.heatmap.slice(-3)).toEqual([{ date: '2024-05-07', count: 1 }, { date: '2024-05-08', count: 1 }, { date: '2024-05-09', count: 0 }]);
	});

	it('suspends a leech: it leaves the queue, keeps its progress, counts as suspended, and comes back', async () => {
		await installSet(db, makeSet('a', 4), { builtin: false, now: now - 5 * DAY });
		await grade('a', 'q1', now - 3 * DAY);
		await setSuspended(db, 'a', 'q1', true);
		await setSuspended(db, 'a', 'q2', true);
		const queue = await loadQueue(db, 'a', now, DEFAULT_SETTINGS, day);
		expect([...queue.review, ...queue.learning, ...queue.new].map((card) => card.questionId)).toEqual(['q3', 'q4']);
		expect((await getCard(db, 'a', 'q1'))!.reps).toBe(1);
		expect((await collectStats(db, 'a', options)).cards.suspended).toBe(2);
		// Reinstalling the set (a new version) keeps the suspension.
		await installSet(db, { ...makeSet('a', 4), questions: makeSet('a', 4).questions.reverse() }, { builtin: false, now });
		expect((await loadQueue(db, 'a', now, DEFAULT_SETTINGS, day)).new.map((card) => card.questionId)).toEqual(['q4', 'q3']);
		await setSuspended(db, 'a', 'q2', false);
		// In the new order, q4 and q2 come first on their facts (f2, f1), q3 after its sibling q4.
		expect((await loadQueue(db, 'a', now, DEFAULT_SETTINGS, day)).new.map((card) => card.questionId)).toEqual(['q4', 'q2', 'q3']);
		expect((await setProgress(db, 'a')).total).toBe(4);
		await expect(setSuspended(db, 'a', 'nope', true)).rejects.toThrow('There is no question "nope" in set "a".');
	});

	it('buries siblings: one question per fact a day, when the setting is on', async () => {
		await installSet(db, makeSet('a', 8), { builtin: false, now: now - DAY });
		const buried = { ...DEFAULT_SETTINGS, burySiblings: true };
		// Without burying, siblings are kept apart: every fact's first question before any second one.
		expect((await loadQueue(db, 'a', now, DEFAULT_SETTINGS, day)).new.map((card) => card.questionId)).toEqual(['q1', 'q3', 'q5', 'q7', 'q2', 'q4', 'q6', 'q8']);
		expect((await loadQueue(db, 'a', now, buried, day)).new.map((card) => card.questionId)).toEqual(['q1', 'q3', 'q5', 'q7']);
		// q3 studied today: its sibling q4 waits for tomorrow, whatever the order.
		await grade('a', 'q3', now);
		await grade('a', 'q3', now + 60_000, Rating.Easy);
		const later = await loadQueue(db, 'a', now + 2 * 60_000, buried, day);
		expect(later.new.map((card) => card.questionId)).toEqual(['q1', 'q5', 'q7']);
		const tomorrow = await loadQueue(db, 'a', now + DAY, buried, day);
		expect(tomorrow.new.map((card) => card.questionId)).toContain('q4');
	});

	it('keeps fitted FSRS weights under their own key; settings carry them and never store them in "main"', async () => {
		// Fitted weights stay within ts-fsrs's bounds for each: here a point a little way into each range.
		const weights = WEIGHT_BOUNDS.map(([low, high], i) => low + ((high - low) * (i + 1)) / 30);
		expect(await getFittedParameters(db)).toBeUndefined();
		await putFittedParameters(db, { weights, fittedAt: now, logLossBefore: 0.4, logLossAfter: 0.35, reviews: 500 });
		const settings = await getSettings(db);
		expect(settings.weights).toEqual(weights);
		await putSettings(db, { ...settings, newPerDay: 5 });
		expect(await db.get('settings', 'main')).not.toHaveProperty('weights');
		expect(await getSettings(db)).toMatchObject({ newPerDay: 5, weights });
		await clearFittedParameters(db);
		expect((await getSettings(db)).weights).toBeUndefined();
	});

	it('damaged stored settings: each bad value gives way to its default and is named; damaged fitted weights are not used', async () => {
		await db.put('settings', { key: 'main', ...DEFAULT_SETTINGS, newPerDay: 12, learningSteps: 'junk' as never, desiredRetention: 0.01 });
		await db.put('settings', { key: 'fsrs', weights: Array.from({ length: 21 }, () => -1e300), fittedAt: now, logLossBefore: 0.4, logLossAfter: 0.3, reviews: 500 });
		const read = await readSettings(db);
		expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 12 });
		expect(read.problems.map(describeSettingsProblem)).toEqual([
			'How sure you want to be must be from 70% to 97% (got 1%).',
			'Learning steps: "junk" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.',
			'The fitted FSRS parameter 1 must be from 0.001 to 100 (got -1e+300).'
		]);
		expect(await getSettings(db)).toEqual(read.settings);
		expect(await getFittedParameters(db)).toBeUndefined();
		// Saving the settings puts the defaults in place of what was damaged.
		await putSettings(db, read.settings);
		await clearFittedParameters(db);
		expect((await readSettings(db)).problems).toEqual([]);
	});

	it('with nothing stored, the settings are the defaults, a copy a page may change', async () => {
		const read = await readSettings(db);
		expect(read).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		read.settings.learningSteps.push('1d');
		read.settings.newPerDay = 1;
		expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
		expect(DEFAULT_SETTINGS.learningSteps).toEqual(['1m', '10m']);
	});

	it('old settings rows get the new settings from the defaults', async () => {
		await db.put('settings', { key: 'main', newPerDay: 7, maxReviewsPerDay: 100, dayStartHour: 5, desiredRetention: 0.85 });
		expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7, maxReviewsPerDay: 100, dayStartHour: 5, desiredRetention: 0.85 });
	});

	it('gives the optimiser every entry with its card and whether it was the first answer', async () => {
		await installSet(db, makeSet('a', 2), { builtin: false, now: now - 5 * DAY });
		await grade('a', 'q1', now - 4 * DAY);
		await grade('a', 'q1', now - DAY);
		const records = await optimizerRecords(db);
		expect(records).toEqual([
			{ card: 'a\u0000q1', rating: Rating.Good, reviewedAt: now - 4 * DAY, first: true },
			{ card: 'a\u0000q1', rating: Rating.Good, reviewedAt: now - DAY, first: false }
		]);
		expect(await testResults(db, null)).toEqual([]);
	});
});
