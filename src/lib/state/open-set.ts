/**
 * What every page about one set does first: read the set's id from `?id=`, bring the built-in
 * sets in, and read the set and the settings; or say, in the learner's words, why it cannot.
 */
import type { SetRow } from '$lib/core/records';
import { getSetRow, getSettings, type Database, type Settings } from '$lib/storage/db';
import { getDatabase, syncBuiltins } from './library';
import { setIdFromLocation } from './set-id';

export type OpenedSet = { ok: true; db: Database; row: SetRow; settings: Settings } | { ok: false; failure: string };

export const NO_SET_NAMED = 'This address does not name a set. Go back to your sets and pick one.';

export interface OpenSetDeps {
	database: () => Promise<Database>;
	/** Brings the built-in sets in (see syncBuiltins). */
	sync: () => Promise<void>;
}

const appDeps: OpenSetDeps = { database: getDatabase, sync: () => syncBuiltins() };

/** The set named by the address `search` ("?id=..."), with the database and the settings. `noId` is what to say when the address names none. */
export async function openSet(search: string, options: { noId?: string; deps?: OpenSetDeps } = {}): Promise<OpenedSet> {
	const id = setIdFromLocation(search);
	if (!id) return { ok: false, failure: options.noId ?? NO_SET_NAMED };
	const deps = options.deps ?? appDeps;
	try {
		await deps.sync();
		const db = await deps.database();
		const [row, settings] = await Promise.all([getSetRow(db, id), getSettings(db)]);
		if (!row) return { ok: false, failure: `There is no set "${id}" on this device.` };
		return { ok: true, db, row, settings };
	} catch (error) {
		return { ok: false, failure: (error as Error).message };
	}
}
