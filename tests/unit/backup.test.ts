import { describe, expect, it } from 'vitest';
import {
	backupReminder,
	defaultBackupPrefs,
	planRestore,
	readBackup,
	restoredData,
	writeBackup,
	type BackupData,
	type BackupLogEntry
} from '../../src/lib/formats/backup';
import { createHash } from 'node:crypto';
import { newCard } from '../../src/lib/core/card';
import { answerKeyHash, type QuestionSet } from '../../src/lib/formats/question-set';
import { DEFAULT_SETTINGS } from '../../src/lib/core/default-settings';
import { LOG_ENTRY_ID, legacyLogEntryId, type CardRow, type LogEntry } from '../../src/lib/core/records';

const NOW = Date.parse('2024-05-01T10:00:00Z');
const DAY = 86_400_000;

function makeSet(id: string, answers: string[], updatedAt = 1): BackupData['sets'][number] {
	const set: QuestionSet = {
		format: 1,
		id,
		title: `Set ${id}`,
		language: 'en',
		source: { title: 'S', publisher: 'P', date: '2024-01-01' },
		questions: answers.map((answer, i) => ({ id: `q${i}`, type: 'flashcard' as const, prompt: `Q${i}?`, answer }))
	};
	return { id, set, builtin: false, contentHash: 'abc', installedAt: 1, updatedAt };
}

function card(setId: string, i: number, answer: string, reviewedAt: number | null, reps = reviewedAt === null ? 0 : 1): CardRow {
	const base = newCard(setId, `q${i}`, 0);
	const hash = answerKeyHash({ id: `q${i}`, type: 'flashcard', prompt: '', answer });
	return reviewedAt === null
		? { ...base, position: i, answerHash: hash, newRank: i }
		: { ...base, state: 2, due: reviewedAt + DAY, dueAt: reviewedAt + DAY, stability: 3, difficulty: 5, scheduledDays: 1, reps, lastReview: reviewedAt, position: i, answerHash: hash };
}

function entry(setId: string, i: number, reviewedAt: number, id?: number): BackupLogEntry {
	const before = newCard(setId, `q${i}`, 0);
	return { ...(id ? { id } : {}), setId, questionId: `q${i}`, rating: 3, reviewedAt, durationMs: 1000, before, after: { ...before, state: 2, reps: 1, lastReview: reviewedAt } };
}

function sample(): BackupData {
	return {
		sets: [makeSet('alpha', ['x', 'y'])],
		cards: [card('alpha', 0, 'x', 1000), card('alpha', 1, 'y', null)],
		log: [entry('alpha', 0, 1000, 1)],
		tests: [{ id: 1, setId: 'alpha', startedAt: 10, finishedAt: 20, types: ['flashcard'], total: 1, correct: 1, scheduled: false, items: [{ questionId: 'q0', prompt: 'Q0?', form: 'typed', given: 'x', correct: true, answer: 'x', how: 'exact' }] }],
		settings: [{ ...DEFAULT_SETTINGS, key: 'main', newPerDay: 7, maxReviewsPerDay: 50, dayStartHour: 5, desiredRetention: 0.85 }]
	};
}

async function errorsOf(text: string | Promise<string>): Promise<string[]> {
	const result = await readBackup(await text);
	if (result.ok) throw new Error('expected the backup to be refused');
	return result.errors;
}

describe('backup file', () => {
	it('round-trips everything, with its version, counts and a SHA-256 checksum of the data', async () => {
		const text = await writeBackup(sample(), { now: NOW, schema: 3 });
		const result = await readBackup(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.data).toEqual(sample());
		expect(result.backup).toMatchObject({ format: 'factdrill-backup', version: 1, createdAt: NOW, schema: 3, counts: { sets: 1, cards: 2, log: 1, tests: 1, settings: 1 } });
		expect(result.backup.checksum).toBe(`sha256:${createHash('sha256').update(JSON.stringify(sample())).digest('hex')}`);
		// A byte-order mark (some editors add one) is fine.
		expect((await readBackup(`\ufeff${text}`)).ok).toBe(true);
	});

	it('refuses a file changed after it was written (any one character), naming the checksum', async () => {
		const text = await writeBackup(sample(), { now: NOW, schema: 3 });
		const tampered = text.replace('"rating":3', '"rating":4');
		expect(tampered).not.toBe(text);
		expect(await errorsOf(tampered)).toEqual([expect.stringMatching(/^the checksum does not match the contents: the file was changed or damaged/)]);
		const renamed = text.replace('Set alpha', 'Set alphb');
		expect((await errorsOf(renamed))[0]).toMatch(/checksum does not match/);
	});

	it('says what is wrong with files that are not backups', async () => {
		expect((await errorsOf(''))[0]).toMatch(/^this is not a Factdrill backup: not valid JSON/);
		expect((await errorsOf('{"format":1,"id":"x"}'))[0]).toMatch(/not a Factdrill backup .*use Import instead/);
		expect((await errorsOf('[]'))[0]).toMatch(/not a Factdrill backup/);
		expect((await errorsOf('{"format":"factdrill-backup","version":2}'))[0]).toMatch(/newer Factdrill \(backup version 2\); update the app/);
		expect((await errorsOf('{"format":"factdrill-backup","version":1}'))[0]).toBe('field "data": is missing or not an object');
		expect((await errorsOf('{"format":"factdrill-backup","version":1,"data":{},"checksum":"md5:1"}'))[0]).toMatch(/field "checksum"/);
	});

	it('names each bad record and field, even when the checksum was recomputed to match', async () => {
		const data = sample();
		(data.log[0] as { rating: number }).rating = 9;
		(data.cards[1] as { state: number }).state = 7;
		data.sets[0]!.set.questions[0]!.prompt = '';
		(data.settings[0] as { dayStartHour: number }).dayStartHour = 30;
		const errors = await errorsOf(writeBackup(data, { now: NOW, schema: 3 }));
		expect(errors).toEqual(
			expect.arrayContaining([
				'log entry 1, field "rating": must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)',
				'card 2, field "state": must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)',
				'settings entry 1, field "dayStartHour": Day starts at (hour) must be a whole number from 0 to 23 (got 30).'
			])
		);
		expect(errors.some((error) => error.startsWith('set 1, field "set": question "q0", field "prompt"'))).toBe(true);
	});

	it('refuses duplicates and lists at most 20 problems', async () => {
		const data = sample();
		data.cards.push(data.cards[0]!);
		expect(await errorsOf(writeBackup(data, { now: NOW, schema: 3 }))).toEqual(['card 3: repeats the card of question "q0" in set "alpha"']);
		const many = sample();
		many.log = Array.from({ length: 30 }, () => ({ ...entry('alpha', 0, 5), rating: 0 as never }));
		const errors = await errorsOf(writeBackup(many, { now: NOW, schema: 3 }));
		expect(errors).toHaveLength(21);
		expect(errors[20]).toBe('and 10 more problems');
	});
});

describe('restore plan', () => {
	it('replace: the backup as it is; reviews and sets only on this device are counted as lost', () => {
		const here: BackupData = { ...sample(), sets: [makeSet('beta', ['b'])], cards: [card('beta', 0, 'b', 500)], log: [entry('beta', 0, 500, 1), entry('beta', 0, 600, 2)], tests: [], settings: [] };
		const plan = planRestore(here, sample(), 'replace', NOW);
		expect(plan.sets).toEqual([
			{ id: 'alpha', title: 'Set alpha', action: 'added', reviewsHere: 0, reviewsInBackup: 1, reviewsAfter: 1, questionsHere: 0, questionsAfter: 2, contentChanged: false, studiedHere: 0, studiedAfter: 1, progressDropped: 0 },
			{ id: 'beta', title: 'Set beta', action: 'removed', reviewsHere: 2, reviewsInBackup: 0, reviewsAfter: 0, questionsHere: 1, questionsAfter: 0, contentChanged: false, studiedHere: 1, studiedAfter: 0, progressDropped: 1 }
		]);
		expect(plan).toMatchObject({ reviewsHere: 2, reviewsAfter: 1, reviewsLost: 2, progressDropped: 1, testsAfter: 1, settings: 'replaced' });
	});

	it('merge: keeps everything here, adds the backup\'s other reviews once, keeps each card\'s latest state', () => {
		const backup = sample();
		backup.log.push(entry('alpha', 1, 3000, 2));
		backup.cards[1] = card('alpha', 1, 'y', 3000);
		const here = sample();
		here.log = [entry('alpha', 0, 1000, 7), entry('alpha', 0, 5000, 8)];
		here.cards[0] = card('alpha', 0, 'x', 5000, 2);
		const plan = planRestore(here, backup, 'merge', NOW);
		expect(plan.sets).toEqual([
			{ id: 'alpha', title: 'Set alpha', action: 'merged', reviewsHere: 2, reviewsInBackup: 2, reviewsAfter: 3, questionsHere: 2, questionsAfter: 2, contentChanged: false, studiedHere: 1, studiedAfter: 2, progressDropped: 0 }
		]);
		expect(plan).toMatchObject({ reviewsLost: 0, settings: 'kept' });
		const after = restoredData(here, backup, 'merge', { now: NOW, createdAt: NOW - DAY });
		// Numbered entries (backups before schema 5) get keys made from what they hold.
		expect(after.log.map((e) => [e.id, e.questionId, e.reviewedAt])).toEqual([
			[legacyLogEntryId(here.log[0]!), 'q0', 1000],
			[legacyLogEntryId(here.log[1]!), 'q0', 5000],
			[legacyLogEntryId(backup.log[1]!), 'q1', 3000]
		]);
		expect(after.log.every((e) => LOG_ENTRY_ID.test(e.id!))).toBe(true);
		expect(after.cards.map((c) => [c.questionId, c.lastReview])).toEqual([
			['q0', 5000],
			['q1', 3000]
		]);
		// The test from the backup is the one already here: not doubled.
		expect(after.tests).toHaveLength(1);
		expect(after.settings.find((row) => row.key === 'backup')).toEqual({ key: 'backup', lastBackupAt: NOW - DAY, remindAfterDays: 7 });
	});

	it('keeps the keys entries were made with, and a review taken back here stays taken back after a merge', () => {
		const kept: LogEntry = { ...(entry('alpha', 0, 1000) as LogEntry), id: '00000000s-0001aaaaaaaaaaaa' };
		const takenBack: LogEntry = { ...(entry('alpha', 1, 2000) as LogEntry), id: '00000001k-0002bbbbbbbbbbbb', undone: true };
		const backup = sample();
		backup.log = [kept, { ...takenBack, undone: undefined }];
		const here = sample();
		here.log = [kept, takenBack];
		const after = restoredData(here, backup, 'merge', { now: NOW, createdAt: NOW });
		expect(after.log.map((e) => [e.id, e.undone])).toEqual([
			['00000000s-0001aaaaaaaaaaaa', undefined],
			['00000001k-0002bbbbbbbbbbbb', true]
		]);
		const plan = planRestore(here, backup, 'merge', NOW);
		expect(plan.sets[0]).toMatchObject({ reviewsHere: 1, reviewsAfter: 1 });
		// Replace takes the backup's entries with their keys.
		expect(restoredData(here, backup, 'replace', { now: NOW, createdAt: NOW }).log.map((e) => e.id)).toEqual(['00000000s-0001aaaaaaaaaaaa', '00000001k-0002bbbbbbbbbbbb']);
	});

	it('merge: a newer version of a set wins, and a card whose answer changed starts over', () => {
		const backup = { ...sample(), sets: [makeSet('alpha', ['x', 'changed'], 50)] };
		const here = sample();
		here.cards[1] = card('alpha', 1, 'y', 4000);
		const after = restoredData(here, backup, 'merge', { now: NOW, createdAt: NOW });
		expect(after.sets[0]!.updatedAt).toBe(50);
		const q1 = after.cards.find((c) => c.questionId === 'q1')!;
		expect(q1).toMatchObject({ state: 0, reps: 0, due: NOW, answerHash: answerKeyHash(backup.sets[0]!.set.questions[1]!) });
	});
});

describe('backup reminder', () => {
	const prefs = defaultBackupPrefs();
	it('reminds a week after the first review when there was never a backup', () => {
		expect(backupReminder(prefs, null, NOW)).toBeNull();
		expect(backupReminder(prefs, { first: NOW - 6 * DAY, last: NOW }, NOW)).toBeNull();
		expect(backupReminder(prefs, { first: NOW - 7 * DAY, last: NOW }, NOW)).toBe(7);
	});
	it('reminds when the last backup is old and reviews came after it; never when set to 0', () => {
		const old = { ...prefs, lastBackupAt: NOW - 10 * DAY };
		expect(backupReminder(old, { first: 0, last: NOW - 11 * DAY }, NOW)).toBeNull();
		expect(backupReminder(old, { first: 0, last: NOW - DAY }, NOW)).toBe(10);
		expect(backupReminder({ ...old, remindAfterDays: 30 }, { first: 0, last: NOW }, NOW)).toBeNull();
		expect(backupReminder({ ...old, remindAfterDays: 0 }, { first: 0, last: NOW }, NOW)).toBeNull();
	});
});
