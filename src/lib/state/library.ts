/**
 * The app's handle on storage: opens the database once per page and brings the built-in sets
 * (served as static JSON) into it, installing new versions as they appear.
 */
import { validateQuestionSet, formatIssue } from '$lib/formats/question-set';
import { getSetRows, installSet, openDatabase, type Database } from '$lib/storage/db';
import { localOffsetMinutes, type DayOptions } from '$lib/core/day';
import type { Settings } from '$lib/storage/db';
import { DB_NAME, getBackupPrefs, reviewSpan } from '$lib/storage/db';
import { backupReminder } from '$lib/formats/backup';
import { appUpdate } from './app-update.svelte';

interface BuiltinSummary {
	id: string;
	hash: string;
}

let database: Promise<Database> | undefined;
let synced: Promise<void> | undefined;

export function getDatabase(): Promise<Database> {
	database ??= openDatabase(DB_NAME, {
		onVersionChange: () => appUpdate.markStale(),
		onBlocked: () => (appUpdate.blocked = true)
	}).then((db) => {
		appUpdate.blocked = false;
		return db;
	});
	return database;
}

/** Installs built-in sets that are missing or changed. Offline with a cached index this still works; with no index at all it keeps what is stored. */
export function syncBuiltins(fetcher: typeof fetch = fetch): Promise<void> {
	synced ??= (async () => {
		const db = await getDatabase();
		let index: BuiltinSummary[];
		try {
			const response = await fetcher('/sets/index.json');
			if (!response.ok) return;
			index = await response.json();
		} catch {
			return;
		}
		const stored = new Map((await getSetRows(db)).map((row) => [row.id, row]));
		for (const summary of index) {
			if (stored.get(summary.id)?.contentHash === summary.hash) continue;
			const response = await fetcher(`/sets/${encodeURIComponent(summary.id)}.json`);
			if (!response.ok) continue;
			const result = validateQuestionSet(await response.json());
			if (!result.ok) {
				console.error(`Built-in set ${summary.id} is invalid: ${result.issues.map(formatIssue).join('; ')}`);
				continue;
			}
			await installSet(db, result.set, { builtin: true, now: Date.now() });
		}
	})();
	return synced;
}

export function dayOptions(settings: Settings, at: Date = new Date()): DayOptions {
	return { dayStartHour: settings.dayStartHour, offsetMinutes: localOffsetMinutes(at) };
}

/** Days since the last backup (or the first review) when the learner should be reminded to back up, else null. */
export async function backupDue(db: Database, now = Date.now()): Promise<number | null> {
	const [prefs, span] = await Promise.all([getBackupPrefs(db), reviewSpan(db)]);
	return backupReminder(prefs, span, now);
}
