import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSet, openDatabase, reviewLog, getCards, getSettings, putSettings, testHistory, saveTestResult, loadQueue, getBackupPrefs, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { collectStats, setSuspended } from '../../src/lib/storage/stats';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { makeBackup, parseBackupFile, restore } from '../../src/lib/state/durability';
import { exportEverything } from '../../src/lib/storage/backup';
import { planRestore, writeBackup, type BackupData } from '../../src/lib/formats/backup';
import { LOG_ENTRY_ID } from '../../src/lib/core/records';
import { openOldSchema, writeSample } from './old-schemas';
import { deviceWith, emptyIndexedDB, flashcardDeck, freshDevice } from '../helpers/device';
import { Rating } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const set = flashcardDeck(6);
const day = { dayStartHour: 4, offsetMinutes: 0 };
let clock: number;
const now = () => clock;


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
		const db = await freshDevice();
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

		const empty = await freshDevice();
		expect(await reviewLog(empty, 'deck')).toEqual([]);
		const read = await parseBackupFile(text);
		if (!read.ok) throw new Error(read.errors.join('\n'));
		const plan = planRestore(await exportEverything(empty), read.backup.data, 'replace', clock);
		expect(plan.sets).toEqual([
			{ id: 'deck', title: 'Deck', action: 'added', reviewsHere: 0, reviewsInBackup: 9, reviewsAfter: 9, questionsHere: 0, questionsAfter: 6, contentChanged: false, studiedHere: 0, studiedAfter: 5, progressDropped: 0 }
		]);
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
		const phone = await deviceWith(set, clock);
		await study(phone, 4);
		const text = await makeBackup(phone, clock);
		await study(phone, 2);
		const read = await parseBackupFile(text);
		if (!read.ok) throw new Error('unreadable');
		const before = await reviewLog(phone, 'deck');
		await restore(phone, read.backup, 'merge', clock);
		// Everything in the backup was already here: nothing doubled, nothing lost.
		expect(await reviewLog(phone, 'deck')).toEqual(before);
	});

	it('statistics after a restore count the restored reviews, as if rebuilt from the whole log', async () => {
		const tablet = await deviceWith(set, clock);
		await study(tablet, 3);
		const read = await parseBackupFile(await makeBackup(tablet, clock));
		if (!read.ok) throw new Error('unreadable');
		clock += 2 * 86_400_000;
		for (const mode of ['merge', 'replace'] as const) {
			const phone = await deviceWith(set, clock);
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
		const db = await deviceWith(set, clock);
		await study(db, 5);
		const read = await parseBackupFile(await makeBackup(db, clock));
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

/** A backup's text after `change` edits its data; the checksum is worked out again, as a forger would. */
async function forged(text: string | Promise<string>, change: (data: BackupData) => void): Promise<string> {
	const read = await parseBackupFile(await text);
	if (!read.ok) throw new Error(read.errors.join('\n'));
	const data = structuredClone(read.backup.data);
	change(data);
	return writeBackup(data, { now: read.backup.createdAt, schema: read.backup.schema });
}

async function readable(text: string | Promise<string>) {
	const read = await parseBackupFile(await text);
	if (!read.ok) throw new Error(read.errors.join('\n'));
	return read.backup;
}

describe('what a backup carries cannot corrupt what is stored', () => {
	it('a log entry and a test result keyed 2^53 in a backup: grades, tests and later restores still save', async () => {
		const source = await deviceWith(set, clock);
		await study(source, 3);
		await saveTestResult(source, { setId: 'deck', startedAt: 1, finishedAt: 2, types: ['flashcard'], total: 1, correct: 1, scheduled: false, items: [] });
		const good = await makeBackup(source, clock);
		const hostile = await forged(good, (data) => {
			data.log[0]!.id = 2 ** 53;
			data.tests[0]!.id = 2 ** 53;
		});
		for (const mode of ['replace', 'merge'] as const) {
			const db = await deviceWith(set, clock);
			await restore(db, await readable(hostile), mode, clock);
			expect(await reviewLog(db, 'deck')).toHaveLength(3);
			// A numbered key (as backups before schema 5 hold) becomes a key made from the entry, like every other.
			const keys = (await reviewLog(db, 'deck')).map((entry) => entry.id!);
			expect(keys.every((key) => LOG_ENTRY_ID.test(key))).toBe(true);
			expect(new Set(keys).size).toBe(3);
			clock += 60_000;
			await study(db, 2);
			expect(await reviewLog(db, 'deck')).toHaveLength(5);
			await saveTestResult(db, { setId: 'deck', startedAt: 3, finishedAt: 4, types: ['flashcard'], total: 1, correct: 0, scheduled: false, items: [] });
			expect(await testHistory(db, 'deck')).toHaveLength(2);
			await restore(db, await readable(good), 'merge', clock);
			expect(await reviewLog(db, 'deck')).toHaveLength(5);
		}
	});

	it('a store damaged by an earlier restore (review-log and test keys of 2^53) is healed when the app opens it', async () => {
		emptyIndexedDB();
		const old = await openOldSchema(3);
		await writeSample(old, 3, 'Old set');
		const tx = old.transaction(['log', 'tests'], 'readwrite');
		tx.objectStore('log').put({ id: 2 ** 53, setId: 's', questionId: 'q1', rating: 3, reviewedAt: 2_000, durationMs: 1, before: {}, after: {} });
		tx.objectStore('tests').put({ id: 2 ** 53, setId: 's', startedAt: 3, finishedAt: 4, types: [], total: 1, correct: 1, scheduled: false, items: [] });
		await new Promise((resolve) => (tx.oncomplete = resolve));
		// As Chromium does, the exhausted key generator refuses every new entry.
		const refused = old.transaction('log', 'readwrite').objectStore('log').add({ setId: 's', questionId: 'q1' });
		await new Promise((resolve) => (refused.onerror = (event) => (event.preventDefault(), resolve(undefined))));
		expect(refused.error?.name).toBe('ConstraintError');
		old.close();

		const db = await openDatabase();
		// Every entry is still there, in order, with keys made on this device (no key generator left to exhaust).
		const entries = await reviewLog(db, 's');
		expect(entries.map((entry) => entry.reviewedAt)).toEqual([1_000, 2_000]);
		expect(entries.every((entry) => LOG_ENTRY_ID.test(entry.id!))).toBe(true);
		expect(entries[0]!.id! < entries[1]!.id!).toBe(true);
		expect(await testHistory(db, 's')).toHaveLength(2);
		await installSet(db, set, { builtin: false, now: clock });
		await study(db, 2);
		expect(await reviewLog(db, 'deck')).toHaveLength(2);
		expect(await saveTestResult(db, { setId: 'deck', startedAt: 5, finishedAt: 6, types: [], total: 1, correct: 1, scheduled: false, items: [] })).toBe(3);
		// A replace restore of a good backup goes through and leaves a working store.
		const other = await deviceWith(set, clock);
		await study(other, 1);
		const good = await readable(await makeBackup(other, clock));
		await restore(db, good, 'replace', clock);
		expect(await reviewLog(db, 'deck')).toHaveLength(1);
		await study(db, 1);
		expect(await reviewLog(db, 'deck')).toHaveLength(2);
	});

	it('a backup cannot replace a built-in set or wipe its progress, whatever its set row claims', async () => {
		const builtinSet: QuestionSet = { ...set, id: 'builtin-set', title: 'Built in' };
		const db = await freshDevice();
		await installSet(db, builtinSet, { builtin: true, now: clock });
		const published = (await exportEverything(db)).sets[0]!;
		const session = new StudySession({ db, set: builtinSet, settings: await getSettings(db), day, now });
		await session.start();
		for (let i = 0; i < 4 && session.card; i++) {
			session.reveal();
			clock += 3000;
			await session.grade(Rating.Good);
		}
		const before = await exportEverything(db);
		expect(before.cards.filter((card) => card.state !== 0)).toHaveLength(4);
		// Two questions under the built-in id, flagged built-in, with the published hash and a far-future date.
		const hostile = await forged(await makeBackup(db, clock), (data) => {
			const row = data.sets[0]!;
			row.set = { ...row.set, questions: row.set.questions.slice(0, 2).map((question) => ({ ...question, answer: 'forged' }) as typeof question) };
			row.contentHash = published.contentHash;
			row.updatedAt = 9e15;
			data.cards = data.cards.filter((card) => card.questionId === 'q0' || card.questionId === 'q1').map((card) => ({ ...card, state: 0, reps: 0 }));
		});
		for (const mode of ['merge', 'replace'] as const) {
			const plan = planRestore(await exportEverything(db), (await readable(hostile)).data, mode, clock);
			expect(plan.sets[0]).toMatchObject({ id: 'builtin-set', questionsHere: 6, questionsAfter: 6, contentChanged: false });
			await restore(db, await readable(hostile), mode, clock);
			const after = await exportEverything(db);
			expect(after.sets).toEqual([published]);
			expect(after.cards).toHaveLength(6);
			// Merge keeps the progress here; replace takes the backup's, which has none for the forged questions.
			expect(after.cards.filter((card) => card.state !== 0)).toHaveLength(mode === 'merge' ? 4 : 0);
			expect(plan.sets[0]!.progressDropped).toBe(mode === 'merge' ? 0 : 4);
		}
	});

	it('cards for questions that do not exist, a set with no cards and settings that break pages are refused, naming each', async () => {
		const db = await deviceWith(set, clock);
		await study(db, 2);
		const good = await makeBackup(db, clock);
		const errors = async (text: string | Promise<string>) => {
			const read = await parseBackupFile(await text);
			return read.ok ? [] : read.errors;
		};
		expect(await errors(forged(good, (data) => data.cards.push({ ...data.cards[0]!, questionId: 'q99' })))).toEqual(['card 7: is for the question "q99", which the set "deck" does not have']);
		expect(await errors(forged(good, (data) => (data.cards = [])))).toEqual(['set 1 ("deck"): has no cards: its 6 questions have no progress records']);
		expect(
			await errors(
				forged(good, (data) =>
					data.settings.push(
						{ ...DEFAULT_SETTINGS, key: 'main', learningSteps: 'junk' as never, desiredRetention: 0.01 },
						{ key: 'fsrs', weights: ['junk'] as never, fittedAt: 1, logLossBefore: 1, logLossAfter: 1, reviews: 1 }
					)
				)
			)
		).toEqual([
			'settings entry 1, field "desiredRetention": How sure you want to be must be from 70% to 97% (got 1%).',
			'settings entry 1, field "learningSteps": Learning steps: "junk" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.',
			'settings entry 2, field "weights": The fitted FSRS parameters must be 21 numbers (got a list).'
		]);
		// And nothing changed here.
		expect(await reviewLog(db, 'deck')).toHaveLength(2);
	});
});
