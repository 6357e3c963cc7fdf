/**
 * The sync store: this device's account on a server, the server cursor it has pulled up to, the
 * review-log changes waiting to be pushed, the revision each set was last synced at, and sets
 * changed on two devices that wait for the learner's choice. Merging pulled reviews into the log
 * happens here too, in one transaction with the log. The account alone is read in sync-account.ts.
 */
import type { LogEntry, PendingReview, SetConflict, SyncAccount, SyncedSet, SyncProgress } from '$lib/core/records';
import type { ReviewChange } from '$lib/formats/sync';
import { mergeReviewChanges } from '$lib/core/sync-merge';
import { commit, type Database } from './database';

// Made when called: IndexedDB is absent where pages are prerendered.
const PENDING = () => IDBKeyRange.bound('review:', 'review:\uffff');
const SYNCED_SETS = () => IDBKeyRange.bound('set:', 'set:\uffff');
const CONFLICTS = () => IDBKeyRange.bound('conflict:', 'conflict:\uffff');

/**
 * Signs this device in: keeps its account and starts sync from the beginning, with every review
 * already in the log waiting to be pushed (a retried push of one the server has is harmless).
 */
export async function signInDevice(db: Database, account: Omit<SyncAccount, 'key'>, options: { pushSettings: boolean }): Promise<void> {
	const tx = db.transaction(['sync', 'log'], 'readwrite');
	const ids = await tx.objectStore('log').getAllKeys();
	await commit(tx, (writes) => {
		const sync = tx.objectStore('sync');
		writes.push(sync.clear());
		writes.push(sync.put({ key: 'account', ...account }));
		writes.push(sync.put({ key: 'progress', cursor: 0, lastSyncedAt: null, error: null, settings: null }));
		// An entry taken back here goes as a deletion, so that no other device's copy of it counts.
		for (const id of ids) writes.push(sync.put({ key: `review:${id}`, id, deleted: false }));
	});
	if (!options.pushSettings) await updateSyncProgress(db, { settingsFromServer: true });
}

/** Puts every entry of the log in the queue to be pushed, as after a restore replaced the log (the server stores each id once). */
export async function queueWholeLog(db: Database): Promise<void> {
	const tx = db.transaction(['sync', 'log'], 'readwrite');
	const [ids, signedIn] = await Promise.all([tx.objectStore('log').getAllKeys(), tx.objectStore('sync').count('account')]);
	await commit(tx, (writes) => {
		if (signedIn > 0) for (const id of ids) writes.push(tx.objectStore('sync').put({ key: `review:${id}`, id, deleted: false }));
	});
}

/** Signs this device out: forgets the account and everything sync kept; the sets and the log stay. */
export async function forgetSyncAccount(db: Database): Promise<void> {
	await db.clear('sync');
}

export async function getSyncProgress(db: Database): Promise<SyncProgress> {
	const row = await db.get('sync', 'progress');
	return row?.key === 'progress' ? row : { key: 'progress', cursor: 0, lastSyncedAt: null, error: null, settings: null };
}

/**
 * Updates the progress record. `settingsFromServer` marks the settings as not to be pushed until
 * they change here (a device that joins takes the account's settings rather than pushing its own).
 */
export async function updateSyncProgress(db: Database, change: Partial<Omit<SyncProgress, 'key'>> & { settingsFromServer?: boolean }): Promise<SyncProgress> {
	const tx = db.transaction(['sync', 'settings'], 'readwrite');
	const store = tx.objectStore('sync');
	const [row, main] = await Promise.all([store.get('progress'), change.settingsFromServer ? tx.objectStore('settings').get('main') : undefined]);
	const { settingsFromServer, ...rest } = change;
	const current: SyncProgress = row?.key === 'progress' ? row : { key: 'progress', cursor: 0, lastSyncedAt: null, error: null, settings: null };
	const next: SyncProgress = { ...current, ...rest };
	if (settingsFromServer) {
		const { key: _key, ...values } = main?.key === 'main' ? main : { key: 'main' };
		next.settings = values;
	}
	await commit(tx, (writes) => writes.push(store.put(next)));
	return next;
}

/** Review-log changes waiting to be pushed, oldest first (keys begin with the review's time), at most `limit`. */
export async function pendingReviews(db: Database, limit: number): Promise<Array<{ pending: PendingReview; entry: LogEntry | undefined }>> {
	const tx = db.transaction(['sync', 'log']);
	const rows = (await tx.objectStore('sync').getAll(PENDING(), limit)) as PendingReview[];
	const entries = await Promise.all(rows.map((row) => tx.objectStore('log').get(row.id)));
	return rows.map((pending, index) => ({ pending, entry: entries[index] }));
}

export async function countPendingReviews(db: Database): Promise<number> {
	return db.count('sync', PENDING());
}

/** Forgets pushed changes, unless one changed meanwhile (a grade taken back during the push waits for the next). */
export async function markReviewsPushed(db: Database, pushed: readonly PendingReview[]): Promise<void> {
	const tx = db.transaction('sync', 'readwrite');
	const current = await Promise.all(pushed.map((row) => tx.store.get(row.key)));
	await commit(tx, (writes) => {
		pushed.forEach((row, index) => {
			const now = current[index] as PendingReview | undefined;
			if (now && now.deleted === row.deleted) writes.push(tx.store.delete(row.key));
		});
	});
}

/**
 * Adds pulled review-log changes to the log (a union by id; a deletion marks the entry taken
 * back) in one transaction, and answers which cards' states must be replayed.
 */
export async function mergePulledReviews(db: Database, changes: readonly ReviewChange[]): Promise<Set<string>> {
	if (changes.length === 0) return new Set();
	const tx = db.transaction(['log', 'sync', 'settings'], 'readwrite');
	const log = tx.objectStore('log');
	const sync = tx.objectStore('sync');
	const here = await Promise.all(changes.map((change) => log.get(change.id)));
	const byId = new Map(changes.map((change, index) => [change.id, here[index]]));
	const merge = mergeReviewChanges(changes, (id) => byId.get(id));
	await commit(tx, (writes) => {
		for (const entry of merge.add) writes.push(log.put(entry));
		for (const id of merge.takeBack) {
			writes.push(log.put({ ...byId.get(id)!, undone: true }));
			// The server has it taken back already: nothing of it waits to be pushed.
			writes.push(sync.delete(`review:${id}`));
		}
		// The kept statistics counted the log as it was: they are worked out again.
		if (merge.add.length + merge.takeBack.length > 0) writes.push(tx.objectStore('settings').delete('stats'));
	});
	return merge.cards;
}

export async function getSyncedSets(db: Database): Promise<Map<string, SyncedSet>> {
	const rows = (await db.getAll('sync', SYNCED_SETS())) as SyncedSet[];
	return new Map(rows.map((row) => [row.id, row]));
}

export async function putSyncedSet(db: Database, id: string, revision: number, hash: string): Promise<void> {
	await db.put('sync', { key: `set:${id}`, id, revision, hash });
}

export async function getSetConflicts(db: Database): Promise<SetConflict[]> {
	return (await db.getAll('sync', CONFLICTS())) as SetConflict[];
}

export async function putSetConflict(db: Database, conflict: Omit<SetConflict, 'key'>): Promise<void> {
	await db.put('sync', { key: `conflict:${conflict.id}`, ...conflict });
}

/** The learner chose a version: the question is closed and the set is synced at `revision`, holding the version with `hash`. */
export async function resolveSetConflict(db: Database, id: string, revision: number, hash: string): Promise<void> {
	const tx = db.transaction('sync', 'readwrite');
	await commit(tx, (writes) => {
		writes.push(tx.store.delete(`conflict:${id}`));
		writes.push(tx.store.put({ key: `set:${id}`, id, revision, hash }));
	});
}
