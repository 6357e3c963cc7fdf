/**
 * When to remind the learner to back up. Kept apart from the backup file format so that the home
 * page, which shows the reminder, does not load the backup reader and its validator.
 */
import type { BackupPrefs } from './records';

const DAY_MS = 86_400_000;

export function defaultBackupPrefs(): BackupPrefs {
	return { key: 'backup', lastBackupAt: null, remindAfterDays: 7 };
}

/**
 * Whether to remind the learner to back up: there are reviews the last backup lacks, and the
 * last backup (or, with none, the first review) is at least `remindAfterDays` old.
 * Returns the days since then, or null when no reminder is due.
 */
export function backupReminder(prefs: BackupPrefs, reviews: { first: number; last: number } | null, now: number): number | null {
	if (prefs.remindAfterDays <= 0 || !reviews) return null;
	if (prefs.lastBackupAt !== null && reviews.last <= prefs.lastBackupAt) return null;
	const since = prefs.lastBackupAt ?? reviews.first;
	const days = Math.floor((now - since) / DAY_MS);
	return days >= prefs.remindAfterDays ? days : null;
}
