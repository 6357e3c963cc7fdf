/**
 * Storage failing under a grade, an undo or a rebuild: a quota error (thrown at once, or as the
 * transaction's abort) leaves the previous state intact and the learner is told what happened.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { describeStorageError } from '../../src/lib/state/storage-errors';
import { exportEverything } from '../../src/lib/storage/backup';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { rebuild } from '../../src/lib/state/durability';
import { Rating } from '../../src/lib/core/card';
import { deviceWith, flashcardDeck } from '../helpers/device';

const set = flashcardDeck(4);
const day = { dayStartHour: 4, offsetMinutes: 0 };
let db: Database;
let clock: number;
const now = () => clock;
const put = IDBObjectStore.prototype.put;

/** Makes the next `put` into the cards store fail: thrown at once, or as an abort of its transaction. */
function failCardWrites(how: 'throw' | 'abort'): void {
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
		if (this.name !== 'cards') return put.apply(this, args);
		if (how === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const request = put.apply(this, args);
		this.transaction.abort();
		return request;
	});
}

beforeEach(async () => {
	clock = Date.parse('2024-03-01T09:00:00Z');
	db = await deviceWith(set, clock);
});

afterEach(() => vi.restoreAllMocks());

describe('a grade that storage refuses', () => {
	for (const how of ['throw', 'abort'] as const) {
		it(`(${how === 'throw' ? 'quota exceeded' : 'aborted transaction'}) writes nothing, says so, and the same grade succeeds once storage works`, async () => {
			const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
			await session.start();
			const before = await exportEverything(db);
			const card = session.card!.questionId;
			session.reveal();
			failCardWrites(how);
			await session.grade(Rating.Good);
			vi.restoreAllMocks();
			expect(session.error).toMatch(how === 'throw' ? /no storage space left for Factdrill, so nothing was saved/ : /stopped the save before it finished, so nothing was saved/);
			expect(await exportEverything(db)).toEqual(before);
			// Still on the same card, still answerable: the learner just tries again.
			expect(session.card?.questionId).toBe(card);
			expect(session.phase).toBe('feedback');
			expect(session.canUndo).toBe(false);
			await session.grade(Rating.Good);
			expect(session.error).toBeUndefined();
			expect((await exportEverything(db)).log).toHaveLength(1);
		});
	}
});

describe('an undo or rebuild that storage refuses', () => {
	it('undo: the grade stays recorded and the learner is told', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		session.reveal();
		await session.grade(Rating.Good);
		const before = await exportEverything(db);
		failCardWrites('throw');
		await session.undo();
		vi.restoreAllMocks();
		expect(session.error).toMatch(/^Undo failed, nothing changed: The device has no storage space left/);
		expect(await exportEverything(db)).toEqual(before);
	});

	it('rebuild: a failure half-way changes no card', async () => {
		const session = new StudySession({ db, set, settings: DEFAULT_SETTINGS, day, now });
		await session.start();
		for (let i = 0; i < 3; i++) {
			session.reveal();
			clock += 1000;
			await session.grade(Rating.Good);
		}
		// Damage two cards so the rebuild has something to write, then make the second write fail.
		const tx = db.transaction('cards', 'readwrite');
		for (const row of await tx.store.getAll()) if (row.reps > 0) await tx.store.put({ ...row, stability: 123 });
		await tx.done;
		const damaged = await exportEverything(db);
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(rebuild(db, day)).rejects.toMatchObject({ name: 'QuotaExceededError' });
		vi.restoreAllMocks();
		expect(await exportEverything(db)).toEqual(damaged);
	});

	it('names every kind of storage failure in words', () => {
		expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toMatch(/no storage space/);
		expect(describeStorageError(new DOMException('x', 'AbortError'))).toMatch(/stopped the save/);
		expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toMatch(/updated in another tab/);
		expect(describeStorageError(new Error('disk on fire'))).toBe('Storage refused the change, so nothing was saved (disk on fire).');
	});
});
