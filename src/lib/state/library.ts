/**
 * The app's handle on storage: opens the database once per page and brings the built-in sets
 * (served as static JSON) into it, installing new versions as they appear.
 */
import type { QuestionSet } from '$lib/formats/question-set';
// Each store's module rather than storage/db.ts: every page loads this one, and db.ts would bring every store's code.
import { DB_NAME, openDatabase, type Database } from '$lib/storage/database';
import { getSetRow, installSet } from '$lib/storage/sets';
import { getBackupPrefs, type Settings } from '$lib/storage/preferences';
import { reviewSpan } from '$lib/storage/review-log';
import { localOffsetMinutes, type DayOptions } from '$lib/core/day';
import { backupReminder } from '$lib/core/backup-reminder';
import { appUpdate } from './app-update.svelte';
import { describeStorageError } from './storage-errors';

export interface BuiltinSummary {
	id: string;
	hash: string;
}

let database: Promise<Database> | undefined;
let synced: Promise<readonly string[]> | undefined;

export function getDatabase(): Promise<Database> {
	database ??= openDatabase(DB_NAME, {
		onVersionChange: () => appUpdate.markStale(),
		onBlocked: () => (appUpdate.blocked = true)
	}).then(
		(db) => {
			appUpdate.blocked = false;
			return db;
		},
		(error: unknown) => {
			// Pages show the message as it is: the learner's words, not storage's.
			throw new Error(describeStorageError(error), { cause: error });
		}
	);
	return database;
}

/**
 * Installs built-in sets that are missing or changed, and gives the ids of those it installed (a
 * page that read its sets meanwhile reads them again then). Offline with a cached index this still
 * works; with no index at all it keeps what is stored. A page that has the index in its own data
 * (the home page) passes it as `known`, which saves fetching it.
 */
export function syncBuiltins(fetcher: typeof fetch = fetch, known?: readonly BuiltinSummary[]): Promise<readonly string[]> {
	synced ??= (async () => {
		const url = (summary: BuiltinSummary) => `/sets/${encodeURIComponent(summary.id)}.json`;
		// A first visit (no service worker in charge yet) has none of them stored: fetch them while the database opens.
		const early = new Map<string, Promise<Response>>();
		if (known && !globalThis.navigator?.serviceWorker?.controller) {
			for (const summary of known) {
				const response = fetcher(url(summary));
				response.catch(() => {}); // awaited below when needed, which reports a failure
				early.set(summary.id, response);
			}
		}
		const [db, index] = await Promise.all([getDatabase(), known ?? fetchIndex(fetcher)]);
		if (!index) return [];
		// The built-in sets' rows alone, by key: a learner's own sets (perhaps many, and large) are not read for this.
		const stored = await Promise.all(index.map((summary) => getSetRow(db, summary.id)));
		const installed: string[] = [];
		for (const [i, summary] of index.entries()) {
			if (stored[i]?.contentHash === summary.hash) continue;
			const response = await (early.get(summary.id) ?? fetcher(url(summary)));
			if (!response.ok) continue;
			// Built-in sets were validated by the build that produced them (src/lib/server/builtin-sets.ts);
			// the home page does not load the validator again. A file that is not even a set is skipped.
			const set = (await response.json()) as QuestionSet;
			if (set?.id !== summary.id || !Array.isArray(set.questions)) continue;
			await installSet(db, set, { builtin: true, now: Date.now() });
			installed.push(set.id);
		}
		return installed;
	})();
	return synced;
}

async function fetchIndex(fetcher: typeof fetch): Promise<readonly BuiltinSummary[] | undefined> {
	try {
		const response = await fetcher('/sets/index.json');
		return response.ok ? ((await response.json()) as BuiltinSummary[]) : undefined;
	} catch {
		return undefined;
	}
}

export function dayOptions(settings: Settings, at: Date = new Date()): DayOptions {
	return { dayStartHour: settings.dayStartHour, offsetMinutes: localOffsetMinutes(at) };
}

/** Days since the last backup (or the first review) when the learner should be reminded to back up, else null. */
export async function backupDue(db: Database, now = Date.now()): Promise<number | null> {
	const [prefs, span] = await Promise.all([getBackupPrefs(db), reviewSpan(db)]);
	return backupReminder(prefs, span, now);
}

// Every page reads the database first thing: start opening it while the page's code still loads
// and hydrates (the pages report a failure when they await it).
if (typeof window !== 'undefined') getDatabase().catch(() => {});
