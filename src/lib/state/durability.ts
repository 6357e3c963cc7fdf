/**
 * Glue for keeping the learner's data: making and restoring backups, rebuilding card states from
 * the log, and the browser's persistent-storage grant. Storage is passed in; times are arguments.
 */
import { readBackup, restoredData, type Backup, type ReadBackup, type RestoreMode } from '$lib/formats/backup';
import { Scheduler } from '$lib/core/scheduler';
import { schedulerSettingsFor } from '$lib/core/settings';
import { replayLog, type ReplayEntry } from '$lib/core/replay';
import { getSettings, type Database } from '$lib/storage/db';
import { rebuildFromLog, restoreBackup, type RebuildReport, type RestoreReport } from '$lib/storage/backup';
import type { DayOptions } from '$lib/core/day';
import { dayOptions } from './library';

export { restoredData };
export { makeBackup } from './backup-job';

export function parseBackupFile(text: string): Promise<ReadBackup> {
	return readBackup(text);
}

export async function restore(db: Database, backup: Backup, mode: RestoreMode, now: number): Promise<RestoreReport> {
	return restoreBackup(db, backup.data, mode, { now, createdAt: backup.createdAt });
}

/**
 * Recomputes card states from the log. Each entry is replayed with the day boundary and
 * retention it was graded with (older entries: today's settings) and the current FSRS weights,
 * steps and fuzz: after the weights are refitted, a rebuild reschedules every card with them.
 */
export async function rebuild(db: Database, fallbackDay?: DayOptions, only?: ReadonlySet<string>): Promise<RebuildReport> {
	const settings = await getSettings(db);
	const fallback = fallbackDay ?? dayOptions(settings);
	const schedulers = new Map<string, Scheduler>();
	const schedulerFor = (entry: ReplayEntry) => {
		const day = entry.day ?? fallback;
		const retention = entry.retention ?? settings.desiredRetention;
		const key = `${day.dayStartHour}/${day.offsetMinutes}/${retention}`;
		let scheduler = schedulers.get(key);
		if (!scheduler) {
			scheduler = new Scheduler({ ...schedulerSettingsFor(settings, day), desiredRetention: retention });
			schedulers.set(key, scheduler);
		}
		return scheduler;
	};
	return rebuildFromLog(db, (log) => replayLog(log, schedulerFor), only);
}
