/**
 * Glue for keeping the learner's data: making and restoring backups, rebuilding card states from
 * the log, and the browser's persistent-storage grant. Storage is passed in; times are arguments.
 */
import { readBackup, restoredData, writeBackup, type Backup, type ReadBackup, type RestoreMode } from '$lib/formats/backup';
import { DEFAULT_SCHEDULER_SETTINGS, Scheduler } from '$lib/core/scheduler';
import { replayLog, type ReplayEntry } from '$lib/core/replay';
import {
	DB_VERSION,
	exportEverything,
	getBackupPrefs,
	getSettings,
	putBackupPrefs,
	rebuildFromLog,
	restoreBackup,
	type Database,
	type RebuildReport,
	type RestoreReport
} from '$lib/storage/db';
import type { DayOptions } from '$lib/core/day';
import { dayOptions } from './library';

export { restoredData };

/** Everything on the device as a backup file's text; records the time as the last backup. */
export async function makeBackup(db: Database, now: number): Promise<string> {
	const text = writeBackup(await exportEverything(db), { now, schema: DB_VERSION });
	await putBackupPrefs(db, { ...(await getBackupPrefs(db)), lastBackupAt: now });
	return text;
}

export function parseBackupFile(text: string): ReadBackup {
	return readBackup(text);
}

export async function restore(db: Database, backup: Backup, mode: RestoreMode, now: number): Promise<RestoreReport> {
	return restoreBackup(db, backup.data, mode, { now, createdAt: backup.createdAt });
}

/**
 * Recomputes card states from the log. Each entry is replayed with the day boundary and
 * retention it was graded with (older entries: today's settings) and the current FSRS weights.
 */
export async function rebuild(db: Database, fallbackDay?: DayOptions): Promise<RebuildReport> {
	const settings = await getSettings(db);
	const fallback = fallbackDay ?? dayOptions(settings);
	const schedulers = new Map<string, Scheduler>();
	const schedulerFor = (entry: ReplayEntry) => {
		const day = entry.day ?? fallback;
		const retention = entry.retention ?? settings.desiredRetention;
		const key = `${day.dayStartHour}/${day.offsetMinutes}/${retention}`;
		let scheduler = schedulers.get(key);
		if (!scheduler) {
			scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS, ...day, desiredRetention: retention });
			schedulers.set(key, scheduler);
		}
		return scheduler;
	};
	return rebuildFromLog(db, (log) => replayLog(log, schedulerFor));
}

export interface StorageStatus {
	/** null when the browser cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted().catch(() => null) : null,
		storage?.estimate ? storage.estimate().catch(() => null) : null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep Factdrill's data under storage pressure; true when granted. */
export async function askPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return false;
	}
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
