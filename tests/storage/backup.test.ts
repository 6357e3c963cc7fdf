import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSet, openDatabase, reviewLog, getCards, getSettings, putSettings, testHistory, saveTestResult, loadQueue, exportEverything, getBackupPrefs, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { collectStats, setSuspended } from '../../src/lib/storage/stats';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { makeBackup, parseBackupFile, restore } from '../../src/lib/state/durability';
import { planRestore } from '../../src/lib/formats/backup';
import { Rating } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const set: QuestionSet = {
	format: 1,
	id: 'deck',
	title: 'Deck',
	language: 'en',
	source: { title: 'S', publisher: 'P', date: '2024-01-01' },
	questions: Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, type: 'flashcard' as const, prompt: `Q${i}?`, answer: `a${i}` }))
};
const day = { dayStartHour: 4, offsetMinutes: 0 };
let clock: number;
const now = () => clock;

async function freshProfile(): Promise<Database> {
	globalThis.indexedDB = new IDBFactory();
	return openDatabase();
}

async function study(db: Database, grades: number): Promise<void> {
	const session = new StudySession({ db, set, settings: await getSettings(db), day, now });
	await session.start();
	for (let i = 0; i < grades && session.card; i++) {
		session.reveal();
		clock += 3000;
		await session.grade(i % 3 === 0 ? Rating.Again : Rating.Good);
	}
}

beforeEach(() => {
	clock = Date.parse('2024-03-01T09:00:00Z');
});

afterEach(() => {
	vi.restoreAllMocks();
});

describe('backup and restore', () => {
	it('restores a backup into an empty profile and finds every review, card, test and setting', async () => {
		const db = await freshProfile();
		await putSettings(db, { ...DEFAULT_SETTINGS, newPerDay: 5, dayStartHour: 3 });
		await installSet(db, set, { builtin: false, now: clock });
		await study(db, 9);
		await saveTestResult(db, { setId: 'deck', startedAt: 1, finishedAt: 2, types: ['flashcard'], total: 1, correct: 0, scheduled: false, items: [] });
		await setSuspended(db, 'deck', 'q5', true);
		const text = await makeBackup(db, clock);
		expect((await getBackupPrefs(db)).lastBackupAt).toBe(clock);
		const log = await reviewLog(db, 'deck');
		const cards = await getCards(db, 'deck');
		const queue = await loadQueue(db, 'deck', clock, await getSettings(db), day);
		expect(log).toHaveLength(9);

		const empty = await freshProfile();
		expect(await reviewLog(empty, 'deck')).toEqual([]);
		const read = parseBackupFile(text);
		if (!read.ok) throw new Error(read.errors.join('\n'));
		const plan = planRestore(await exportEverything(empty), read.backup.data, 'replace', clock);
		expect(plan.sets).toEqual([{ id: 'deck', title: 'Deck', action: 'added', reviewsHere: 0, reviewsInBackup: 9, reviewsAfter: 9 }]);
		const report = await restore(empty, read.backup, 'replace', clock);
		expect(report).toEqual({ sets: 1, cards: 6, log: 9, tests: 1 });
		expect(await reviewLog(empty, 'deck')).toEqual(log);
		expect(await getCards(empty, 'deck')).toEqual(cards);
		// A suspended card stays suspended (out of every queue index).
		expect((await exportEverything(empty)).cards.find((row) => row.questionId === 'q5')).toMatchObject({ suspended: true });
		expect((await exportEverything(empty)).cards.find((row) => row.questionId === 'q5')).not.toHaveProperty('newRank');
		expect(await testHistory(empty, 'deck')).toHaveLength(1);
		expect(await getSettings(empty)).toMatchObject({ newPerDay: 5, dayStartHour: 3 });
		// Today's queue is the same on the restored profile, and studying goes on from there.
		expect(await loadQueue(empty, 'deck', clock, await getSettings(empty), day)).toEqual(queue);
		await study(empty, 2);
		expect(await reviewLog(empty, 'deck')).toHaveLength(11);
	});

	it('merges a backup from another device: reviews from both, none twice', async () => {
		const phone = await freshProfile();
		await installSet(phone, set, { builtin: false, now: clock });
		await study(phone, 4);
		const text = await makeBackup(phone, clock);
		await study(phone, 2);
		const read = parseBackupFile(text);
		if (!read.ok) throw new Error('unreadable');
		const before = await reviewLog(phone, 'deck');
		await restore(phone, read.backup, 'merge', clock);
		// Everything in the backup was already here: nothing doubled, nothing lost.
		expect(await reviewLog(phone, 'deck')).toEqual(before);
	});

	it('statistics after a restore count the restored reviews, as if rebuilt from the whole log', async () => {
		const tablet = await freshProfile();
		await installSet(tablet, set, { builtin: false, now: clock });
		await study(tablet, 3);
		const read = parseBackupFile(await makeBackup(tablet, clock));
		if (!read.ok) throw new Error('unreadable');
		clock += 2 * 86_400_000;
		for (const mode of ['merge', 'replace'] as const) {
			const phone = await freshProfile();
			await installSet(phone, set, { builtin: false, now: clock });
			await study(phone, 4);
			const options = { ...day, now: clock, leechThreshold: 8 };
			// The phone keeps running totals of its log from this first visit on.
			expect((await collectStats(phone, null, options)).time.reviewsTotal).toBe(4);
			await restore(phone, read.backup, mode, clock);
			const kept = await collectStats(phone, null, options);
			expect(kept.time.reviewsTotal).toBe(mode === 'merge' ? 7 : 3);
			await phone.delete('settings', 'stats');
			expect(kept).toEqual(await collectStats(phone, null, options));
		}
	});

	it('a restore that fails half-way leaves the device exactly as it was', async () => {
		const db = await freshProfile();
		await installSet(db, set, { builtin: false, now: clock });
		await study(db, 5);
		const read = parseBackupFile(await makeBackup(db, clock));
		if (!read.ok) throw new Error('unreadable');
		await study(db, 2);
		const everything = await exportEverything(db);
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if (++calls === 8) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(restore(db, read.backup, 'replace', clock)).rejects.toMatchObject({ name: 'QuotaExceededError' });
		vi.restoreAllMocks();
		expect(await exportEverything(db)).toEqual(everything);
	});
});
