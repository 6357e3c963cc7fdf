/**
 * This device's sync account, apart from the rest of the sync store (storage/sync.ts, which brings
 * the merging of pulled reviews): a page asks whether the device syncs without loading that code.
 */
import type { SyncAccount } from '$lib/core/records';
import type { Database } from './database';

export async function getSyncAccount(db: Database): Promise<SyncAccount | undefined> {
	const row = await db.get('sync', 'account');
	return row?.key === 'account' ? row : undefined;
}
