/**
 * Deleting a set from its page: what the learner is told before (what goes, where, and that it
 * cannot be undone) and the deletion itself; the home page's notice after it is core/deleted-notice.ts.
 */
import { getSyncAccount } from '$lib/storage/sync-account';
import type { Database } from '$lib/storage/db';
import { deletedAddress } from '$lib/core/deleted-notice';
import { removeSet } from './writes';

/** The warning shown before a set is deleted. `syncing`: this device syncs, so the deletion travels. */
export function deletionWarning(questions: number, reviewed: number, syncing: boolean): string {
	const what = `Its ${questions} ${questions === 1 ? 'question' : 'questions'}${reviewed > 0 ? ', your progress on them and their review history' : ''}`;
	const where = syncing ? 'from this device and, when they next sync, from your other devices' : 'from this device';
	return `${what} will be removed ${where}. This cannot be undone: to keep a copy, export it first (Share and export) or make a backup.`;
}

/** Whether a deletion here goes to other devices too. */
export async function deletionTravels(db: Database): Promise<boolean> {
	return (await getSyncAccount(db)) !== undefined;
}

/** Deletes the set here (and, with sync on, everywhere on the next sync); answers the address of the home page telling what was deleted. */
export async function deleteSetHere(db: Database, setId: string, title: string): Promise<string> {
	await removeSet(db, setId);
	return deletedAddress(title);
}
