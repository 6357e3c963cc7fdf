/**
 * A student's device at each sync: sets assigned by their classes are stored here (and then are
 * sets like any other: cards, queue, offline), a set already here is left as it is, and the
 * finished tests of assigned sets are reported to the class.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSetRow, installSet, loadQueue, openDatabase, saveTestResult, type Database } from '../../src/lib/storage/db';
import { syncClasses } from '../../src/lib/state/class-sync';
import type { SyncApi } from '../../src/lib/state/sync-api';
import type { ClassTestResult, Membership } from '../../src/lib/formats/classes';
import type { SyncAccount } from '../../src/lib/core/records';
import { tinySet } from '../helpers/sets';

const T0 = Date.parse('2024-03-04T09:00:00Z');
const account: SyncAccount = { key: 'account', accountId: 'student-account-0001', deviceId: 'student-device-00001', secret: 's'.repeat(43), deviceName: 'Phone', signedInAt: T0 };
const assigned = tinySet('history-set', [
	{ id: 'q1', type: 'short_answer', prompt: 'Who visited?', answer: 'Shoigu' },
	{ id: 'q2', type: 'short_answer', prompt: 'Where?', answer: 'Pyongyang' }
]);

function membership(set = assigned): Membership {
	return { classId: 'class-1', name: 'History 9B', displayName: 'Ann', joinedAt: T0, assignments: [{ setId: set.id, title: set.title, questionCount: set.questions.length, dueAt: null, assignedAt: T0, set }] };
}

/** The class endpoints as the device calls them, answering from memory and keeping what was reported. */
function classApi(classes: Membership[]) {
	const reported: Array<{ classId: string; tests: ClassTestResult[] }> = [];
	const seen = new Set<string>();
	const api = {
		memberships: async () => classes,
		reportTests: async (_device: unknown, classId: string, tests: ClassTestResult[]) => {
			reported.push({ classId, tests });
			const fresh = tests.filter((test) => !seen.has(test.id));
			for (const test of fresh) seen.add(test.id);
			return { stored: fresh.length, ignored: 0 };
		}
	} as unknown as SyncApi;
	return { api, reported };
}

let db: Database;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase('student');
});

describe('a student\'s classes at each sync', () => {
	it('stores an assigned set the device lacks, whose cards are then in the queue like any set\'s', async () => {
		const { api } = classApi([membership()]);
		const report = await syncClasses({ db, api, now: () => T0 }, account);
		expect(report.setsAdded).toEqual(['history-set']);
		expect((await getSetRow(db, 'history-set'))?.set).toEqual(assigned);
		const queue = await loadQueue(db, 'history-set', T0 + 1000, DEFAULT_SETTINGS, { dayStartHour: 4, offsetMinutes: 0 });
		expect(queue.new.map((card) => card.questionId)).toEqual(['q1', 'q2']);
		// The next sync adds nothing more.
		expect((await syncClasses({ db, api, now: () => T0 }, account)).setsAdded).toEqual([]);
	});

	it('leaves a set already on the device under the same id as it is', async () => {
		const mine = tinySet('history-set', [{ id: 'q1', type: 'short_answer', prompt: 'My own edit?', answer: 'Mine' }]);
		await installSet(db, mine, { builtin: false, now: T0 });
		const { api } = classApi([membership()]);
		expect((await syncClasses({ db, api, now: () => T0 }, account)).setsAdded).toEqual([]);
		expect((await getSetRow(db, 'history-set'))?.set).toEqual(mine);
	});

	it('reports the finished tests of assigned sets, not of the student\'s other sets', async () => {
		await installSet(db, tinySet('diary-set', [{ id: 'd1', type: 'short_answer', prompt: 'Private?', answer: 'Yes' }]), { builtin: false, now: T0 });
		const item = (questionId: string, given: string, correct: boolean) => ({ questionId, prompt: '?', form: 'typed', given, correct, answer: 'x', how: correct ? 'exact' : 'wrong' });
		await saveTestResult(db, { setId: 'history-set', startedAt: T0, finishedAt: T0 + 60_000, types: ['short_answer'], total: 2, correct: 1, scheduled: false, items: [item('q1', 'Shoigu', true), item('q2', 'Seoul', false)] });
		await saveTestResult(db, { setId: 'diary-set', startedAt: T0, finishedAt: T0 + 60_000, types: ['short_answer'], total: 1, correct: 0, scheduled: false, items: [item('d1', 'secret', false)] });
		const { api, reported } = classApi([membership()]);
		expect((await syncClasses({ db, api, now: () => T0 }, account)).testsReported).toBe(1);
		expect(reported).toEqual([
			{
				classId: 'class-1',
				tests: [{ id: `history-set:${T0}`, setId: 'history-set', finishedAt: T0 + 60_000, total: 2, correct: 1, scheduled: false, items: [{ questionId: 'q1', given: 'Shoigu', correct: true }, { questionId: 'q2', given: 'Seoul', correct: false }] }]
			}
		]);
		expect(JSON.stringify(reported)).not.toContain('secret');
		// Reported again at the next sync, stored once.
		expect((await syncClasses({ db, api, now: () => T0 }, account)).testsReported).toBe(0);
	});

	it('reports a test taken as a live test with the live test\'s id, so that a result handed in late or offline still reaches it', async () => {
		const item = { questionId: 'q1', prompt: '?', form: 'typed', given: 'Shoigu', correct: true, answer: 'Shoigu', how: 'exact' };
		await saveTestResult(db, { setId: 'history-set', startedAt: T0, finishedAt: T0 + 30_000, types: ['short_answer'], total: 1, correct: 1, scheduled: false, items: [item], live: { classId: 'class-1', liveId: 'live-0001' } });
		const { api, reported } = classApi([membership()]);
		await syncClasses({ db, api, now: () => T0 }, account);
		expect(reported[0]!.tests).toEqual([{ id: `history-set:${T0}`, setId: 'history-set', finishedAt: T0 + 30_000, total: 1, correct: 1, scheduled: false, items: [{ questionId: 'q1', given: 'Shoigu', correct: true }], liveId: 'live-0001' }]);
	});
});
