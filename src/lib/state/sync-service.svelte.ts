/**
 * Sync as the pages see it: whether a server serves this app, whether this device is signed in,
 * the state in words (synced / pending N / offline / error and why / choose a version), and the
 * actions (turn on, join, recover, sync now, choose a version, sign out). A sync runs on demand,
 * when the device comes back online, shortly after this tab writes (a study session's grades, a
 * saved or deleted set, saved settings), and on a retry after a failure. Storage, the server and the clock are injected.
 */
import type { SetConflict, SyncAccount } from '$lib/core/records';
import { describeSync, type SyncStateKind } from '$lib/core/sync-merge';
import type { Database } from '$lib/storage/db';
import { countPendingReviews, forgetSyncAccount, queueWholeLog, getSetConflicts, getSyncedSets, getSyncProgress, signInDevice, updateSyncProgress } from '$lib/storage/sync';
import { getSyncAccount } from '$lib/storage/sync-account';
import { getSetRows, getSettings, type Settings } from '$lib/storage/db';
import { setsToPush } from '$lib/core/sync-merge';
import { chooseSetVersion, syncOnce, type SyncReport } from './sync-engine';
import { newDeviceSecret, SyncApi, SyncError } from './sync-api';
import { broadcastChange, onChange, onOwnChange } from './sync';
import { applyAppearance } from './appearance';
import { getDatabase } from './library';
import { createPasskey, usePasskey } from './passkeys';

export interface SyncServiceDeps {
	db: () => Promise<Database>;
	api: SyncApi;
	now: () => number;
	/** Wait after this tab writes before syncing, so a session's grades (or a few settings saved in a row) go together (ms). */
	settleMs?: number;
	/** Applies settings pulled from another device to this page (default: the theme and motion, on <html>). */
	applySettings?: (settings: Settings) => void;
	/** The timer the waits run on (default: setTimeout); tests run it by hand. */
	timer?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const realTimer = { set: (run: () => void, ms: number) => setTimeout(run, ms), clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/** Waits before retrying a failed sync: 15 s, doubling, at most 5 minutes. */
const retryDelay = (failures: number) => Math.min(15_000 * 2 ** Math.max(0, failures - 1), 300_000);

export class SyncService {
	#available = $state<boolean | undefined>();
	#account = $state.raw<SyncAccount | undefined>();
	#online = $state(true);
	#syncing = $state(false);
	#pending = $state(0);
	#conflicts = $state.raw<SetConflict[]>([]);
	#lastSyncedAt = $state<number | null>(null);
	#error = $state<string | null>(null);
	#ready = $state(false);
	#clock = $state(0);
	#timer: unknown;
	#failures = 0;
	#started = false;
	#running: Promise<SyncReport | undefined> | undefined;

	constructor(private readonly deps: SyncServiceDeps) {}

	/** Whether a Factdrill server serves this app; undefined until known. */
	get available(): boolean | undefined {
		return this.#available;
	}
	get account(): SyncAccount | undefined {
		return this.#account;
	}
	get ready(): boolean {
		return this.#ready;
	}
	get syncing(): boolean {
		return this.#syncing;
	}
	get pending(): number {
		return this.#pending;
	}
	get conflicts(): SetConflict[] {
		return this.#conflicts;
	}
	/** When this device last synced; null before its first sync ends. */
	get lastSyncedAt(): number | null {
		return this.#lastSyncedAt;
	}
	get error(): string | null {
		return this.#error;
	}
	get state(): { kind: SyncStateKind; text: string } {
		return describeSync(
			{ signedIn: !!this.#account, online: this.#online, syncing: this.#syncing, pending: this.#pending, conflicts: this.#conflicts.length, lastSyncedAt: this.#lastSyncedAt, error: this.#error },
			this.#clock || this.deps.now()
		);
	}

	/** Reads what is stored, asks the server whether it is there, and starts syncing on the triggers. Safe to call more than once. */
	async start(): Promise<void> {
		if (this.#started) return this.refresh();
		this.#started = true;
		this.#online = typeof navigator === 'undefined' ? true : navigator.onLine;
		if (typeof window !== 'undefined') {
			addEventListener('online', () => {
				this.#online = true;
				void this.syncNow();
			});
			addEventListener('offline', () => (this.#online = false));
		}
		onOwnChange((change) => {
			if (change.kind === 'rebuild') return;
			void (async () => {
				// A restored backup may hold reviews the server never had: the whole log is offered again.
				if (change.kind === 'restore') await queueWholeLog(await this.deps.db());
				await this.refresh();
				this.#schedule(this.deps.settleMs ?? 4_000);
			})();
		});
		// Another tab synced or wrote: show its counts.
		onChange(() => void this.refresh());
		await this.refresh();
		// Without an account nothing goes to the network until the sync page asks (probe).
		if (this.#account) void this.syncNow();
	}

	/** Asks the server whether it is there (the static build has no /api). */
	async probe(): Promise<boolean> {
		this.#available = await this.deps.api.available();
		return this.#available;
	}

	/** Rereads the stored state (account, pending changes, conflicts, last result). */
	async refresh(): Promise<void> {
		const db = await this.deps.db();
		const account = await getSyncAccount(db);
		this.#account = account;
		this.#clock = this.deps.now();
		if (!account) {
			this.#pending = 0;
			this.#conflicts = [];
			this.#ready = true;
			return;
		}
		const [progress, reviews, conflicts, rows, synced] = await Promise.all([getSyncProgress(db), countPendingReviews(db), getSetConflicts(db), getSetRows(db), getSyncedSets(db)]);
		this.#conflicts = conflicts;
		this.#lastSyncedAt = progress.lastSyncedAt;
		this.#error = progress.error;
		this.#pending = reviews + setsToPush(rows, synced, new Set(conflicts.map((conflict) => conflict.id)), 0).length;
		this.#ready = true;
	}

	get #timers() {
		return this.deps.timer ?? realTimer;
	}

	#schedule(delay: number): void {
		if (!this.#account) return;
		this.#timers.clear(this.#timer);
		this.#timer = this.#timers.set(() => void this.syncNow(), delay);
	}

	/** Syncs now (one sync at a time; across tabs too, where the browser has Web Locks). */
	async syncNow(): Promise<SyncReport | undefined> {
		if (this.#running) return this.#running;
		this.#timers.clear(this.#timer);
		this.#running = this.#run().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #run(): Promise<SyncReport | undefined> {
		const db = await this.deps.db();
		if (!(await getSyncAccount(db))) return undefined;
		this.#syncing = true;
		try {
			const work = () => syncOnce({ db, api: this.deps.api, now: this.deps.now, announce: broadcastChange });
			const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
			const report = locks ? await locks.request('factdrill-sync', work) : await work();
			this.#failures = 0;
			this.#online = true;
			this.#available = true;
			if (report.settingsChanged) (this.deps.applySettings ?? applyAppearance)(await getSettings(db));
			return report;
		} catch (error) {
			const offline = error instanceof SyncError && error.offline;
			if (offline && typeof navigator !== 'undefined' && !navigator.onLine) this.#online = false;
			await updateSyncProgress(db, { error: error instanceof SyncError ? error.message : `something went wrong here: ${(error as Error).message}` });
			if (error instanceof SyncError && error.status === 401) return undefined;
			this.#failures++;
			this.#schedule(retryDelay(this.#failures));
			return undefined;
		} finally {
			this.#syncing = false;
			await this.refresh();
		}
	}

	async #signIn(signedIn: { accountId: string; deviceId: string }, secret: string, deviceName: string, pushSettings: boolean): Promise<void> {
		const db = await this.deps.db();
		await signInDevice(db, { ...signedIn, secret, deviceName, signedInAt: this.deps.now() }, { pushSettings });
		await this.refresh();
		await this.syncNow();
	}

	/** Turns sync on: a new account holding this device. */
	async turnOn(deviceName: string): Promise<void> {
		const secret = newDeviceSecret();
		const signedIn = await this.deps.api.createAccount({ name: deviceName, secret });
		await this.#signIn(signedIn, secret, deviceName, true);
	}

	/** Joins the account whose one-time code was shown on another device; this device takes the account's settings. */
	async join(code: string, deviceName: string): Promise<void> {
		const secret = newDeviceSecret();
		const signedIn = await this.deps.api.join(code.trim(), { name: deviceName, secret });
		await this.#signIn(signedIn, secret, deviceName, false);
	}

	/** Signs in with the account's printed recovery code. */
	async recover(code: string, deviceName: string): Promise<void> {
		const secret = newDeviceSecret();
		const signedIn = await this.deps.api.recover(code.trim(), { name: deviceName, secret });
		await this.#signIn(signedIn, secret, deviceName, false);
	}

	/** Protects the account with a passkey made on this device (the browser asks the learner). */
	async addPasskey(name: string): Promise<void> {
		const account = await getSyncAccount(await this.deps.db());
		if (!account) throw new Error('sync is off on this device');
		const ceremony = await this.deps.api.passkeyRegistrationOptions(account);
		await this.deps.api.registerPasskey(account, ceremony.challengeId, await createPasskey(ceremony.options), name);
	}

	/** Signs this device in with a passkey of the account (the browser lets the learner choose it). */
	async signInWithPasskey(deviceName: string): Promise<void> {
		const ceremony = await this.deps.api.passkeyAuthenticationOptions();
		const response = await usePasskey(ceremony.options);
		const secret = newDeviceSecret();
		const signedIn = await this.deps.api.signInWithPasskey(ceremony.challengeId, response, { name: deviceName, secret });
		await this.#signIn(signedIn, secret, deviceName, false);
	}

	/** Keeps one version of a set changed on two devices, then syncs. */
	async choose(conflict: SetConflict, keep: 'mine' | 'theirs'): Promise<void> {
		const db = await this.deps.db();
		await chooseSetVersion({ db, api: this.deps.api, now: this.deps.now, announce: broadcastChange }, conflict, keep);
		await this.refresh();
		await this.syncNow();
	}

	/**
	 * Signs this device out: removes it from the account on the server (when reachable) and forgets
	 * the account here. Sets and progress stay on the device.
	 */
	async signOut(options: { serverToo: boolean } = { serverToo: true }): Promise<void> {
		const db = await this.deps.db();
		const account = await getSyncAccount(db);
		if (account && options.serverToo) {
			try {
				await this.deps.api.removeDevice(account, account.deviceId);
			} catch (error) {
				// Already removed (401/404): nothing more to do there.
				if (!(error instanceof SyncError) || error.status === null || error.status >= 500) throw error;
			}
		}
		this.#timers.clear(this.#timer);
		await forgetSyncAccount(db);
		await this.refresh();
	}

	/** The server: for the account page's own calls (devices, codes, export). */
	get api(): SyncApi {
		return this.deps.api;
	}
}

/** The app's sync: this app's server, the device's database, the real clock. */
export const syncService = new SyncService({ db: getDatabase, api: new SyncApi(), now: () => Date.now() });
