/**
 * One sync of this device with its account: push what changed here (review-log entries and their
 * taking back, sets, settings fields), then pull everything after the cursor, merge it into the
 * log and the sets, and replay the cards the merged log touched. Each step is safe to repeat: a
 * push that failed (or whose answer was lost) is sent again next time and adds nothing twice.
 * Storage and the server are passed in; `now` is an argument.
 */
import type { ReviewChange, SetVersion } from '$lib/formats/sync';
import { SYNC_LIMITS } from '$lib/formats/sync';
import type { QuestionSet } from '$lib/formats/question-set';
import type { SetConflict, SyncAccount } from '$lib/core/records';
import { deletedSets, pulledSetAction, setsToPush, settingsToPush, syncedSettingsOf, versionHash, type LocalSet } from '$lib/core/sync-merge';
import { getSetRow, getSetRows, getSettings, putSettings, type Database } from '$lib/storage/db';
import {
	getSetConflicts,
	getSyncedSets,
	getSyncProgress,
	markReviewsPushed,
	mergePulledReviews,
	pendingReviews,
	putSetConflict,
	putSyncedSet,
	resolveSetConflict,
	updateSyncProgress
} from '$lib/storage/sync';
import { getSyncAccount } from '$lib/storage/sync-account';
import { syncClasses } from './class-sync';
import { rebuild } from './durability';
import { removeSet, storeSet } from './writes';
import type { Change } from './sync';
import type { SyncApi } from './sync-api';

export interface SyncReport {
	pushed: number;
	pulled: number;
	/** Cards whose state was replayed from the merged log. */
	replayed: number;
	/** Sets now waiting for the learner to choose a version. */
	conflicts: number;
	/** Whether the settings changed here (theme, limits) from another device. */
	settingsChanged: boolean;
	/** Sets assigned by a class this device's account is in, new on this device. */
	classSetsAdded: string[];
}

export interface SyncDeps {
	db: Database;
	api: SyncApi;
	now: () => number;
	/** Tells other tabs what changed (default: nothing, for tests). */
	announce?: (change: Change) => void;
}

const announce = (deps: SyncDeps) => deps.announce ?? (() => undefined);

const localSet = (row: { id: string; builtin: boolean; set: QuestionSet }): LocalSet => ({ id: row.id, builtin: row.builtin, set: row.set });

/** Pushes every review-log change waiting here, a page at a time; answers how many were sent. */
async function pushReviews({ db, api }: SyncDeps, account: SyncAccount): Promise<number> {
	let sent = 0;
	for (;;) {
		const pending = await pendingReviews(db, SYNC_LIMITS.pushReviews);
		if (pending.length === 0) return sent;
		// An entry gone from the log (a restore replaced it) is not sent: no other device loses it for that.
		const reviews: ReviewChange[] = pending.flatMap(({ pending: row, entry }): ReviewChange[] => {
			if (!entry) return [];
			if (row.deleted || entry.undone) return [{ id: row.id, deleted: true }];
			const { undone: _undone, ...rest } = entry;
			return [{ id: row.id, entry: { ...rest, id: row.id } }];
		});
		if (reviews.length > 0) await api.push(account, { reviews, sets: [], settings: {} });
		await markReviewsPushed(db, pending.map(({ pending: row }) => row));
		sent += reviews.length;
	}
}

/** Pushes the sets changed here and the settings fields changed here; a set the server moved past becomes a question for the learner. */
async function pushSetsAndSettings(deps: SyncDeps, account: SyncAccount): Promise<number> {
	const { db, api, now } = deps;
	const [rows, synced, conflicts, progress, settings] = await Promise.all([getSetRows(db), getSyncedSets(db), getSetConflicts(db), getSyncProgress(db), getSettings(db)]);
	const changes = setsToPush(rows.map(localSet), synced, new Set(conflicts.map((conflict) => conflict.id)), now());
	const fields = settingsToPush(settings, progress.settings, now());
	let sent = 0;
	for (let start = 0; start < Math.max(changes.length, 1); start += SYNC_LIMITS.pushSets) {
		const batch = changes.slice(start, start + SYNC_LIMITS.pushSets);
		const withSettings = start === 0 ? fields : {};
		if (batch.length === 0 && Object.keys(withSettings).length === 0) break;
		const answer = await api.push(account, { reviews: [], sets: batch, settings: withSettings });
		for (const result of answer.sets) {
			const change = batch.find((item) => item.id === result.id)!;
			if (result.status === 'stored') await putSyncedSet(db, result.id, result.revision, versionHash(change.set));
			else await putSetConflict(db, { id: result.id, theirs: theirs(result.server), mine: change.set, foundAt: now() });
		}
		sent += batch.length + Object.keys(withSettings).length;
	}
	if (Object.keys(fields).length > 0) await updateSyncProgress(db, { settings: syncedSettingsOf(settings) });
	return sent;
}

const theirs = (version: SetVersion): SetConflict['theirs'] => ({ revision: version.revision, set: version.set, changedAt: version.changedAt, deviceId: version.deviceId });

/** Applies one pulled set version to this device. */
async function pullSet(deps: SyncDeps, version: SetVersion, conflicts: Map<string, SetConflict>): Promise<void> {
	const { db, now } = deps;
	const [row, synced] = await Promise.all([getSetRow(db, version.id), getSyncedSets(db).then((all) => all.get(version.id))]);
	const action = pulledSetAction(version, row && localSet(row), synced, conflicts.has(version.id));
	switch (action) {
		case 'skip':
			return;
		case 'same':
			return putSyncedSet(db, version.id, version.revision, versionHash(version.set));
		case 'take':
			// A set deleted on another device and unchanged here since goes here too, with its cards and reviews.
			if (version.set) await storeSet(db, version.set, { builtin: false, now: now() }, announce(deps));
			else if (row) await removeSet(db, version.id, announce(deps));
			return putSyncedSet(db, version.id, version.revision, versionHash(version.set));
		case 'ask': {
			const conflict = { id: version.id, theirs: theirs(version), mine: row?.set ?? null, foundAt: now() };
			conflicts.set(version.id, { key: `conflict:${version.id}`, ...conflict });
			return putSetConflict(db, conflict);
		}
		case 'update-question': {
			const conflict = { ...conflicts.get(version.id)!, theirs: theirs(version) };
			conflicts.set(version.id, conflict);
			return putSetConflict(db, conflict);
		}
	}
}

/** Pulls every change after the cursor, page by page; answers how many changes came and which cards to replay. */
async function pullAll(deps: SyncDeps, account: SyncAccount): Promise<{ pulled: number; cards: Set<string>; settingsChanged: boolean }> {
	const { db, api } = deps;
	let { cursor } = await getSyncProgress(db);
	const cards = new Set<string>();
	let pulled = 0;
	let settingsChanged = false;
	const conflicts = new Map((await getSetConflicts(db)).map((conflict) => [conflict.id, conflict]));
	for (;;) {
		const page = await api.pull(account, cursor);
		// Sets first: reviews of a question new to this device need its card.
		for (const version of page.sets) await pullSet(deps, version, conflicts);
		// Reviews of a set deleted here (and on the server) are not kept: the set went with its history.
		const deleted = deletedSets(await getSetRows(db), await getSyncedSets(db));
		const reviews = deleted.size > 0 ? page.reviews.filter((change) => !('entry' in change) || !deleted.has(change.entry.setId)) : page.reviews;
		for (const card of await mergePulledReviews(db, reviews)) cards.add(card);
		const fields = Object.entries(page.settings);
		if (fields.length > 0) {
			const settings = await getSettings(db);
			const merged = { ...settings, ...Object.fromEntries(fields.filter(([field]) => field !== 'weights').map(([field, change]) => [field, change!.value])) };
			await putSettings(db, merged);
			await updateSyncProgress(db, { settings: syncedSettingsOf(merged) });
			settingsChanged = true;
		}
		pulled += page.reviews.length + page.sets.length + fields.length;
		cursor = page.cursor;
		await updateSyncProgress(db, { cursor });
		if (!page.more) return { pulled, cards, settingsChanged };
	}
}

/** One full sync. Throws SyncError (nothing lost: what was not pushed waits for the next). */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
	const account = await getSyncAccount(deps.db);
	if (!account) throw new Error('sync is off on this device');
	const pushed = (await pushReviews(deps, account)) + (await pushSetsAndSettings(deps, account));
	const { pulled, cards, settingsChanged } = await pullAll(deps, account);
	const replayed = cards.size > 0 ? (await rebuild(deps.db, undefined, cards)).replayed : 0;
	if (cards.size > 0) deps.announce?.({ kind: 'rebuild' });
	// Sets assigned to the account's classes arrive with every sync; tests of them go to the class.
	const classes = await syncClasses(deps, account);
	const conflicts = (await getSetConflicts(deps.db)).length;
	await updateSyncProgress(deps.db, { lastSyncedAt: deps.now(), error: null });
	return { pushed, pulled, replayed, conflicts, settingsChanged, classSetsAdded: classes.setsAdded };
}

/**
 * The learner chose which version of a set to keep. "mine" keeps this device's and sends it as the
 * newest revision; "theirs" takes the other device's here. Either way the other is not kept.
 */
export async function chooseSetVersion(deps: SyncDeps, conflict: SetConflict, keep: 'mine' | 'theirs'): Promise<void> {
	const { db, now } = deps;
	if (keep === 'theirs') {
		// The other device's version, or its deletion: the set goes here too, with its cards and reviews.
		if (conflict.theirs.set) await storeSet(db, conflict.theirs.set, { builtin: false, now: now() }, announce(deps));
		else if (await getSetRow(db, conflict.id)) await removeSet(db, conflict.id, announce(deps));
		await resolveSetConflict(db, conflict.id, conflict.theirs.revision, versionHash(conflict.theirs.set));
	} else {
		// Synced at the other's revision with the other's hash: this device's version (or its deletion) now counts as a change made from it, pushed next.
		await resolveSetConflict(db, conflict.id, conflict.theirs.revision, versionHash(conflict.theirs.set));
		const row = await getSetRow(db, conflict.id);
		if (!row && conflict.mine) await storeSet(db, conflict.mine, { builtin: false, now: now() }, announce(deps));
	}
}
