import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, installSet, loadQueue, openDatabase, setCounts, setProgress, type Database, type Settings } from '../../src/lib/storage/db';
import { State, type CardState } from '../../src/lib/core/card';
import { DAY, MINUTE } from '../../src/lib/core/day';
import { newLogEntryId, type CardRow } from '../../src/lib/core/records';
import { mulberry32 } from '../../src/lib/core/random';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const NOW = Date.parse('2024-06-01T10:00:00Z');
const day = { dayStartHour: 4, offsetMinutes: 120 };

/** A set of `count` questions, three to a fact when `facts` (so siblings can be buried). */
function makeSet(count: number, facts: boolean): QuestionSet {
	return {
		format: 1,
		id: 'mixed',
		title: 'Mixed',
		language: 'en',
		source: { title: 'Source', publisher: 'Desk', date: '2024-05-01' },
		questions: Array.from({ length: count }, (_, i) => ({
			id: `q${i}`,
			type: 'flashcard' as const,
			prompt: `Question ${i}?`,
			answer: 'yes',
			...(facts ? { provenance: { fact: `fact ${Math.floor(i / 3)}` } } : {})
		}))
	};
}

/**
 * Rewrites the set's cards into every kind the queue tells apart: new, suspended, learning and
 * relearning due now, within the learn-ahead window, later today, just after the day turns or
 * later; reviews likewise; and writes today's log (some entries taken back).
 */
async function scatter(db: Database, set: QuestionSet, seed: number): Promise<void> {
	const random = mulberry32(seed);
	const tx = db.transaction(['cards', 'log'], 'readwrite');
	const rows = await tx.objectStore('cards').index('by-set').getAll(set.id);
	for (const row of rows) {
		const roll = random();
		const { position, answerHash } = row;
		const base: CardState = { setId: row.setId, questionId: row.questionId, state: State.New, due: NOW - 30 * DAY, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lastReview: null, lapses: 0 };
		let next: CardRow;
		if (roll < 0.3) next = { ...base, position, answerHash, newRank: position };
		else if (roll < 0.38) next = { ...base, position, answerHash, suspended: true };
		else {
			const state = roll < 0.5 ? State.Learning : roll < 0.58 ? State.Relearning : State.Review;
			const offsets = [-3 * DAY, -2 * MINUTE, 10 * MINUTE, 30 * MINUTE, 6 * 60 * MINUTE, 16 * 60 * MINUTE + 5 * MINUTE, 17 * 60 * MINUTE, DAY, 3 * DAY];
			const due = NOW + offsets[Math.floor(random() * offsets.length)]!;
			const interval = Math.ceil(random() * 40);
			const studied: CardState = { ...base, state, due, stability: interval, difficulty: 5, scheduledDays: interval, reps: 3, lastReview: due - interval * DAY };
			next = { ...studied, position, answerHash, ...(random() < 0.1 ? { suspended: true } : { dueAt: due }) };
		}
		void tx.objectStore('cards').put(next);
	}
	for (let i = 0; i < 12; i++) {
		const row = rows[Math.floor(random() * rows.length)]!;
		const before: CardState = { setId: row.setId, questionId: row.questionId, state: [State.New, State.Review, State.Learning][i % 3]!, due: NOW, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lastReview: NOW - DAY, lapses: 0 };
		const reviewedAt = NOW - Math.floor(random() * 5 * 60) * MINUTE;
		void tx.objectStore('log').put({ id: newLogEntryId(reviewedAt, i, new Uint8Array([i])), setId: row.setId, questionId: row.questionId, rating: 3, reviewedAt, durationMs: 1, before, after: before, ...(i % 5 === 4 ? { undone: true as const } : {}) });
	}
	await tx.done;
}

let db: Database;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
});

describe('today’s counts without the queue', () => {
	const limits: Partial<Settings>[] = [{}, { newPerDay: 3, maxReviewsPerDay: 4 }, { newPerDay: 0, maxReviewsPerDay: 0 }, { newPerDay: 5, maxReviewsPerDay: 2 }];
	// The study day turns at NOW + 16 h (4:00 local): the last time is 10 minutes before, within the learn-ahead window of cards due after it.
	const times = [NOW, NOW + 50 * MINUTE, NOW + 15 * 60 * MINUTE, NOW + DAY, NOW + 16 * 60 * MINUTE - 10 * MINUTE];

	for (const facts of [false, true]) {
		for (const burySiblings of [false, true]) {
			it(`are the sizes of today's queue (${facts ? 'facts' : 'no facts'}, siblings ${burySiblings ? 'buried' : 'kept'})`, async () => {
				const set = makeSet(60, facts);
				await installSet(db, set, { builtin: false, now: NOW - 30 * DAY });
				for (const seed of [1, 2, 3]) {
					await scatter(db, set, seed);
					for (const limit of limits) {
						const settings = { ...DEFAULT_SETTINGS, ...limit, burySiblings };
						for (const now of times) {
							const queue = await loadQueue(db, set.id, now, settings, day);
							const counts = await setCounts(db, set.id, now, settings, day);
							expect({ new: counts.new, learning: counts.learning, review: counts.review }).toEqual({ new: queue.new.length, learning: queue.learning.length, review: queue.review.length });
							expect(counts.progress).toEqual(await setProgress(db, set.id));
						}
					}
				}
			});
		}
	}

	it('count every kind of card once in the progress', async () => {
		const set = makeSet(60, false);
		await installSet(db, set, { builtin: false, now: NOW - 30 * DAY });
		await scatter(db, set, 7);
		const rows = await db.getAllFromIndex('cards', 'by-set', set.id);
		const progress = (await setCounts(db, set.id, NOW, DEFAULT_SETTINGS, day)).progress;
		expect(progress.total).toBe(60);
		expect(progress.unseen).toBe(rows.filter((row) => row.state === State.New).length);
		expect(progress.unseen + progress.learning + progress.review).toBe(60);
		expect(progress.nextDue).toBe(Math.min(...rows.filter((row) => row.state !== State.New).map((row) => row.due)));
	});
});
