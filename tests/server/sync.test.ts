/**
 * Sync semantics on both stores, in process: idempotent pushes, cursors, tombstones, set revisions
 * and conflicts, settings merged per field, and the field cases (devices offline for days, a
 * device restored from an old backup, concurrent pushes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJoinCode, joinWithCode } from '$lib/server/devices';
import { deleteAccount } from '$lib/server/accounts';
import { pull, push } from '$lib/server/sync';
import type { Caller } from '$lib/server/auth';
import type { PullResponse, PushRequest, ReviewChange } from '$lib/formats/sync';
import { DAY, freshStore, KINDS, newDevice, questionSet, review, reviews, type Kind } from './stores';

type TestStore = Awaited<ReturnType<typeof freshStore>>;

const changes = (entries: ReturnType<typeof reviews>): ReviewChange[] => entries.map((entry) => ({ id: entry.id, entry }));
const request = (part: Partial<PushRequest>): PushRequest => ({ reviews: [], sets: [], settings: {}, ...part });

/** Everything after `cursor`, every page. */
async function pullAll(store: TestStore, caller: Caller, cursor = 0, limit = 500): Promise<PullResponse & { pages: number }> {
	const all: PullResponse & { pages: number } = { cursor, more: false, reviews: [], sets: [], settings: {}, pages: 0 };
	for (;;) {
		const page = await pull(store, caller, all.cursor, limit);
		all.pages++;
		expect(page.cursor).toBeGreaterThanOrEqual(all.cursor);
		all.cursor = page.cursor;
		all.reviews.push(...page.reviews);
		// Later versions of a set or a setting replace earlier ones, as on the device.
		for (const set of page.sets) all.sets = [...all.sets.filter((known) => known.id !== set.id), set];
		Object.assign(all.settings, page.settings);
		if (!page.more) return all;
	}
}

async function secondDevice(store: TestStore, first: Caller, name = 'Laptop'): Promise<Caller> {
	const { code } = await newJoinCode(store, first);
	return joinWithCode(store, code, { name, secret: `second-device-secret-${name}-0123456789` }, '198.51.100.7');
}

describe.each(KINDS)('sync on the %s store', (kind: Kind) => {
	let store: TestStore;
	beforeAll(async () => {
		store = await freshStore(kind);
	});
	afterAll(async () => {
		await store.sql.close();
	});

	it('stores a retried push once: the other device pulls every review exactly once', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const entries = reviews('retry', 50);
		const first = await push(store, phone, request({ reviews: changes(entries) }));
		const retried = await push(store, phone, request({ reviews: changes(entries) }));
		expect(first.reviews).toEqual({ received: 50, added: 50, deleted: 0 });
		expect(retried.reviews).toEqual({ received: 50, added: 0, deleted: 0 });
		const pulled = await pullAll(store, laptop);
		expect(pulled.reviews.map((change) => change.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
		expect(pulled.reviews.find((change) => change.id === entries[7]!.id)).toEqual({ id: entries[7]!.id, entry: entries[7] });
	});

	it('pages through changes after a cursor, in order, and has nothing more once caught up', async () => {
		const phone = await newDevice(store);
		await push(store, phone, request({ reviews: changes(reviews('page-a', 700)) }));
		await push(store, phone, request({ sets: [{ id: 'news-set', baseRevision: 0, set: questionSet(), changedAt: store.now() }], settings: { newPerDay: { value: 30, changedAt: store.now() } } }));
		await push(store, phone, request({ reviews: changes(reviews('page-b', 500)) }));
		const pulled = await pullAll(store, phone, 0, 500);
		expect(pulled.pages).toBe(3);
		expect(new Set(pulled.reviews.map((change) => change.id)).size).toBe(1200);
		expect(pulled.sets.map((set) => [set.id, set.revision])).toEqual([['news-set', 1]]);
		expect(pulled.settings.newPerDay?.value).toBe(30);
		const caughtUp = await pull(store, phone, pulled.cursor);
		expect(caughtUp).toEqual({ cursor: pulled.cursor, more: false, reviews: [], sets: [], settings: {} });
		await push(store, phone, request({ reviews: changes(reviews('page-c', 1)) }));
		const next = await pull(store, phone, pulled.cursor);
		expect(next.reviews.map((change) => change.id)).toEqual(['page-c-000000']);
	});

	it('sends a deleted review as a tombstone that no later push revives', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const [kept, undone] = reviews('undo', 2);
		await push(store, phone, request({ reviews: changes([kept!, undone!]) }));
		const seen = await pullAll(store, laptop);
		const deletion = await push(store, phone, request({ reviews: [{ id: undone!.id, deleted: true }] }));
		expect(deletion.reviews).toEqual({ received: 1, added: 0, deleted: 1 });
		const after = await pull(store, laptop, seen.cursor);
		expect(after.reviews).toEqual([{ id: undone!.id, deleted: true }]);
		// The laptop had not heard of the undo yet and pushes the entry again.
		const stale = await push(store, laptop, request({ reviews: changes([undone!]) }));
		expect(stale.reviews.added).toBe(0);
		const everything = await pullAll(store, laptop);
		expect(everything.reviews).toContainEqual({ id: undone!.id, deleted: true });
		expect(everything.reviews).toContainEqual({ id: kept!.id, entry: kept });
		// A deletion that arrives before its entry still wins.
		await push(store, phone, request({ reviews: [{ id: 'early-tombstone-1', deleted: true }] }));
		await push(store, laptop, request({ reviews: changes([review('early-tombstone-1')]) }));
		expect((await pullAll(store, laptop)).reviews).toContainEqual({ id: 'early-tombstone-1', deleted: true });
	});

	it('keeps both versions of a set edited from the same revision: the second is a conflict, never an overwrite', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const original = questionSet('shared-edit', 'Original title');
		expect((await push(store, phone, request({ sets: [{ id: 'shared-edit', baseRevision: 0, set: original, changedAt: store.now() }] }))).sets).toEqual([
			{ id: 'shared-edit', status: 'stored', revision: 1 }
		]);
		const phoneEdit = { ...original, title: 'Title from the phone' };
		const laptopEdit = { ...original, title: 'Title from the laptop' };
		await push(store, phone, request({ sets: [{ id: 'shared-edit', baseRevision: 1, set: phoneEdit, changedAt: store.now() }] }));
		const laptopPush = { id: 'shared-edit', baseRevision: 1, set: laptopEdit, changedAt: store.now() + 1 };
		const [result] = (await push(store, laptop, request({ sets: [laptopPush] }))).sets;
		expect(result).toEqual({
			id: 'shared-edit',
			status: 'conflict',
			server: { id: 'shared-edit', revision: 2, set: phoneEdit, changedAt: store.now(), deviceId: phone.deviceId },
			yours: laptopPush
		});
		expect((await pullAll(store, laptop)).sets.find((set) => set.id === 'shared-edit')?.set?.title).toBe('Title from the phone');
		// The learner keeps the laptop's version: pushed from the revision the conflict showed.
		const resolved = await push(store, laptop, request({ sets: [{ ...laptopPush, baseRevision: 2 }] }));
		expect(resolved.sets).toEqual([{ id: 'shared-edit', status: 'stored', revision: 3 }]);
		// The phone's push answered but the answer was lost: retrying the same change is not a conflict.
		const retried = await push(store, phone, request({ sets: [{ id: 'shared-edit', baseRevision: 2, set: laptopEdit, changedAt: store.now() }] }));
		expect(retried.sets).toEqual([{ id: 'shared-edit', status: 'stored', revision: 3 }]);
	});

	it('sends a deleted set as a tombstone, and an edit of a set deleted meanwhile is a conflict', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const set = questionSet('to-delete');
		await push(store, phone, request({ sets: [{ id: 'to-delete', baseRevision: 0, set, changedAt: store.now() }] }));
		const seen = await pullAll(store, laptop);
		await push(store, phone, request({ sets: [{ id: 'to-delete', baseRevision: 1, set: null, changedAt: store.now() }] }));
		const after = await pull(store, laptop, seen.cursor);
		expect(after.sets).toEqual([{ id: 'to-delete', revision: 2, set: null, changedAt: store.now(), deviceId: phone.deviceId }]);
		const [edit] = (await push(store, laptop, request({ sets: [{ id: 'to-delete', baseRevision: 1, set: { ...set, title: 'Edited offline' }, changedAt: store.now() }] }))).sets;
		expect(edit).toMatchObject({ status: 'conflict', server: { revision: 2, set: null } });
	});

	it('merges settings per field: the later change of each field wins, and a clock running ahead does not pin a field', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const t = store.now();
		await push(store, phone, request({ settings: { desiredRetention: { value: 0.85, changedAt: t - 50 }, theme: { value: 'dark', changedAt: t - 20 } } }));
		const laptopResult = await push(store, laptop, request({ settings: { desiredRetention: { value: 0.92, changedAt: t - 30 }, theme: { value: 'light', changedAt: t - 40 } } }));
		expect(laptopResult.settings).toEqual({ applied: ['desiredRetention'], older: ['theme'] });
		const merged = (await pullAll(store, phone)).settings;
		expect(merged.desiredRetention).toEqual({ value: 0.92, changedAt: t - 30, deviceId: laptop.deviceId });
		expect(merged.theme).toEqual({ value: 'dark', changedAt: t - 20, deviceId: phone.deviceId });
		// A device whose clock is a year ahead: its change is dated now, and a real later change still wins.
		await push(store, laptop, request({ settings: { newPerDay: { value: 99, changedAt: t + 365 * DAY } } }));
		store.clock.advance(1000);
		await push(store, phone, request({ settings: { newPerDay: { value: 25, changedAt: store.now() } } }));
		expect((await pullAll(store, laptop)).settings.newPerDay?.value).toBe(25);
	});

	it('merges two devices that studied offline for days and come online at the same moment', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const base = questionSet('offline-set', 'Before the trip');
		await push(store, phone, request({ sets: [{ id: 'offline-set', baseRevision: 0, set: base, changedAt: store.now() }] }));
		const phoneCursor = (await pullAll(store, phone)).cursor;
		const laptopCursor = (await pullAll(store, laptop)).cursor;
		// Three days apart from the network: each device reviews, edits the set, changes a setting.
		const start = store.now();
		const phoneReviews = reviews('offline-phone', 300, start);
		const laptopReviews = reviews('offline-laptop', 300, start + 1000);
		store.clock.advance(3 * DAY);
		const phonePush = request({
			reviews: changes(phoneReviews),
			sets: [{ id: 'offline-set', baseRevision: 1, set: { ...base, title: 'Edited on the bus' }, changedAt: start + DAY }],
			settings: { newPerDay: { value: 10, changedAt: start + 2 * DAY } }
		});
		const laptopPush = request({
			reviews: changes(laptopReviews),
			sets: [{ id: 'offline-set', baseRevision: 1, set: { ...base, title: 'Edited at home' }, changedAt: start + DAY + 5 }],
			settings: { maxReviewsPerDay: { value: 150, changedAt: start + DAY } }
		});
		const [fromPhone, fromLaptop] = await Promise.all([push(store, phone, phonePush), push(store, laptop, laptopPush)]);
		expect(fromPhone.reviews.added + fromLaptop.reviews.added).toBe(600);
		const outcomes = [fromPhone.sets[0]!.status, fromLaptop.sets[0]!.status].sort();
		expect(outcomes).toEqual(['conflict', 'stored']);
		const [phoneView, laptopView] = await Promise.all([pullAll(store, phone, phoneCursor), pullAll(store, laptop, laptopCursor)]);
		const ids = (view: PullResponse) => view.reviews.map((change) => change.id).sort();
		expect(ids(phoneView)).toEqual(ids(laptopView));
		expect(ids(phoneView)).toEqual([...phoneReviews, ...laptopReviews].map((entry) => entry.id).sort());
		expect(phoneView.sets).toEqual(laptopView.sets);
		expect(phoneView.settings.newPerDay?.value).toBe(10);
		expect(laptopView.settings.maxReviewsPerDay?.value).toBe(150);
	});

	it('takes a device restored from an old backup: old entries do not double, old versions overwrite nothing', async () => {
		const phone = await newDevice(store);
		const history = reviews('restored', 100);
		const set = questionSet('restored-set', 'Version one');
		const t = store.now();
		await push(store, phone, request({ reviews: changes(history), sets: [{ id: 'restored-set', baseRevision: 0, set, changedAt: t }], settings: { dayStartHour: { value: 4, changedAt: t } } }));
		const backupCursor = (await pullAll(store, phone)).cursor;
		// Life goes on after the backup: an undo, a new version of the set, a changed setting.
		store.clock.advance(DAY);
		await push(store, phone, request({
			reviews: [{ id: history[5]!.id, deleted: true }],
			sets: [{ id: 'restored-set', baseRevision: 1, set: { ...set, title: 'Version two' }, changedAt: store.now() }],
			settings: { dayStartHour: { value: 6, changedAt: store.now() } }
		}));
		// The phone is restored from the backup and pushes what the backup held, edits from it, then pulls from its old cursor.
		const replay = await push(store, phone, request({
			reviews: changes(history),
			sets: [{ id: 'restored-set', baseRevision: 1, set: { ...set, title: 'Edited after the restore' }, changedAt: store.now() }],
			settings: { dayStartHour: { value: 4, changedAt: t } }
		}));
		expect(replay.reviews.added).toBe(0);
		expect(replay.sets[0]).toMatchObject({ status: 'conflict', server: { revision: 2, set: { title: 'Version two' } } });
		expect(replay.settings.older).toEqual(['dayStartHour']);
		const caughtUp = await pullAll(store, phone, backupCursor);
		expect(caughtUp.reviews).toEqual([{ id: history[5]!.id, deleted: true }]);
		const everything = await pullAll(store, phone);
		expect(everything.reviews).toHaveLength(100);
		expect(everything.reviews.filter((change) => 'deleted' in change)).toEqual([{ id: history[5]!.id, deleted: true }]);
		expect(everything.sets[0]?.set?.title).toBe('Version two');
		expect(everything.settings.dayStartHour?.value).toBe(6);
	});

	it('gives concurrent pushes increasing numbers, so a device pulling meanwhile misses nothing', async () => {
		const phone = await newDevice(store);
		const laptop = await secondDevice(store, phone);
		const batches = Array.from({ length: 12 }, (_, i) => reviews(`concurrent-${String(i).padStart(2, '0')}`, 40));
		let cursor = 0;
		const seen = new Set<string>();
		let pushing = true;
		const puller = (async () => {
			while (pushing) {
				const page = await pull(store, laptop, cursor, 100);
				for (const change of page.reviews) seen.add(change.id);
				cursor = page.cursor;
			}
		})();
		try {
			await Promise.all(batches.map((batch, i) => push(store, i % 2 ? laptop : phone, request({ reviews: changes(batch) }))));
		} finally {
			pushing = false;
			await puller;
		}
		const rest = await pullAll(store, laptop, cursor, 100);
		for (const change of rest.reviews) seen.add(change.id);
		expect(seen.size).toBe(480);
	});

	it('refuses a push into an account deleted meanwhile, reviews alone or with a set, and stores none of it', async () => {
		const phone = await newDevice(store);
		await deleteAccount(store, phone, phone.accountId);
		await expect(push(store, phone, request({ reviews: changes(reviews('after-deletion', 3)) }))).rejects.toMatchObject({ status: 401 });
		await expect(push(store, phone, request({ reviews: changes(reviews('after-deletion-2', 3)), sets: [{ id: 'late-set', baseRevision: 0, set: questionSet('late-set'), changedAt: store.now() }] }))).rejects.toMatchObject({ status: 401 });
		const [left] = await store.sql.query<{ count: number }>('SELECT count(*)::integer AS count FROM reviews WHERE account_id = $1::text', [phone.accountId]);
		expect(left!.count).toBe(0);
	});

	it('keeps accounts apart: the same entry id in two accounts is two entries, and neither sees the other', async () => {
		const mine = await newDevice(store);
		const theirs = await newDevice(store);
		const entry = review('same-id-in-two-accounts');
		expect((await push(store, mine, request({ reviews: changes([entry]) }))).reviews.added).toBe(1);
		expect((await push(store, theirs, request({ reviews: changes([{ ...entry, rating: 1 }]) }))).reviews.added).toBe(1);
		const mineView = await pullAll(store, mine);
		expect(mineView.reviews).toEqual([{ id: entry.id, entry }]);
		await push(store, theirs, request({ sets: [{ id: 'private-set', baseRevision: 0, set: questionSet('private-set'), changedAt: store.now() }], settings: { theme: { value: 'dark', changedAt: store.now() } } }));
		const after = await pullAll(store, mine);
		expect(after.sets).toEqual([]);
		expect(after.settings).toEqual({});
	});
});
