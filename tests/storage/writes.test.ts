/**
 * The one write path (src/lib/state/writes.ts): a grade from a study session or a test that
 * counts, and a saved set, are stored and then announced to the other tabs.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCard, installSet, openDatabase, recordReview, reviewLog, DEFAULT_SETTINGS, type Database } from '../../src/lib/storage/db';
import { TestSession } from '../../src/lib/state/test-session.svelte';
import { saveOutsideSet } from '../../src/lib/state/save-set';
import type { Change } from '../../src/lib/state/sync';
import { Rating, State } from '../../src/lib/core/card';
import { Scheduler } from '../../src/lib/core/scheduler';
import { tinySet } from '../helpers/sets';

const set = tinySet('mini', [
	{ id: 'tf', type: 'true_false', prompt: 'The armistice was a peace treaty.', answer: false },
	{ id: 'tf2', type: 'true_false', prompt: 'The fighting stopped in 1953.', answer: true }
]);
const day = { dayStartHour: 4, offsetMinutes: 0 };
const clock = Date.parse('2024-03-01T09:00:00Z');
const now = () => clock;
let db: Database;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
	await installSet(db, set, { builtin: false, now: clock });
});

/** What another tab hears, through the same channel the pages listen on. */
let listener: BroadcastChannel | undefined;
afterEach(() => listener?.close());

function heardByAnotherTab(): Change[] {
	const heard: Change[] = [];
	listener = new BroadcastChannel('factdrill-changes');
	listener.onmessage = (event: MessageEvent) => heard.push(event.data as Change);
	return heard;
}

async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('one write path', () => {
	it('a test answer that counts in the schedule is announced like a study grade', async () => {
		const changes: Change[] = [];
		const test = new TestSession({ db, set, settings: DEFAULT_SETTINGS, day, now, seed: 1, onChange: (change) => changes.push(change) }, { count: 1, types: ['true_false'], schedule: true });
		await test.answer({ truth: test.items[0]!.question.id === 'tf' ? false : true });
		expect(changes).toEqual([{ kind: 'review', setId: 'mini' }]);
		expect(await reviewLog(db, 'mini')).toHaveLength(1);
	});

	it('a test answer for a card another tab graded meanwhile is left out of the schedule with a notice, not an error', async () => {
		const changes: Change[] = [];
		// Another tab grades the card right after this test read it.
		let raced = false;
		const racing = new Proxy(db, {
			get(target, name, receiver) {
				const value = Reflect.get(target, name, receiver);
				if (name !== 'get') return typeof value === 'function' ? value.bind(target) : value;
				return async (...args: unknown[]) => {
					const row = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
					if (!raced && args[0] === 'cards') {
						raced = true;
						const card = (await getCard(target, 'mini', 'tf'))!;
						await recordReview(target, { setId: 'mini', questionId: 'tf', rating: Rating.Good, reviewedAt: clock, durationMs: 1000, before: card, after: new Scheduler().grade(card, Rating.Good, clock).card });
					}
					return row;
				};
			}
		});
		const test = new TestSession({ db: racing, set, settings: DEFAULT_SETTINGS, day, now, seed: 1, onChange: (change) => changes.push(change) }, { count: 2, types: ['true_false'], schedule: true, only: ['tf'] });
		await test.answer({ truth: true });
		expect(test.error).toBeUndefined();
		expect(test.notice).toMatch(/another tab/);
		// Only the other tab's grade is in the log; this answer still counts in the test.
		const log = await reviewLog(db, 'mini');
		expect(log.map((entry) => entry.rating)).toEqual([Rating.Good]);
		expect(changes).toEqual([]);
		expect(test.result?.total).toBe(1);
		expect((await getCard(db, 'mini', 'tf'))?.state).not.toBe(State.New);
	});

	it('a set saved from an import is announced to the other tabs', async () => {
		const heard = heardByAnotherTab();
		const outcome = await saveOutsideSet(db, { ...set, id: 'imported', title: 'Imported' }, { replace: false, now: clock });
		await until(() => heard.length > 0);
		expect(heard).toEqual([{ kind: 'sets', setId: outcome.id }]);
	});
});
