/**
 * Sync between two devices' databases (fake-indexeddb) through a server that keeps the sync
 * server's rules in memory (a union of log entries by id with tombstones, sets with revisions,
 * settings per field, a cursor): what one device studies and edits reaches the other, a retried
 * push doubles nothing, a set edited on both waits for the learner's choice.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteSet, getCard, getSetRow, getSettings, installSet, openDatabase, putSettings, recordReview, reviewLog, undoLastReview, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { countPendingReviews, getSetConflicts, signInDevice } from '../../src/lib/storage/sync';
import { getSyncAccount } from '../../src/lib/storage/sync-account';
import { chooseSetVersion, syncOnce } from '../../src/lib/state/sync-engine';
import { SyncError, type SyncApi } from '../../src/lib/state/sync-api';
import { Scheduler } from '../../src/lib/core/scheduler';
import { schedulerSettingsFor } from '../../src/lib/core/settings';
import type { Grade } from '../../src/lib/core/card';
import type { PullResponse, PushRequest, PushResponse, ReviewChange, SetVersion, SettingValue, SyncedSetting } from '../../src/lib/formats/sync';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { tinySet } from '../helpers/sets';
import { openOldSchema, writeSample } from './old-schemas';

const DAY = { dayStartHour: 4, offsetMinutes: 0 };
const T0 = Date.parse('2024-03-01T09:00:00Z');

/** The server's rules, in memory. `loseAnswers` stores a push and then fails to answer, as a connection dropped after the commit. */
class MemoryServer {
	seq = 0;
	reviews = new Map<string, { seq: number; change: ReviewChange }>();
	sets = new Map<string, SetVersion & { seq: number }>();
	settings = new Map<string, SettingValue & { seq: number }>();
	loseAnswers = 0;
	offline = false;
	pushes = 0;

	api(deviceId: string): SyncApi {
		return {
			push: async (_device: unknown, request: PushRequest) => this.push(deviceId, request),
			pull: async (_device: unknown, after: number) => this.pull(after),
			// In no class: classes have their own test (class-sync.test.ts).
			memberships: async () => []
		} as unknown as SyncApi;
	}

	push(deviceId: string, request: PushRequest): PushResponse {
		if (this.offline) throw new SyncError('the server could not be reached', null, true);
		this.pushes++;
		const response: PushResponse = { reviews: { received: request.reviews.length, added: 0, deleted: 0 }, sets: [], settings: { applied: [], older: [] } };
		for (const change of request.reviews) {
			const known = this.reviews.get(change.id);
			if (!known) {
				this.reviews.set(change.id, { seq: ++this.seq, change });
				if ('deleted' in change) response.reviews.deleted++;
				else response.reviews.added++;
			} else if ('deleted' in change && !('deleted' in known.change)) {
				this.reviews.set(change.id, { seq: ++this.seq, change });
				response.reviews.deleted++;
			}
		}
		for (const change of request.sets) {
			const current = this.sets.get(change.id);
			if ((current?.revision ?? 0) === change.baseRevision) {
				const revision = change.baseRevision + 1;
				this.sets.set(change.id, { id: change.id, revision, set: structuredClone(change.set), changedAt: change.changedAt, deviceId, seq: ++this.seq });
				response.sets.push({ id: change.id, status: 'stored', revision });
			} else if (current && JSON.stringify(current.set) === JSON.stringify(change.set)) {
				response.sets.push({ id: change.id, status: 'stored', revision: current.revision });
			} else {
				const { seq: _seq, ...server } = current!;
				response.sets.push({ id: change.id, status: 'conflict', server, yours: change });
			}
		}
		for (const [field, change] of Object.entries(request.settings)) {
			const current = this.settings.get(field);
			if (!current || change!.changedAt > current.changedAt) {
				this.settings.set(field, { value: change!.value, changedAt: change!.changedAt, deviceId, seq: ++this.seq });
				response.settings.applied.push(field as SyncedSetting);
			} else response.settings.older.push(field as SyncedSetting);
		}
		if (this.loseAnswers > 0) {
			this.loseAnswers--;
			throw new SyncError('the server could not be reached', null, true);
		}
		return response;
	}

	pull(after: number): PullResponse {
		if (this.offline) throw new SyncError('the server could not be reached', null, true);
		const response: PullResponse = { cursor: this.seq, more: false, reviews: [], sets: [], settings: {} };
		for (const { seq, change } of this.reviews.values()) if (seq > after) response.reviews.push(change);
		for (const { seq, ...version } of this.sets.values()) if (seq > after) response.sets.push(structuredClone(version));
		for (const [field, { seq, ...value }] of this.settings) if (seq > after) response.settings[field as SyncedSetting] = value;
		return response;
	}
}

const set = tinySet('capitals', [
	{ id: 'fr', type: 'short_answer', prompt: 'Capital of France?', answer: 'Paris' },
	{ id: 'it', type: 'short_answer', prompt: 'Capital of Italy?', answer: 'Rome' },
	{ id: 'es', type: 'short_answer', prompt: 'Capital of Spain?', answer: 'Madrid' }
]);

const scheduler = new Scheduler(schedulerSettingsFor(DEFAULT_SETTINGS, DAY));

/** Grades a card as a study session does: the entry carries the day and retention it was scheduled with. */
async function grade(db: Database, questionId: string, rating: Grade, at: number): Promise<string> {
	const before = (await getCard(db, set.id, questionId))!;
	const after = scheduler.grade(before, rating, at).card;
	return recordReview(db, { setId: set.id, questionId, rating, reviewedAt: at, durationMs: 3000, before, after, day: DAY, retention: DEFAULT_SETTINGS.desiredRetention });
}

let server: MemoryServer;
let phone: Database;
let laptop: Database;
let clock = T0;
const now = () => clock;

async function signIn(db: Database, deviceId: string, pushSettings: boolean) {
	await signInDevice(db, { accountId: 'account-1', deviceId, secret: 'secret-secret-secret-secret', deviceName: deviceId, signedInAt: clock }, { pushSettings });
}
const sync = (db: Database, deviceId: string) => syncOnce({ db, api: server.api(deviceId), now });

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	server = new MemoryServer();
	clock = T0;
	phone = await openDatabase('phone');
	laptop = await openDatabase('laptop');
});

describe('sync between two devices', () => {
	it('what the phone studied reaches the laptop: the set, every review, and the same card states', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await grade(phone, 'fr', 3, T0 + 1000);
		await grade(phone, 'it', 1, T0 + 2000);
		await signIn(phone, 'phone', true);
		expect(await countPendingReviews(phone)).toBe(2);
		const first = await sync(phone, 'phone');
		expect(first.pushed).toBeGreaterThanOrEqual(3);
		expect(await countPendingReviews(phone)).toBe(0);

		clock = T0 + 3_600_000;
		await signIn(laptop, 'laptop', false);
		const joined = await sync(laptop, 'laptop');
		expect(joined.replayed).toBe(2);
		expect((await getSetRow(laptop, 'capitals'))?.set.title).toBe('Capitals');
		expect((await reviewLog(laptop, 'capitals')).map((entry) => entry.id)).toEqual((await reviewLog(phone, 'capitals')).map((entry) => entry.id));
		for (const id of ['fr', 'it']) {
			const { due, state, stability, reps } = (await getCard(phone, 'capitals', id))!;
			expect(await getCard(laptop, 'capitals', id)).toMatchObject({ due, state, stability, reps });
		}
		expect(await getCard(laptop, 'capitals', 'es')).toMatchObject({ state: 0, reps: 0 });
	});

	it('a push whose answer was lost is sent again and stored once; nothing waits afterwards', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await grade(phone, 'fr', 3, T0 + 1000);
		server.loseAnswers = 1;
		await expect(sync(phone, 'phone')).rejects.toThrow('could not be reached');
		expect(server.reviews.size).toBe(1);
		expect(await countPendingReviews(phone)).toBe(1);
		await sync(phone, 'phone');
		expect(server.reviews.size).toBe(1);
		expect(await countPendingReviews(phone)).toBe(0);
		// And pulling its own entry back adds nothing to the log.
		expect(await reviewLog(phone, 'capitals')).toHaveLength(1);
	});

	it('a review made offline waits, and goes on the next sync', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await sync(phone, 'phone');
		server.offline = true;
		await grade(phone, 'es', 4, T0 + 5000);
		await expect(sync(phone, 'phone')).rejects.toThrow(SyncError);
		expect(await countPendingReviews(phone)).toBe(1);
		server.offline = false;
		await sync(phone, 'phone');
		expect([...server.reviews.values()].map(({ change }) => 'entry' in change && change.entry.questionId)).toEqual(['es']);
	});

	it('a grade taken back on one device is taken back on the other', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await signIn(laptop, 'laptop', false);
		const id = await grade(phone, 'fr', 3, T0 + 1000);
		await sync(phone, 'phone');
		await sync(laptop, 'laptop');
		expect((await getCard(laptop, 'capitals', 'fr'))?.reps).toBe(1);
		await undoLastReview(phone, id);
		await sync(phone, 'phone');
		await sync(laptop, 'laptop');
		expect(await reviewLog(laptop, 'capitals')).toEqual([]);
		expect((await getCard(laptop, 'capitals', 'fr'))?.reps).toBe(0);
	});

	it('a set edited on both devices offline keeps both versions until the learner chooses', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await sync(phone, 'phone');
		await signIn(laptop, 'laptop', false);
		await sync(laptop, 'laptop');

		const phoneVersion: QuestionSet = { ...set, title: 'Capitals (phone)' };
		const laptopVersion: QuestionSet = { ...set, title: 'Capitals (laptop)', questions: [...set.questions, { id: 'de', type: 'short_answer', prompt: 'Capital of Germany?', answer: 'Berlin' }] };
		await installSet(phone, phoneVersion, { builtin: false, now: T0 + 10 });
		await installSet(laptop, laptopVersion, { builtin: false, now: T0 + 20 });
		await sync(phone, 'phone');
		const report = await sync(laptop, 'laptop');
		expect(report.conflicts).toBe(1);
		const [conflict] = await getSetConflicts(laptop);
		expect(conflict).toMatchObject({ id: 'capitals', mine: { title: 'Capitals (laptop)' }, theirs: { set: { title: 'Capitals (phone)' }, deviceId: 'phone' } });
		// Nothing overwritten meanwhile, here or on the server.
		expect((await getSetRow(laptop, 'capitals'))?.set.title).toBe('Capitals (laptop)');
		expect(server.sets.get('capitals')?.set?.title).toBe('Capitals (phone)');
		await sync(laptop, 'laptop');
		expect(await getSetConflicts(laptop)).toHaveLength(1);

		await chooseSetVersion({ db: laptop, api: server.api('laptop'), now }, conflict!, 'mine');
		await sync(laptop, 'laptop');
		await sync(phone, 'phone');
		expect(await getSetConflicts(laptop)).toEqual([]);
		expect((await getSetRow(phone, 'capitals'))?.set.title).toBe('Capitals (laptop)');
		expect(await getCard(phone, 'capitals', 'de')).toBeDefined();
	});

	it('choosing the other version takes it here', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await sync(phone, 'phone');
		await signIn(laptop, 'laptop', false);
		await sync(laptop, 'laptop');
		await installSet(phone, { ...set, title: 'Phone' }, { builtin: false, now: T0 + 10 });
		await installSet(laptop, { ...set, title: 'Laptop' }, { builtin: false, now: T0 + 20 });
		await sync(phone, 'phone');
		await sync(laptop, 'laptop');
		const [conflict] = await getSetConflicts(laptop);
		await chooseSetVersion({ db: laptop, api: server.api('laptop'), now }, conflict!, 'theirs');
		const report = await sync(laptop, 'laptop');
		expect(report.conflicts).toBe(0);
		expect((await getSetRow(laptop, 'capitals'))?.set.title).toBe('Phone');
		expect(server.sets.get('capitals')?.revision).toBe(2);
	});

	it('settings merge per field: each device keeps the fields the other did not change', async () => {
		await signIn(phone, 'phone', true);
		await sync(phone, 'phone');
		await signIn(laptop, 'laptop', false);
		await sync(laptop, 'laptop');
		clock = T0 + 1000;
		await putSettings(phone, { ...(await getSettings(phone)), newPerDay: 7 });
		clock = T0 + 2000;
		await putSettings(laptop, { ...(await getSettings(laptop)), theme: 'dark' });
		await sync(phone, 'phone');
		await sync(laptop, 'laptop');
		await sync(phone, 'phone');
		for (const db of [phone, laptop]) expect(await getSettings(db)).toMatchObject({ newPerDay: 7, theme: 'dark' });
	});

	it('signing in keeps the account only on this device, and every earlier review waits to be pushed', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await grade(phone, 'fr', 3, T0 + 1000);
		expect(await getSyncAccount(phone)).toBeUndefined();
		// Without sync on, a grade leaves nothing waiting.
		expect(await countPendingReviews(phone)).toBe(0);
		await signIn(phone, 'phone', true);
		expect(await countPendingReviews(phone)).toBe(1);
		expect(await getSyncAccount(laptop)).toBeUndefined();
	});
});

describe('a deleted set', () => {
	/** Both devices hold the set, synced; the phone has studied two cards and the laptop has their reviews. */
	async function bothHoldTheSet() {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await grade(phone, 'fr', 3, T0 + 1000);
		await grade(phone, 'it', 3, T0 + 2000);
		await sync(phone, 'phone');
		await signIn(laptop, 'laptop', false);
		await sync(laptop, 'laptop');
		expect(await reviewLog(laptop, 'capitals')).toHaveLength(2);
	}

	it('goes from this device with its cards, reviews, test results, unsaved edit and pending pushes, in one step', async () => {
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await grade(phone, 'fr', 3, T0 + 1000);
		await phone.add('tests', { setId: 'capitals', startedAt: T0 + 2000, finishedAt: T0 + 3000, types: ['short_answer'], total: 3, correct: 1, scheduled: false, items: [] });
		await phone.put('drafts', { key: 'set:capitals', setId: 'capitals', draft: {}, savedAt: T0 });
		expect(await countPendingReviews(phone)).toBe(1);
		expect(await deleteSet(phone, 'capitals')).toEqual({ cards: 3, reviews: 1 });
		expect(await getSetRow(phone, 'capitals')).toBeUndefined();
		expect(await phone.getAllFromIndex('cards', 'by-set', 'capitals')).toEqual([]);
		expect(await phone.getAll('log')).toEqual([]);
		expect(await phone.getAll('tests')).toEqual([]);
		expect(await phone.get('drafts', 'set:capitals')).toBeUndefined();
		expect(await countPendingReviews(phone)).toBe(0);
	});

	it('is deleted on the other device too, with its cards and reviews; a device joining later never gets it', async () => {
		await bothHoldTheSet();
		await deleteSet(phone, 'capitals');
		await sync(phone, 'phone');
		expect(server.sets.get('capitals')).toMatchObject({ revision: 2, set: null });
		await sync(laptop, 'laptop');
		expect(await getSetRow(laptop, 'capitals')).toBeUndefined();
		expect(await getCard(laptop, 'capitals', 'fr')).toBeUndefined();
		expect(await laptop.getAll('log')).toEqual([]);
		// Nothing more goes either way.
		expect((await sync(laptop, 'laptop')).pushed).toBe(0);
		expect((await sync(phone, 'phone')).pushed).toBe(0);

		const tablet = await openDatabase('tablet');
		await signIn(tablet, 'tablet', false);
		await sync(tablet, 'tablet');
		expect(await getSetRow(tablet, 'capitals')).toBeUndefined();
		expect(await tablet.getAll('log')).toEqual([]);
		expect(await tablet.getAll('cards')).toEqual([]);
	});

	it('edited offline on the other device: that device is asked, and keeping its version brings the set back everywhere', async () => {
		await bothHoldTheSet();
		await deleteSet(phone, 'capitals');
		await sync(phone, 'phone');
		await installSet(laptop, { ...set, title: 'Capitals (laptop)' }, { builtin: false, now: T0 + 20 });
		const report = await sync(laptop, 'laptop');
		expect(report.conflicts).toBe(1);
		const [conflict] = await getSetConflicts(laptop);
		expect(conflict).toMatchObject({ id: 'capitals', mine: { title: 'Capitals (laptop)' }, theirs: { set: null, deviceId: 'phone' } });
		// Nothing vanished meanwhile: the laptop keeps its version and its reviews.
		expect((await getSetRow(laptop, 'capitals'))?.set.title).toBe('Capitals (laptop)');
		expect(await reviewLog(laptop, 'capitals')).toHaveLength(2);

		await chooseSetVersion({ db: laptop, api: server.api('laptop'), now }, conflict!, 'mine');
		await sync(laptop, 'laptop');
		expect(server.sets.get('capitals')).toMatchObject({ revision: 3, set: { title: 'Capitals (laptop)' } });
		await sync(phone, 'phone');
		expect((await getSetRow(phone, 'capitals'))?.set.title).toBe('Capitals (laptop)');
		expect(await getSetConflicts(phone)).toEqual([]);
	});

	it('edited offline on the other device: choosing the deletion there deletes it there too', async () => {
		await bothHoldTheSet();
		await deleteSet(phone, 'capitals');
		await sync(phone, 'phone');
		await installSet(laptop, { ...set, title: 'Capitals (laptop)' }, { builtin: false, now: T0 + 20 });
		await sync(laptop, 'laptop');
		const [conflict] = await getSetConflicts(laptop);
		await chooseSetVersion({ db: laptop, api: server.api('laptop'), now }, conflict!, 'theirs');
		expect((await sync(laptop, 'laptop')).conflicts).toBe(0);
		expect(await getSetRow(laptop, 'capitals')).toBeUndefined();
		expect(await laptop.getAll('log')).toEqual([]);
		expect(server.sets.get('capitals')).toMatchObject({ revision: 2, set: null });
	});

	it('deleted here after an edit reached the server from elsewhere: this device is asked, and keeping it deleted deletes it everywhere', async () => {
		await bothHoldTheSet();
		await installSet(laptop, { ...set, title: 'Capitals (laptop)' }, { builtin: false, now: T0 + 20 });
		await sync(laptop, 'laptop');
		await deleteSet(phone, 'capitals');
		const report = await sync(phone, 'phone');
		expect(report.conflicts).toBe(1);
		const [conflict] = await getSetConflicts(phone);
		expect(conflict).toMatchObject({ mine: null, theirs: { set: { title: 'Capitals (laptop)' } } });
		// The edit did not bring the set back here behind the learner's back.
		expect(await getSetRow(phone, 'capitals')).toBeUndefined();
		await chooseSetVersion({ db: phone, api: server.api('phone'), now }, conflict!, 'mine');
		await sync(phone, 'phone');
		expect(server.sets.get('capitals')).toMatchObject({ revision: 3, set: null });
		await sync(laptop, 'laptop');
		expect(await getSetRow(laptop, 'capitals')).toBeUndefined();
		expect(await getSetRow(phone, 'capitals')).toBeUndefined();
	});
});

describe('the sync store', () => {
	it('a version-5 database upgrades with sync off, its log unchanged, and can turn sync on', async () => {
		globalThis.indexedDB = new IDBFactory();
		const old = await openOldSchema(5);
		await writeSample(old, 5, 'Old set');
		old.close();
		const db = await openDatabase();
		expect(db.objectStoreNames.contains('sync')).toBe(true);
		expect(await getSyncAccount(db)).toBeUndefined();
		expect(await countPendingReviews(db)).toBe(0);
		await signIn(db, 'phone', true);
		// The review recorded before the upgrade waits to be pushed.
		expect(await countPendingReviews(db)).toBe(1);
	});
});

describe('after a restore', () => {
	it('reviews a restored backup holds are pushed; reviews the restore removed are not deleted elsewhere', async () => {
		const { queueWholeLog } = await import('../../src/lib/storage/sync');
		await installSet(phone, set, { builtin: false, now: T0 });
		await signIn(phone, 'phone', true);
		await sync(phone, 'phone');
		const kept = await grade(phone, 'fr', 3, T0 + 1000);
		// A restore replaced the log meanwhile: the pending entry is gone, another entry came back from the backup.
		const restored = { ...(await reviewLog(phone, 'capitals'))[0]!, id: '0000000zz-00000000000000ff', questionId: 'it' };
		const tx = phone.transaction('log', 'readwrite');
		await tx.store.delete(kept);
		await tx.store.put(restored);
		await tx.done;
		await queueWholeLog(phone);
		await sync(phone, 'phone');
		expect([...server.reviews.keys()]).toEqual(['0000000zz-00000000000000ff']);
		expect([...server.reviews.values()].every(({ change }) => !('deleted' in change))).toBe(true);
		expect(await countPendingReviews(phone)).toBe(0);
	});
});

describe('the sync service', () => {
	/** A timer run by hand: what waits, and for how long. */
	class HandTimer {
		waiting = new Map<number, { run: () => void; ms: number }>();
		#next = 0;
		set = (run: () => void, ms: number) => {
			this.waiting.set(++this.#next, { run, ms });
			return this.#next;
		};
		clear = (handle: unknown) => void this.waiting.delete(handle as number);
		fire() {
			const due = [...this.waiting.values()];
			this.waiting.clear();
			for (const { run } of due) run();
		}
	}

	it('a settings change starts a sync once this tab stops saving: three saves in a row send one push, with the last values', async () => {
		const { SyncService } = await import('../../src/lib/state/sync-service.svelte');
		const { saveSettings } = await import('../../src/lib/state/writes');
		const timer = new HandTimer();
		await signIn(phone, 'phone', true);
		const service = new SyncService({ db: async () => phone, api: server.api('phone'), now, settleMs: 4000, timer, applySettings: () => undefined });
		await service.start();
		await service.syncNow();
		expect(service.state.kind).toBe('synced');
		const pushesBefore = server.pushes;

		clock = T0 + 60_000;
		const settings = await getSettings(phone);
		await saveSettings(phone, { ...settings, newPerDay: 11 });
		await saveSettings(phone, { ...settings, newPerDay: 12 });
		await saveSettings(phone, { ...settings, newPerDay: 13, theme: 'dark' });
		// One sync waits, the settle time after the last save; nothing went yet.
		await vi.waitFor(() => expect([...timer.waiting.values()].map(({ ms }) => ms)).toEqual([4000]));
		expect(server.pushes).toBe(pushesBefore);

		timer.fire();
		await vi.waitFor(() => expect(server.pushes).toBe(pushesBefore + 1));
		await service.syncNow();
		expect(server.settings.get('newPerDay')?.value).toBe(13);
		expect(server.settings.get('theme')?.value).toBe('dark');
		expect(service.state.kind).toBe('synced');
	});
});

describe('the sync state on the home page', () => {
	it('comes with the sync service only on a device that syncs', async () => {
		const { syncServiceIfOn } = await import('../../src/lib/state/sync-status');
		const { getDatabase } = await import('../../src/lib/state/library');
		expect(await syncServiceIfOn()).toBeUndefined();

		await signInDevice(await getDatabase(), { accountId: 'account-1', deviceId: 'phone', secret: 'secret-secret-secret-secret', deviceName: 'phone', signedInAt: T0 }, { pushSettings: true });
		const { syncService } = await import('../../src/lib/state/sync-service.svelte');
		expect(await syncServiceIfOn()).toBe(syncService);
	});
});
