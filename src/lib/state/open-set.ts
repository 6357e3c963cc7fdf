/**
 * What every page about one set does first, in its load (+page.ts): read the set's id from `?id=`,
 * bring the built-in sets in, and read the set and the settings; or say, in the learner's words,
 * why it cannot.
 *
 * The pages are prerendered (adapter-static) and served offline by the service worker as they
 * were built, so no set can be known at build time: the id is in the address, the set in this
 * device's IndexedDB. Set pages therefore render in the browser only (`ssr = false` in their
 * +page.ts; the build still writes each one's page, which the service worker caches), and their
 * load opens the set before the page renders it.
 */
import type { SetRow } from '$lib/core/records';
import { getSetRow, getSettings, type Database, type Settings } from '$lib/storage/db';
import { getDatabase, syncBuiltins } from './library';
import { SET_ID } from '$lib/formats/question-set';
import { setIdFromLocation } from './set-id';

export type OpenedSet = { ok: true; db: Database; row: SetRow; settings: Settings } | { ok: false; failure: string };

export const NO_SET_NAMED = 'This address does not name a set. Go back to your sets and pick one.';

export interface OpenSetDeps {
	database: () => Promise<Database>;
	/** Brings the built-in sets in (see syncBuiltins); gives the ids of the sets it installed. */
	sync: () => Promise<readonly string[]>;
}

const appDeps: OpenSetDeps = { database: getDatabase, sync: () => syncBuiltins() };

/** The set named by the address `search` ("?id=..."), with the database and the settings. `noId` is what to say when the address names none. */
export function openSet(search: string, options: { noId?: string; deps?: OpenSetDeps } = {}): Promise<OpenedSet> {
	return openSetNamed(setIdFromLocation(search), options);
}

/** The set of id `id` (as the address gives it: perhaps none, perhaps not an id), with the database and the settings. */
export async function openSetNamed(id: string | null | undefined, options: { noId?: string; deps?: OpenSetDeps } = {}): Promise<OpenedSet> {
	if (!id || !SET_ID.test(id)) return { ok: false, failure: options.noId ?? NO_SET_NAMED };
	const deps = options.deps ?? appDeps;
	try {
		// The set is read while the built-in sets are brought in (a repeat visit mostly has them all),
		// and read again when that installed it: the page always shows the latest version.
		const syncing = deps.sync();
		syncing.catch(() => {}); // awaited below, which reports a failure
		const db = await deps.database();
		const [installed, stored, settings] = await Promise.all([syncing, getSetRow(db, id), getSettings(db)]);
		const row = installed.includes(id) ? await getSetRow(db, id) : stored;
		if (!row) return { ok: false, failure: `There is no set "${id}" on this device.` };
		return { ok: true, db, row, settings };
	} catch (error) {
		return { ok: false, failure: (error as Error).message };
	}
}

/** What the load of a page about one set gives the page (its `data`). */
export interface SetPageData {
	opened: OpenedSet;
}

/**
 * The load of every page about one set (set, study, test, print, stats): the set named by `?id=`,
 * opened in the browser. Only `id` is read from the address, so a change elsewhere in it (the
 * printed view, a study mode) does not open the set again.
 */
export async function loadSetPage(url: URL, options: { noId?: string; deps?: OpenSetDeps } = {}): Promise<SetPageData> {
	return { opened: await openSetNamed(url.searchParams.get('id'), options) };
}
