/**
 * The backup page's heavy work, run in a Web Worker (src/lib/workers/backup.worker.ts) so that an
 * 85 MB backup never freezes the tab: reading and checking the file, planning the restore,
 * restoring, and making a backup. The backup read stays here, in the worker, between the plan and
 * the restore; only the plan and progress travel to the page.
 */
import { planRestore, readBackup, writeBackup, type Backup, type RestoreMode, type RestorePlan } from '$lib/formats/backup';
import { DB_VERSION, getBackupPrefs, putBackupPrefs, type Database } from '$lib/storage/db';
import { exportEverything, restoreBackup, type RestoreReport } from '$lib/storage/backup';
import { describeStorageError } from './storage-errors';

export type BackupRequest =
	/** Reads and checks a backup file, then plans restoring it in `mode`. */
	| { type: 'open'; file: Blob; mode: RestoreMode; now: number }
	/** Plans the backup read last in another mode. */
	| { type: 'plan'; mode: RestoreMode; now: number }
	/** Restores the backup read last. */
	| { type: 'restore'; mode: RestoreMode; now: number }
	/** Makes a backup of everything on the device. */
	| { type: 'make'; now: number };

export type BackupStage = 'reading' | 'checking' | 'planning' | 'writing' | 'collecting';

export type BackupMessage =
	| { type: 'progress'; stage: BackupStage; done?: number; total?: number }
	/** The file cannot be restored: every problem found, nothing changed. */
	| { type: 'refused'; errors: string[] }
	| { type: 'planned'; plan: RestorePlan; createdAt: number; counts: Backup['counts'] }
	| { type: 'restored'; report: RestoreReport }
	| { type: 'made'; file: Blob; size: number; lastBackupAt: number }
	/** Storage refused (or something else failed): nothing was changed. */
	| { type: 'failed'; message: string };

export class BackupJob {
	#backup: Backup | undefined;
	#db: Promise<Database> | undefined;

	constructor(
		private readonly openDb: () => Promise<Database>,
		private readonly post: (message: BackupMessage) => void
	) {}

	/** The connection was closed (a newer version of the app opened the database): open a new one when next needed. */
	forgetDatabase(): void {
		this.#db = undefined;
	}

	#database(): Promise<Database> {
		this.#db ??= this.openDb();
		return this.#db;
	}

	async handle(request: BackupRequest): Promise<void> {
		try {
			switch (request.type) {
				case 'open':
					return await this.#open(request.file, request.mode, request.now);
				case 'plan':
					return await this.#plan(request.mode, request.now);
				case 'restore':
					return await this.#restore(request.mode, request.now);
				case 'make':
					return await this.#make(request.now);
			}
		} catch (error) {
			this.post({ type: 'failed', message: describeStorageError(error) });
		}
	}

	async #open(file: Blob, mode: RestoreMode, now: number): Promise<void> {
		this.#backup = undefined;
		this.post({ type: 'progress', stage: 'reading' });
		const text = await file.text();
		this.post({ type: 'progress', stage: 'checking' });
		const read = await readBackup(text);
		if (!read.ok) return this.post({ type: 'refused', errors: read.errors });
		this.#backup = read.backup;
		await this.#plan(mode, now);
	}

	async #plan(mode: RestoreMode, now: number): Promise<void> {
		const backup = this.#backup;
		if (!backup) return this.post({ type: 'failed', message: 'Choose the backup file again: it is no longer open.' });
		this.post({ type: 'progress', stage: 'planning' });
		const plan = planRestore(await exportEverything(await this.#database()), backup.data, mode, now);
		this.post({ type: 'planned', plan, createdAt: backup.createdAt, counts: backup.counts });
	}

	async #restore(mode: RestoreMode, now: number): Promise<void> {
		const backup = this.#backup;
		if (!backup) return this.post({ type: 'failed', message: 'Choose the backup file again: it is no longer open.' });
		this.post({ type: 'progress', stage: 'writing', done: 0 });
		const report = await restoreBackup(await this.#database(), backup.data, mode, {
			now,
			createdAt: backup.createdAt,
			onProgress: (done, total) => this.post({ type: 'progress', stage: 'writing', done, total })
		});
		this.#backup = undefined;
		this.post({ type: 'restored', report });
	}

	async #make(now: number): Promise<void> {
		this.post({ type: 'progress', stage: 'collecting' });
		const text = await makeBackup(await this.#database(), now);
		this.post({ type: 'made', file: new Blob([text], { type: 'application/json' }), size: text.length, lastBackupAt: now });
	}
}

/** Everything on the device as a backup file's text; records the time as the last backup. */
export async function makeBackup(db: Database, now: number): Promise<string> {
	const text = await writeBackup(await exportEverything(db), { now, schema: DB_VERSION });
	await putBackupPrefs(db, { ...(await getBackupPrefs(db)), lastBackupAt: now });
	return text;
}
