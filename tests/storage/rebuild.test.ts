import { beforeEach, describe, expect, it } from 'vitest';
import { installSet, reviewLog, getCards, putSettings, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { rebuild } from '../../src/lib/state/durability';
import { DAY, HOUR } from '../../src/lib/core/day';
import type { Grade } from '../../src/lib/core/card';
import { mulberry32 } from '../../src/lib/core/random';
import { deviceWith, flashcardDeck } from '../helpers/device';

const set = flashcardDeck(12);
let db: Database;
let clock: number;
const now = () => clock;

/** A seeded generator (mulberry32), the same on every run. */
const random = mulberry32;

/** Studies every day for `days` days, grading at random (mostly Good), in several time zones. */
async function studyFor(days: number, seed: number, vary = true): Promise<void> {
	const next = random(seed);
	const settings = { ...DEFAULT_SETTINGS, newPerDay: 4, desiredRetention: 0.9 };
	for (let d = 0; d < days; d++) {
		// The learner travels: the offset changes every week, and retention is raised halfway.
		const day = { dayStartHour: 4, offsetMinutes: vary ? [0, 540, -300][Math.floor(d / 7) % 3]! : 0 };
		const session = new StudySession({ db, set, settings: !vary || d < days / 2 ? settings : { ...settings, desiredRetention: 0.93 }, day, now });
		await session.start();
		for (let step = 0; step < 60 && session.card; step++) {
			session.reveal();
			clock += Math.floor(next() * 20_000) + 1000;
			const roll = next();
			await session.grade((roll < 0.15 ? 1 : roll < 0.25 ? 2 : roll < 0.9 ? 3 : 4) as Grade);
			if (next() < 0.1) await session.undo();
		}
		clock += DAY + Math.floor(next() * 3 * HOUR);
	}
}

beforeEach(async () => {
	clock = Date.parse('2024-03-01T09:00:00Z');
	db = await deviceWith(set, clock);
});

describe('rebuild from the review log', () => {
	it('replays 40 days of reviews (with undos, fuzz and changing time zones) to exactly the stored card states', async () => {
		await studyFor(40, 7);
		const log = await reviewLog(db, 'deck');
		expect(log.length).toBeGreaterThan(100);
		const stored = await getCards(db, 'deck');
		const report = await rebuild(db);
		expect(report.entries).toBe(log.length);
		expect(report.mismatches).toBe(0);
		expect(report.changed).toEqual([]);
		expect(report.replayed).toBe(12);
		expect(await getCards(db, 'deck')).toEqual(stored);
	});

	it('repairs cards whose stored state was damaged, from the log alone, in one transaction', async () => {
		await studyFor(10, 3);
		const stored = await getCards(db, 'deck');
		const tx = db.transaction('cards', 'readwrite');
		for (const id of ['q0', 'q1']) {
			const row = (await tx.store.get(['deck', id]))!;
			await tx.store.put({ ...row, stability: 0.01, difficulty: 9, due: 0, dueAt: 0, reps: 99 });
		}
		await tx.done;
		expect(await getCards(db, 'deck')).not.toEqual(stored);
		const report = await rebuild(db);
		expect(report.changed.map((card) => card.questionId).sort()).toEqual(['q0', 'q1']);
		expect(await getCards(db, 'deck')).toEqual(stored);
	});

	it('keeps the fresh start of a card reset after its answer changed, and replays from the reset', async () => {
		await studyFor(5, 11);
		const changed = { ...set, questions: set.questions.map((q) => (q.id === 'q0' ? { id: 'q0', type: 'flashcard' as const, prompt: 'Q0?', answer: 'something else' } : q)) };
		await installSet(db, changed, { builtin: false, now: clock });
		const reset = (await getCards(db, 'deck')).find((card) => card.questionId === 'q0')!;
		expect(reset.reps).toBe(0);
		expect((await rebuild(db)).changed).toEqual([]);
		await studyFor(3, 12);
		const stored = await getCards(db, 'deck');
		const report = await rebuild(db);
		expect(report.changed).toEqual([]);
		expect(await getCards(db, 'deck')).toEqual(stored);
	});

	it('older log entries without their day boundary are replayed with the current settings', async () => {
		await putSettings(db, { ...DEFAULT_SETTINGS, dayStartHour: 4 });
		await studyFor(3, 5, false);
		const tx = db.transaction('log', 'readwrite');
		for (const entry of await tx.store.getAll()) {
			const { day: _day, retention: _retention, ...old } = entry;
			await tx.store.put(old);
		}
		await tx.done;
		// All three days were studied at offset 0 and retention 0.9: the replay still matches.
		const report = await rebuild(db, { dayStartHour: 4, offsetMinutes: 0 });
		expect(report.mismatches).toBe(0);
		expect(report.changed).toEqual([]);
	});
});
