/**
 * What a device sends and keeps when it syncs, decided without storage or network: which sets and
 * settings changed here since the last sync, what a pulled set means for the one held here (take
 * it, ignore it, or ask the learner), how pulled review-log changes merge into the local log, and
 * the sync state in words. The state layer (state/sync-engine.ts) reads and writes around these.
 */
import type { QuestionSet } from '../formats/question-set';
import { hashText } from '../formats/answer-key';
import { SYNCED_SETTINGS, type ReviewChange, type ReviewEntry, type SetPush, type SetVersion, type SettingChange, type SyncedSetting } from '../formats/sync';
import type { Settings } from './default-settings';
import type { SyncedSet } from './records';

/** JSON with every object's keys sorted: the same value gives the same text, whatever order a store kept its keys in. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, item]) => item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** A set's version hash: equal for equal sets, on any device (PostgreSQL's jsonb does not keep key order). */
export function setHash(set: QuestionSet): string {
	return hashText(canonicalJson(set));
}

export interface LocalSet {
	id: string;
	builtin: boolean;
	set: QuestionSet;
}

/** The hash a synced set is noted with when its revision is a deletion. */
export const DELETED_HASH = '';

/** A version's hash, or DELETED_HASH for a deletion. */
export const versionHash = (set: QuestionSet | null): string => (set ? setHash(set) : DELETED_HASH);

/**
 * The sets to push: each of the learner's sets new to the server (revision 0) or changed here since
 * it was last synced (from the revision it was synced at), and each synced set deleted here since
 * (a deletion: `set` null). Built-in sets come with the app on every device; sets waiting for the
 * learner's choice are held back until then.
 */
export function setsToPush(local: readonly LocalSet[], synced: ReadonlyMap<string, SyncedSet>, conflicted: ReadonlySet<string>, now: number): SetPush[] {
	const changes: SetPush[] = [];
	const here = new Set<string>();
	for (const row of local) {
		here.add(row.id);
		if (row.builtin || conflicted.has(row.id)) continue;
		const last = synced.get(row.id);
		if (!last) changes.push({ id: row.id, baseRevision: 0, set: row.set, changedAt: now });
		else if (last.hash !== setHash(row.set)) changes.push({ id: row.id, baseRevision: last.revision, set: row.set, changedAt: now });
	}
	for (const last of synced.values()) {
		if (here.has(last.id) || conflicted.has(last.id) || last.hash === DELETED_HASH) continue;
		changes.push({ id: last.id, baseRevision: last.revision, set: null, changedAt: now });
	}
	return changes;
}

/** Sets deleted on this device as far as the last sync knows: reviews of them pulled later are not kept. */
export function deletedSets(local: readonly { id: string }[], synced: ReadonlyMap<string, SyncedSet>): Set<string> {
	const here = new Set(local.map((row) => row.id));
	return new Set([...synced.values()].filter((last) => last.hash === DELETED_HASH && !here.has(last.id)).map((last) => last.id));
}

/**
 * What to do with a set pulled from the server (a version, or a deletion when `version.set` is null):
 * - `skip`: this device already has that revision (or a built-in set of that id: the app's own);
 * - `same`: this device holds the same content already (or has it deleted too): only the revision is noted;
 * - `take`: the set did not change here since the last sync (or is new here): store the pulled
 *   version, or delete the set here;
 * - `ask`: it changed here too (edited, or deleted, here): keep both and ask the learner (never
 *   overwrite or delete either);
 * - `update-question`: the learner is already being asked about this set: the other version is now this one.
 */
export type PulledSetAction = 'skip' | 'same' | 'take' | 'ask' | 'update-question';

export function pulledSetAction(version: SetVersion, local: LocalSet | undefined, synced: SyncedSet | undefined, conflicted: boolean): PulledSetAction {
	if (synced && version.revision <= synced.revision) return 'skip';
	if (local?.builtin) return 'skip';
	if (conflicted) return 'update-question';
	const here = local ? setHash(local.set) : DELETED_HASH;
	if (versionHash(version.set) === here) return 'same';
	// Not here and never synced: new to this device. Not here but synced: deleted here since.
	if (!local && !synced) return 'take';
	if (synced && synced.hash === here) return 'take';
	return 'ask';
}

/** The settings fields changed here since the last sync (every field on the first sync), dated `now`. The FSRS weights are fitted per device and do not travel. */
export function settingsToPush(current: Settings, lastSynced: Record<string, unknown> | null, now: number): Partial<Record<SyncedSetting, SettingChange>> {
	const changes: Partial<Record<SyncedSetting, SettingChange>> = {};
	for (const field of SYNCED_SETTINGS) {
		if (field === 'weights') continue;
		if (lastSynced && canonicalJson(lastSynced[field]) === canonicalJson(current[field])) continue;
		changes[field] = { value: current[field], changedAt: now };
	}
	return changes;
}

/** The synced fields of the settings, as kept for the next comparison. */
export function syncedSettingsOf(settings: Settings): Record<string, unknown> {
	return Object.fromEntries(SYNCED_SETTINGS.filter((field) => field !== 'weights').map((field) => [field, settings[field]]));
}

/** What pulled review-log changes do to the local log: entries to add, entries to mark taken back, and the cards whose state must be replayed. */
export interface ReviewMerge {
	add: ReviewEntry[];
	takeBack: string[];
	/** Cards as "setId\0questionId", the key the replay uses. */
	cards: Set<string>;
}

/**
 * Merges pulled changes into a log as a union by id: an entry already here is left alone (the same
 * id is the same review), a deletion marks the entry here taken back (and a taken-back entry is
 * never revived). `local` tells what the log holds under an id.
 */
export function mergeReviewChanges(changes: readonly ReviewChange[], local: (id: string) => { setId: string; questionId: string; undone?: true } | undefined): ReviewMerge {
	const merge: ReviewMerge = { add: [], takeBack: [], cards: new Set() };
	const seen = new Set<string>();
	for (const change of changes) {
		if (seen.has(change.id)) continue;
		seen.add(change.id);
		const here = local(change.id);
		if ('deleted' in change) {
			if (here && !here.undone) {
				merge.takeBack.push(change.id);
				merge.cards.add(`${here.setId}\0${here.questionId}`);
			}
		} else if (!here) {
			merge.add.push(change.entry);
			merge.cards.add(`${change.entry.setId}\0${change.entry.questionId}`);
		}
	}
	return merge;
}

export type SyncStateKind = 'off' | 'syncing' | 'synced' | 'pending' | 'offline' | 'error' | 'choose';

export interface SyncFacts {
	signedIn: boolean;
	online: boolean;
	syncing: boolean;
	/** Changes here not yet on the server. */
	pending: number;
	/** Sets waiting for the learner to choose a version. */
	conflicts: number;
	lastSyncedAt: number | null;
	error: string | null;
}

function clock(time: number, now: number): string {
	const date = new Date(time);
	const sameDay = new Date(now).toDateString() === date.toDateString();
	const hours = String(date.getHours()).padStart(2, '0');
	const minutes = String(date.getMinutes()).padStart(2, '0');
	return sameDay ? `${hours}:${minutes}` : `${date.toLocaleDateString('en', { day: 'numeric', month: 'short' })} ${hours}:${minutes}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The sync state as the learner sees it: which kind, and a sentence. */
export function describeSync(facts: SyncFacts, now: number): { kind: SyncStateKind; text: string } {
	if (!facts.signedIn) return { kind: 'off', text: 'Sync is off on this device.' };
	const waiting = facts.pending > 0 ? ` ${plural(facts.pending, 'change waits', 'changes wait')} to be sent.` : '';
	if (facts.conflicts > 0) return { kind: 'choose', text: `${plural(facts.conflicts, 'set was', 'sets were')} changed on two devices: choose which version to keep.${waiting}` };
	if (facts.syncing) return { kind: 'syncing', text: 'Syncing…' };
	if (!facts.online) return { kind: 'offline', text: `Offline: sync resumes when this device is back online.${waiting}` };
	if (facts.error) return { kind: 'error', text: `The last sync failed: ${facts.error}.${waiting}` };
	if (facts.pending > 0) return { kind: 'pending', text: `Pending: ${plural(facts.pending, 'change', 'changes')} not yet synced.` };
	if (facts.lastSyncedAt === null) return { kind: 'pending', text: 'Not synced yet.' };
	return { kind: 'synced', text: `Synced at ${clock(facts.lastSyncedAt, now)}.` };
}

/** How two versions of a set differ, for the learner choosing one: questions only in each, and questions in both but changed. */
export interface VersionDifference {
	onlyMine: number;
	onlyTheirs: number;
	changed: number;
	titleChanged: boolean;
}

export function compareVersions(mine: QuestionSet | null, theirs: QuestionSet | null): VersionDifference {
	const mineById = new Map((mine?.questions ?? []).map((question) => [question.id, canonicalJson(question)]));
	const theirsById = new Map((theirs?.questions ?? []).map((question) => [question.id, canonicalJson(question)]));
	let onlyMine = 0;
	let changed = 0;
	for (const [id, text] of mineById) {
		const other = theirsById.get(id);
		if (other === undefined) onlyMine++;
		else if (other !== text) changed++;
	}
	const onlyTheirs = [...theirsById.keys()].filter((id) => !mineById.has(id)).length;
	return { onlyMine, onlyTheirs, changed, titleChanged: (mine?.title ?? '') !== (theirs?.title ?? '') };
}

/** A first name for this device, from the browser's user agent; the learner may change it. */
export function guessDeviceName(userAgent: string): string {
	const system = /Android/i.test(userAgent) ? 'Android' : /iPhone|iPad|iPod/i.test(userAgent) ? 'iOS' : /Windows/i.test(userAgent) ? 'Windows' : /Mac OS X|Macintosh/i.test(userAgent) ? 'Mac' : /CrOS/i.test(userAgent) ? 'ChromeOS' : /Linux/i.test(userAgent) ? 'Linux' : '';
	const kind = /iPad|Tablet/i.test(userAgent) ? 'tablet' : /Mobi|iPhone|Android/i.test(userAgent) ? 'phone' : 'computer';
	return system ? `${system} ${kind}` : kind[0]!.toUpperCase() + kind.slice(1);
}

/** The words of the question about a set changed on two devices, when one of them deleted it. */
export function conflictWording(mine: QuestionSet | null, theirs: QuestionSet | null, other: string): { summary: string; keepMine: string; keepTheirs: string } {
	if (!theirs)
		return {
			summary: `This set was changed on this device and deleted on ${other} before they synced. Nothing is lost until you choose.`,
			keepMine: 'Keep this device’s version',
			keepTheirs: 'Delete it here too'
		};
	if (!mine)
		return {
			summary: `This set was deleted on this device and changed on ${other} before they synced. Nothing is lost until you choose.`,
			keepMine: 'Keep it deleted',
			keepTheirs: `Keep the version from ${other}`
		};
	return {
		summary: `This set was changed on this device and on ${other} before they synced. Nothing is lost until you choose.`,
		keepMine: 'Keep this device’s version',
		keepTheirs: `Keep the version from ${other}`
	};
}

/** Where the list of an account's devices stands on the Sync page. */
export type DeviceListState = 'loading' | 'loaded' | 'failed';

/** What the Sync page says while it has no list of devices to show: what is happening, or why the list is missing. */
export function deviceListNote(list: DeviceListState, facts: Pick<SyncFacts, 'online' | 'syncing' | 'lastSyncedAt'>): string {
	if (!facts.online) return 'The list of devices needs the server; it is shown when this device is back online.';
	if (facts.syncing && facts.lastSyncedAt === null) return 'The first sync is under way: this device’s sets, reviews and settings are going to the server. Your devices are listed when it ends.';
	if (facts.syncing || list === 'loading') return 'Loading the list of devices…';
	return 'The list of devices could not be loaded; it is shown again after the next sync.';
}
