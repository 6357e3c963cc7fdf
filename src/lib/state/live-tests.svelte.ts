/**
 * The live test on a student's device: whether one runs now in their classes (asked while online,
 * on the home and Classes pages), and, while they take it, telling the teacher how far they are and
 * handing in the result. Nothing here is needed to take the test: offline, or with the server
 * gone, the test runs as any test and its result goes with the next sync (marked as the live
 * test's, so the teacher still sees it, as after the end if it came late).
 */
import type { LiveTestEntry } from '$lib/formats/classes';
import type { SyncAccount, TestResult } from '$lib/core/records';
import { LIVE_NOW_POLL_MS } from '$lib/core/live-test';
import { classTestResult } from './class-sync';
import type { SyncService } from './sync-service.svelte';

/**
 * Runs `task` now (or after `everyMs` when `now` is false) and then every `everyMs` while the page
 * is shown (a hidden tab asks nothing, and asks at once when shown again); a failed run waits for
 * the next. Returns the stop.
 */
export function poll(task: () => Promise<unknown>, everyMs: number, now = true): () => void {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	const run = async () => {
		timer = undefined;
		if (stopped || running) return;
		running = true;
		try {
			if (!document.hidden) await task();
		} catch {
			// The next run tries again.
		} finally {
			running = false;
		}
		if (!stopped) timer = setTimeout(run, everyMs);
	};
	const shown = () => {
		if (document.hidden || timer === undefined) return;
		clearTimeout(timer);
		void run();
	};
	document.addEventListener('visibilitychange', shown);
	if (now) void run();
	else timer = setTimeout(run, everyMs);
	return () => {
		stopped = true;
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', shown);
	};
}

/** The sync service, loaded apart (a device without sync loads nothing more). */
const loadSync = async (): Promise<SyncService> => (await import('./sync-service.svelte')).syncService;

/** The live tests running now in this student's classes, as the server last said (none offline or without sync). */
export class LiveTestWatch {
	#entries = $state.raw<LiveTestEntry[]>([]);
	/** The server said this account is in no class (or the device has no sync): nothing to watch for. */
	#inNoClass = false;

	constructor(private readonly sync: () => Promise<SyncService> = loadSync) {}

	get entries(): LiveTestEntry[] {
		return this.#entries;
	}

	/** Asks the server once. */
	async check(): Promise<void> {
		const sync = await this.sync();
		await sync.start();
		const account = sync.account;
		if (!account) {
			this.#inNoClass = true;
			this.#entries = [];
			return;
		}
		try {
			const now = await sync.api.liveNow(account);
			this.#inNoClass = now.classes === 0;
			this.#entries = now.live;
		} catch (error) {
			// Offline or refused: no live test to show until the server answers again.
			this.#entries = [];
			throw error;
		}
	}

	/** Asks now and every few seconds while the page is shown (offline too: it asks again once online); a device in no class stops after the first answer. Returns the stop. */
	watch(): () => void {
		let stop: (() => void) | undefined;
		let stopped = false;
		void this.check()
			.catch(() => undefined)
			.then(() => {
				if (!stopped && !this.#inNoClass) stop = poll(() => this.check(), LIVE_NOW_POLL_MS, false);
			});
		return () => {
			stopped = true;
			stop?.();
		};
	}

	/**
	 * Where joining `entry` goes: the set's Test page in live mode. The set arrives with a sync when
	 * this device does not have it yet (the teacher may have assigned it just now).
	 */
	async joinAddress(entry: LiveTestEntry, hasSet: (setId: string) => Promise<boolean>): Promise<string> {
		if (!(await hasSet(entry.setId))) {
			await (await this.sync()).syncNow();
			if (!(await hasSet(entry.setId))) throw new Error(`“${entry.title}” is not on this device yet and could not be fetched: check the connection and try again.`);
		}
		return liveTestAddress(entry);
	}
}

/** The Test page of the live test's set, in live mode. */
export function liveTestAddress(entry: Pick<LiveTestEntry, 'setId' | 'classId' | 'id' | 'questionCount'>): string {
	const query = new URLSearchParams({ id: entry.setId, live: entry.id, class: entry.classId, count: String(entry.questionCount) });
	return `/test?${query}`;
}

/** The live test named by the Test page's address, or undefined for an ordinary test. */
export function liveFromAddress(search: URLSearchParams): { classId: string; liveId: string; count: number } | undefined {
	const liveId = search.get('live');
	const classId = search.get('class');
	const count = Number(search.get('count'));
	if (!liveId || !classId || !Number.isInteger(count) || count < 1) return undefined;
	return { classId, liveId, count };
}

/** A live test being taken on this device: progress told to the teacher, the result handed in. */
export class LiveTestTaking {
	#ended = $state(false);
	#handedIn = $state<'sending' | 'sent' | 'later' | 'no-sync' | undefined>();

	constructor(
		readonly live: { classId: string; liveId: string },
		private readonly sync: () => Promise<SyncService> = loadSync
	) {}

	/** The teacher ended the live test while this device took it (the result will be marked as after the end). */
	get ended(): boolean {
		return this.#ended;
	}
	/** Where the result is: being sent, with the teacher, waiting for the next sync, or kept here only (sync is off on this device). */
	get handedIn(): 'sending' | 'sent' | 'later' | 'no-sync' | undefined {
		return this.#handedIn;
	}

	async #account(): Promise<{ sync: SyncService; account: SyncAccount } | undefined> {
		const sync = await this.sync();
		await sync.start();
		return sync.account ? { sync, account: sync.account } : undefined;
	}

	/** Tells the teacher how far this student is; a failure (offline) is left for the next answer. */
	async progress(answered: number, total: number): Promise<void> {
		try {
			const signedIn = await this.#account();
			if (!signedIn) return;
			const { ended } = await signedIn.sync.api.liveProgress(signedIn.account, this.live.classId, this.live.liveId, { answered, total });
			this.#ended = ended;
		} catch {
			// Progress is a courtesy to the teacher; the result is what counts.
		}
	}

	/** Hands the finished test in now; when that fails it goes with the next sync, which reports every test of assigned sets. */
	async handIn(result: TestResult): Promise<void> {
		this.#handedIn = 'sending';
		try {
			const signedIn = await this.#account();
			if (!signedIn) {
				this.#handedIn = 'no-sync';
				return;
			}
			await signedIn.sync.api.reportTests(signedIn.account, this.live.classId, [classTestResult(result)]);
			this.#handedIn = 'sent';
		} catch {
			this.#handedIn = 'later';
		}
	}
}
