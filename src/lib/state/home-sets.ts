/**
 * What the home page shows once storage answers: the sets with today's counts, and the backup
 * reminder. The page loads this module apart (import()), so that its first paint waits for none of
 * storage's code (idb, the stores, the settings' rules); a study session loads the same code anyway.
 */
import { getSetRows } from '$lib/storage/sets';
import { backupDue, getDatabase, syncBuiltins, type BuiltinSummary } from './library';
import { overview, type SetOverview } from './overview';

/** Every stored set (the built-in ones brought up to date), by title. */
export async function homeSets(fetcher: typeof fetch, builtins: readonly BuiltinSummary[]): Promise<SetOverview[]> {
	// The sets are read while the built-in ones are brought in, and read again when that installed any.
	const syncing = syncBuiltins(fetcher, builtins);
	syncing.catch(() => {}); // awaited below, which reports a failure
	const db = await getDatabase();
	const [installed, stored] = await Promise.all([syncing, getSetRows(db)]);
	const rows = installed.length > 0 ? await getSetRows(db) : stored;
	const sets = await Promise.all(rows.map((row) => overview(db, row.set, row.builtin)));
	return sets.sort((a, b) => a.set.title.localeCompare(b.set.title));
}

/** Days without a backup, when it is time to remind; null otherwise. */
export async function homeBackupDays(): Promise<number | null> {
	return backupDue(await getDatabase());
}
