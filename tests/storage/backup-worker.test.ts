import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSettings, reviewLog, type Database } from '../../src/lib/storage/db';
import { BackupJob, makeBackup, type BackupMessage, type BackupRequest } from '../../src/lib/state/backup-job';
import { BackupRestore } from '../../src/lib/state/backup-restore.svelte';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { Rating } from '../../src/lib/core/card';
import { deviceWith, flashcardDeck } from '../helpers/device';

const set = flashcardDeck(6);
let clock = Date.parse('2024-03-01T09:00:00Z');

/** The worker, run in this process: requests go to a BackupJob, its messages come back as events. */
class InProcessWorker extends EventTarget {
	readonly heard: BackupMessage[] = [];
	readonly #job: BackupJob;
	#queue: Promise<void> = Promise.resolve();
	constructor(db: Database) {
		super();
		this.#job = new BackupJob(
			async () => db,
			(message) => {
				this.heard.push(message);
				this.dispatchEvent(new MessageEvent('message', { data: message }));
			}
		);
	}
	postMessage(request: BackupRequest): void {
		this.#queue = this.#queue.then(() => this.#job.handle(request));
	}
	terminate(): void {}
}

async function profile(grades: number): Promise<Database> {
	const db = await deviceWith(set, clock);
	const session = new StudySession({ db, set, settings: await getSettings(db), day: { dayStartHour: 4, offsetMinutes: 0 }, now: () => clock });
	await session.start();
	for (let i = 0; i < grades && session.card; i++) {
		session.reveal();
		clock += 3000;
		await session.grade(Rating.Good);
	}
	return db;
}

beforeEach(() => {
	clock = Date.parse('2024-03-01T09:00:00Z');
});

describe('the backup page\'s work, done by a worker', () => {
	it('reads, plans in either mode and restores a backup, telling its progress; the page only gets the plan', async () => {
		const text = await makeBackup(await profile(5), clock);
		const db = await profile(0);
		const worker = new InProcessWorker(db);
		const page = new BackupRestore(() => worker as unknown as Worker, () => clock);
		page.open(new Blob([text]), 'merge');
		expect(page.busy).toBe(true);
		await vi.waitFor(() => expect(page.plan).toBeDefined());
		expect(page.busy).toBe(false);
		expect(page.summary).toMatchObject({ createdAt: clock, counts: { sets: 1, log: 5 } });
		expect(page.plan!.sets[0]).toMatchObject({ action: 'merged', reviewsHere: 0, reviewsAfter: 5 });
		expect(worker.heard.map((message) => (message.type === 'progress' ? message.stage : message.type))).toEqual(['reading', 'checking', 'planning', 'planned']);

		page.replan('replace');
		await vi.waitFor(() => expect(page.plan!.mode).toBe('replace'));
		const report = await page.restore('replace');
		expect(report).toEqual({ sets: 1, cards: 6, log: 5, tests: 0 });
		expect(await reviewLog(db, 'deck')).toHaveLength(5);
		const writing = worker.heard.filter((message) => message.type === 'progress' && message.stage === 'writing' && message.total);
		expect(writing.length).toBeGreaterThan(0);
		// 1 set, 6 cards, 5 reviews and the backup reminder's row.
		expect(writing.at(-1)).toMatchObject({ done: 13, total: 13 });
		expect(page.plan).toBeUndefined();
		expect(page.report).toEqual(report);
	});

	it('a damaged file is refused with every problem, and a backup is made as a file', async () => {
		const db = await profile(2);
		const page = new BackupRestore(() => new InProcessWorker(db) as unknown as Worker, () => clock);
		page.open(new Blob(['{"format":"factdrill-backup","version":1}']), 'merge');
		await vi.waitFor(() => expect(page.errors).toEqual(['field "data": is missing or not an object']));
		expect(page.plan).toBeUndefined();
		const made = await page.make();
		if (typeof made === 'string') throw new Error(made);
		expect(made).toMatchObject({ lastBackupAt: clock });
		page.open(made.file, 'merge');
		await vi.waitFor(() => expect(page.plan?.reviewsAfter).toBe(2));
	});

	it('a restore that storage refuses says so and changes nothing', async () => {
		const text = await makeBackup(await profile(3), clock);
		const db = await profile(1);
		const page = new BackupRestore(() => new InProcessWorker(db) as unknown as Worker, () => clock);
		page.open(new Blob([text]), 'replace');
		await vi.waitFor(() => expect(page.plan).toBeDefined());
		const put = IDBObjectStore.prototype.put;
		const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if (this.name === 'log') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		expect(await page.restore('replace')).toBeUndefined();
		spy.mockRestore();
		expect(page.failure).toMatch(/no storage space left/);
		expect(await reviewLog(db, 'deck')).toHaveLength(1);
	});
});
