/**
 * The sync service for a page that shows the sync state, on a device that syncs. The account is
 * read first: a device without sync (most learners) loads none of sync's code while the page starts.
 */
import { getSyncAccount } from '$lib/storage/sync-account';
import { getDatabase } from './library';
import type { SyncService } from './sync-service.svelte';

export async function syncServiceIfOn(): Promise<SyncService | undefined> {
	if (!(await getSyncAccount(await getDatabase()))) return undefined;
	return (await import('./sync-service.svelte')).syncService;
}
