/**
 * The backup page's state: choosing a backup file, its restore plan in either mode, the restore,
 * and making a backup, all done by a worker (BackupJob) with progress. The worker is injected, so
 * tests run the job in-process against fake-indexeddb.
 */
import type { Backup, RestoreMode, RestorePlan } from '$lib/formats/backup';
import type { RestoreReport } from '$lib/storage/backup';
import type { BackupMessage, BackupRequest, BackupStage } from './backup-job';

/** What the page shows while the worker is busy. */
const STAGES: Record<BackupStage, string> = {
	reading: 'Reading the file…',
	checking: 'Checking the file (its checksum and every record)…',
	planning: 'Working out what the restore will do…',
	writing: 'Restoring…',
	collecting: 'Collecting everything on this device…'
};

export interface MadeBackup {
	file: Blob;
	size: number;
	lastBackupAt: number;
}

export class BackupRestore {
	#stage = $state<BackupStage | undefined>();
	#done = $state(0);
	#total = $state(0);
	#errors = $state<string[]>([]);
	#plan = $state.raw<RestorePlan | undefined>();
	#summary = $state.raw<{ createdAt: number; counts: Backup['counts'] } | undefined>();
	#report = $state.raw<RestoreReport | undefined>();
	#failure = $state<string | undefined>();
	#worker: Worker | undefined;
	#made: ((made: MadeBackup | string) => void) | undefined;
	#restored: ((report: RestoreReport | undefined) => void) | undefined;

	constructor(
		private readonly createWorker: () => Worker,
		private readonly now: () => number = Date.now
	) {}

	/** What the worker is doing, in words, or undefined when it is idle. */
	get activity(): string | undefined {
		return this.#stage && STAGES[this.#stage];
	}
	/** How far the restore's writing is, "1,200 of 180,000 records", when the worker can tell. */
	get written(): string | undefined {
		return this.#stage === 'writing' && this.#total > 0 ? `${this.#done.toLocaleString('en')} of ${this.#total.toLocaleString('en')} records` : undefined;
	}
	get busy(): boolean {
		return this.#stage !== undefined;
	}
	/** The work under way is making a backup (not reading or restoring one). */
	get making(): boolean {
		return this.#stage === 'collecting';
	}
	/** Share of the restore written (0–1), or undefined when the worker cannot tell. */
	get fraction(): number | undefined {
		return this.#stage === 'writing' && this.#total > 0 ? this.#done / this.#total : undefined;
	}
	/** Why the file chosen cannot be restored. */
	get errors(): string[] {
		return this.#errors;
	}
	get plan(): RestorePlan | undefined {
		return this.#plan;
	}
	/** When the backup chosen was made, and what it holds. */
	get summary(): { createdAt: number; counts: Backup['counts'] } | undefined {
		return this.#summary;
	}
	get report(): RestoreReport | undefined {
		return this.#report;
	}
	/** Why the last request failed; nothing was changed. */
	get failure(): string | undefined {
		return this.#failure;
	}

	/** Reads and checks `file` and plans restoring it in `mode`. */
	open(file: Blob, mode: RestoreMode): void {
		this.#errors = [];
		this.#plan = undefined;
		this.#summary = undefined;
		this.#report = undefined;
		this.#send({ type: 'open', file, mode, now: this.now() });
	}

	/** Plans the open backup in another mode. */
	replan(mode: RestoreMode): void {
		if (!this.#summary) return;
		this.#send({ type: 'plan', mode, now: this.now() });
	}

	/** Restores the open backup; resolves with the report, or undefined if it failed (see `failure`). */
	restore(mode: RestoreMode): Promise<RestoreReport | undefined> {
		return new Promise((resolve) => {
			this.#restored = resolve;
			this.#send({ type: 'restore', mode, now: this.now() });
		});
	}

	/** Makes a backup of everything; resolves with the file, or the reason it could not be made. */
	make(): Promise<MadeBackup | string> {
		return new Promise((resolve) => {
			this.#made = resolve;
			this.#send({ type: 'make', now: this.now() });
		});
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#send(request: BackupRequest): void {
		this.#failure = undefined;
		this.#stage = request.type === 'make' ? 'collecting' : request.type === 'restore' ? 'writing' : request.type === 'open' ? 'reading' : 'planning';
		this.#done = 0;
		this.#total = 0;
		if (!this.#worker) {
			this.#worker = this.createWorker();
			this.#worker.addEventListener('message', (event: MessageEvent<BackupMessage>) => this.#receive(event.data));
			this.#worker.addEventListener('error', (event) => {
				this.#receive({ type: 'failed', message: `the work stopped unexpectedly (${event.message || 'the worker failed'}); nothing was changed` });
				this.destroy();
			});
		}
		this.#worker.postMessage(request);
	}

	#receive(message: BackupMessage): void {
		switch (message.type) {
			case 'progress':
				this.#stage = message.stage;
				this.#done = message.done ?? 0;
				this.#total = message.total ?? 0;
				return;
			case 'refused':
				this.#stage = undefined;
				this.#errors = message.errors;
				return;
			case 'planned':
				this.#stage = undefined;
				this.#plan = message.plan;
				this.#summary = { createdAt: message.createdAt, counts: message.counts };
				return;
			case 'restored':
				this.#stage = undefined;
				this.#report = message.report;
				this.#plan = undefined;
				this.#summary = undefined;
				this.#restored?.(message.report);
				this.#restored = undefined;
				return;
			case 'made':
				this.#stage = undefined;
				this.#made?.({ file: message.file, size: message.size, lastBackupAt: message.lastBackupAt });
				this.#made = undefined;
				return;
			case 'failed':
				this.#stage = undefined;
				// A backup that could not be made is the caller's to tell; anything else is a restore that changed nothing.
				if (this.#made) this.#made(message.message);
				else this.#failure = message.message;
				this.#made = undefined;
				this.#restored?.(undefined);
				this.#restored = undefined;
				return;
		}
	}
}
