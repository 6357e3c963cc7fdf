/**
 * The sync wire format: every body the sync server accepts or returns, as types and validators.
 * The server validates each request with these before anything is stored; the app imports the same
 * module to build requests and to check what comes back. Pure TypeScript: no DOM, no Node.
 *
 * - Review-log entries carry ids made on the device; pushing the same id twice stores it once, and a
 *   deleted entry travels as a tombstone (`{ id, deleted: true }`) that no later push revives.
 * - Sets are documents with revisions: a push names the revision it was edited from; if the server
 *   has moved on, nothing is overwritten and the answer carries both versions.
 * - Settings merge per field: the later change of each field wins, by the time the device made it.
 * - Pulls page through everything after a cursor (a per-account sequence number).
 */
import { ASK_FORMS, type AnswerRecord, type LogEntry } from '../core/records';
import type { Settings } from '../core/default-settings';
import { validateSettings } from '../core/settings';
import { formatIssue, validateQuestionSet, type QuestionSet } from './question-set';

export const SYNC_PROTOCOL = 1;

export const SYNC_LIMITS = {
	/** Review-log changes in one push. */
	pushReviews: 1000,
	/** Set changes in one push. */
	pushSets: 20,
	/** Bytes of one push body. */
	pushBytes: 4 * 1024 * 1024,
	/** Changes in one pull page (default and most). */
	pullPage: 500,
	pullPageMost: 2000,
	/** Bytes of a share request: a set of the largest size the format allows. */
	shareBytes: 12 * 1024 * 1024,
	/** Bytes of every other request body. */
	smallBytes: 64 * 1024
} as const;

/** Ids made on the device: UUIDs, ULIDs and the like. */
export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;
/** Device secrets: made on the device, at least 128 random bits, base64url. */
export const DEVICE_SECRET = /^[A-Za-z0-9_-]{22,128}$/;
/** Server-made ids of accounts, devices, shares, passkeys and challenges (base64url). */
export const SERVER_ID = /^[A-Za-z0-9_-]{16,256}$/;
const SET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

// ---------------------------------------------------------------- review log

export type { AnswerRecord };

/** One review-log entry as it travels: the device's entry (core/records.ts) with its device-made id; an entry taken back travels as a deletion. */
export type ReviewEntry = Omit<LogEntry, 'id' | 'undone'> & { id: string };

export type ReviewChange = { id: string; entry: ReviewEntry } | { id: string; deleted: true };

// ---------------------------------------------------------------- sets and settings

/** A set as the device pushes it: the revision it was edited from (0: new here) and the set, or null to delete it. */
export interface SetPush {
	id: string;
	baseRevision: number;
	set: QuestionSet | null;
	/** When the device made the change (ms). */
	changedAt: number;
}

/** A set as the server holds it; `set` null means deleted (a tombstone). */
export interface SetVersion {
	id: string;
	revision: number;
	set: QuestionSet | null;
	changedAt: number;
	deviceId: string;
}

export type SetResult =
	| { id: string; status: 'stored'; revision: number }
	/** The server had moved past `baseRevision`: nothing was written; both versions come back for the learner to choose. */
	| { id: string; status: 'conflict'; server: SetVersion; yours: SetPush };

export type SyncedSetting = keyof Settings;
export const SYNCED_SETTINGS: readonly SyncedSetting[] = [
	'desiredRetention',
	'newPerDay',
	'maxReviewsPerDay',
	'dayStartHour',
	'learningSteps',
	'relearningSteps',
	'maximumInterval',
	'fuzz',
	'leechThreshold',
	'burySiblings',
	'theme',
	'reduceMotion',
	'weights'
];

/** A settings field's new value and when the device changed it; `weights: null` returns to the defaults. */
export interface SettingChange {
	value: unknown;
	changedAt: number;
}

export interface SettingValue extends SettingChange {
	deviceId: string;
}

// ---------------------------------------------------------------- requests and answers

export interface PushRequest {
	reviews: ReviewChange[];
	sets: SetPush[];
	settings: Partial<Record<SyncedSetting, SettingChange>>;
}

export interface PushResponse {
	/** received: changes in the push; added: entries new to the server; deleted: entries now tombstoned. */
	reviews: { received: number; added: number; deleted: number };
	sets: SetResult[];
	/** applied: fields this push changed; older: fields where the server kept a later change. */
	settings: { applied: SyncedSetting[]; older: SyncedSetting[] };
}

export interface PullResponse {
	/** Pass back as `after` for the next page; everything up to it has been sent. */
	cursor: number;
	/** Whether more changes wait after `cursor`. */
	more: boolean;
	reviews: ReviewChange[];
	sets: SetVersion[];
	settings: Partial<Record<SyncedSetting, SettingValue>>;
}

/** What a device sends to create an account, join one, or recover one: its name and the secret it made. */
export interface DeviceRegistration {
	name: string;
	secret: string;
}

/** A device signed in: the account and this device's id. The device signs requests with `authorization(deviceId, secret)`. */
export interface SignedIn {
	accountId: string;
	deviceId: string;
}

export interface CodeRequest {
	code: string;
	device: DeviceRegistration;
}

export interface ShareRequest {
	set: QuestionSet;
}

export interface ShareCreated {
	id: string;
	code: string;
	/** The short link, `/s/CODE` on this server. */
	url: string;
}

/** The Authorization header a device sends: its id and secret. */
export function authorization(deviceId: string, secret: string): string {
	return `Bearer ${deviceId}.${secret}`;
}

// ---------------------------------------------------------------- validation

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: string[] };

const MAX_ISSUES = 20;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const whole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

class Issues {
	readonly list: string[] = [];
	total = 0;
	add(where: string, message: string): void {
		this.total++;
		if (this.list.length < MAX_ISSUES) this.list.push(where ? `${where}: ${message}` : message);
	}
	field(where: string, ok: boolean, message: string): boolean {
		if (!ok) this.add(where, message);
		return ok;
	}
	unknown(obj: Json, allowed: readonly string[], where: string): void {
		for (const key of Object.keys(obj)) if (!allowed.includes(key)) this.add(where ? `${where}.${key}` : key, 'is not a known field');
	}
	result<T>(value: unknown): Checked<T> {
		if (this.total === 0) return { ok: true, value: value as T };
		return { ok: false, issues: this.total > this.list.length ? [...this.list, `and ${this.total - this.list.length} more problems`] : this.list };
	}
}

function checkCardState(raw: unknown, where: string, issues: Issues): void {
	if (!isObject(raw)) return issues.add(where, 'must be a card state object');
	issues.field(`${where}.setId`, typeof raw.setId === 'string' && SET_ID.test(raw.setId), 'must be a set id');
	issues.field(`${where}.questionId`, text(raw.questionId, 64), 'must be a question id');
	issues.field(`${where}.state`, [0, 1, 2, 3].includes(raw.state as number), 'must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)');
	issues.field(`${where}.due`, finite(raw.due), 'must be a time');
	for (const name of ['stability', 'difficulty'] as const) issues.field(`${where}.${name}`, finite(raw[name]) && raw[name] >= 0, 'must be a number of at least 0');
	for (const name of ['scheduledDays', 'learningSteps', 'reps', 'lapses'] as const) issues.field(`${where}.${name}`, whole(raw[name]), 'must be a whole number');
	issues.field(`${where}.lastReview`, raw.lastReview === null || finite(raw.lastReview), 'must be a time or null');
}

const GRADES = [1, 2, 3, 4];
const FORMS: readonly string[] = ASK_FORMS;

/** Checks one review-log entry; `where` names it in messages. */
export function checkReviewEntry(raw: unknown, where: string, issues: Issues): void {
	if (!isObject(raw)) return issues.add(where, 'must be a review-log entry object');
	issues.unknown(raw, ['id', 'setId', 'questionId', 'rating', 'reviewedAt', 'durationMs', 'before', 'after', 'answer', 'day', 'retention'], where);
	issues.field(`${where}.id`, typeof raw.id === 'string' && ENTRY_ID.test(raw.id), 'must be an id made on the device (8 to 64 letters, digits, "-" or "_")');
	issues.field(`${where}.setId`, typeof raw.setId === 'string' && SET_ID.test(raw.setId), 'must be a set id');
	issues.field(`${where}.questionId`, text(raw.questionId, 64), 'must be a question id');
	issues.field(`${where}.rating`, GRADES.includes(raw.rating as number), 'must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)');
	issues.field(`${where}.reviewedAt`, finite(raw.reviewedAt) && raw.reviewedAt >= 0, 'must be a time');
	issues.field(`${where}.durationMs`, finite(raw.durationMs) && raw.durationMs >= 0, 'must be a number of at least 0');
	checkCardState(raw.before, `${where}.before`, issues);
	checkCardState(raw.after, `${where}.after`, issues);
	if (raw.answer !== undefined) {
		const answer = raw.answer;
		const ok =
			isObject(answer) &&
			FORMS.includes(answer.form as string) &&
			typeof answer.given === 'string' &&
			answer.given.length <= 2000 &&
			typeof answer.correct === 'boolean' &&
			typeof answer.how === 'string' &&
			answer.how.length <= 64 &&
			typeof answer.overruled === 'boolean' &&
			typeof answer.hinted === 'boolean' &&
			GRADES.includes(answer.suggested as number) &&
			Object.keys(answer).every((key) => ['form', 'given', 'correct', 'how', 'overruled', 'hinted', 'suggested'].includes(key));
		issues.field(`${where}.answer`, ok, 'must record form, given, correct, how, overruled, hinted and suggested');
	}
	if (raw.day !== undefined) {
		const day = raw.day;
		const ok =
			isObject(day) &&
			Number.isInteger(day.dayStartHour) &&
			(day.dayStartHour as number) >= 0 &&
			(day.dayStartHour as number) <= 23 &&
			Number.isInteger(day.offsetMinutes) &&
			Math.abs(day.offsetMinutes as number) <= 24 * 60 &&
			Object.keys(day).length === 2;
		issues.field(`${where}.day`, ok, 'must hold dayStartHour (0–23) and offsetMinutes');
	}
	if (raw.retention !== undefined) issues.field(`${where}.retention`, finite(raw.retention) && raw.retention > 0 && raw.retention < 1, 'must be between 0 and 1');
}

function checkSetPush(raw: unknown, where: string, issues: Issues): void {
	if (!isObject(raw)) return issues.add(where, 'must be an object');
	issues.unknown(raw, ['id', 'baseRevision', 'set', 'changedAt'], where);
	const idOk = issues.field(`${where}.id`, typeof raw.id === 'string' && SET_ID.test(raw.id), 'must be a set id');
	issues.field(`${where}.baseRevision`, whole(raw.baseRevision), 'must be the revision the change was made from (0 for a set new to the server)');
	issues.field(`${where}.changedAt`, finite(raw.changedAt) && raw.changedAt >= 0, 'must be a time');
	if (raw.set === null) return;
	if (raw.set === undefined) return issues.add(`${where}.set`, 'is missing (null deletes the set)');
	const result = validateQuestionSet(raw.set);
	if (!result.ok) {
		for (const issue of result.issues.slice(0, 5)) issues.add(`${where}.set`, formatIssue(issue));
	} else if (idOk && result.set.id !== raw.id) {
		issues.add(`${where}.set.id`, `must be "${raw.id as string}", the id the change is for`);
	}
}

/** Checks one settings field's value with the app's own settings rules. */
function checkSetting(field: SyncedSetting, raw: unknown, where: string, issues: Issues): void {
	if (!isObject(raw)) return issues.add(where, 'must be { value, changedAt }');
	issues.unknown(raw, ['value', 'changedAt'], where);
	issues.field(`${where}.changedAt`, finite(raw.changedAt) && raw.changedAt >= 0, 'must be a time');
	const value = raw.value;
	if (field === 'weights' && value === null) return;
	if ((field === 'learningSteps' || field === 'relearningSteps') && !(Array.isArray(value) && value.every((step) => typeof step === 'string'))) {
		return issues.add(`${where}.value`, 'must be a list of steps such as ["1m", "10m"]');
	}
	if (value === undefined) return issues.add(`${where}.value`, 'is missing');
	const checked = validateSettings({ [field]: value });
	if (!checked.ok) for (const issue of checked.issues) issues.add(`${where}.value`, issue.message);
}

/** Checks a push body: every change is well formed, or nothing is stored. */
export function validatePushRequest(raw: unknown): Checked<PushRequest> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'a push must be a JSON object'));
	issues.unknown(raw, ['reviews', 'sets', 'settings'], '');
	const reviews = raw.reviews ?? [];
	const sets = raw.sets ?? [];
	const settings = raw.settings ?? {};
	if (!Array.isArray(reviews)) issues.add('reviews', 'must be a list');
	else if (reviews.length > SYNC_LIMITS.pushReviews) issues.add('reviews', `holds ${reviews.length} changes; at most ${SYNC_LIMITS.pushReviews} a push`);
	else {
		const seen = new Set<string>();
		reviews.forEach((change, index) => {
			const where = `reviews[${index}]`;
			if (!isObject(change)) return issues.add(where, 'must be { id, entry } or { id, deleted: true }');
			if (typeof change.id !== 'string' || !ENTRY_ID.test(change.id)) return issues.add(`${where}.id`, 'must be an id made on the device (8 to 64 letters, digits, "-" or "_")');
			if (seen.has(change.id)) issues.add(`${where}.id`, `repeats "${change.id}" earlier in this push`);
			seen.add(change.id);
			if (change.deleted === true) {
				issues.unknown(change, ['id', 'deleted'], where);
				return;
			}
			issues.unknown(change, ['id', 'entry'], where);
			checkReviewEntry(change.entry, `${where}.entry`, issues);
			if (isObject(change.entry) && change.entry.id !== change.id) issues.add(`${where}.entry.id`, 'must equal the change\'s id');
		});
	}
	if (!Array.isArray(sets)) issues.add('sets', 'must be a list');
	else if (sets.length > SYNC_LIMITS.pushSets) issues.add('sets', `holds ${sets.length} changes; at most ${SYNC_LIMITS.pushSets} a push`);
	else {
		const seen = new Set<unknown>();
		sets.forEach((change, index) => {
			checkSetPush(change, `sets[${index}]`, issues);
			if (isObject(change)) {
				if (seen.has(change.id)) issues.add(`sets[${index}].id`, `repeats "${String(change.id)}" earlier in this push`);
				seen.add(change.id);
			}
		});
	}
	if (!isObject(settings)) issues.add('settings', 'must be an object of fields');
	else {
		for (const [field, change] of Object.entries(settings)) {
			if (!(SYNCED_SETTINGS as readonly string[]).includes(field)) issues.add(`settings.${field}`, 'is not a setting');
			else checkSetting(field as SyncedSetting, change, `settings.${field}`, issues);
		}
	}
	return issues.result({ reviews, sets, settings });
}

function checkDevice(raw: unknown, where: string, issues: Issues): void {
	if (!isObject(raw)) return issues.add(where, 'must be { name, secret }');
	issues.unknown(raw, ['name', 'secret'], where);
	issues.field(`${where}.name`, typeof raw.name === 'string' && raw.name.trim() !== '' && raw.name.length <= 80, 'must be a name of 1 to 80 characters');
	issues.field(`${where}.secret`, typeof raw.secret === 'string' && DEVICE_SECRET.test(raw.secret), 'must be at least 128 random bits made on the device, base64url (22 to 128 characters)');
}

/** Checks `{ device: { name, secret } }`. */
export function validateNewAccount(raw: unknown): Checked<{ device: DeviceRegistration }> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'the body must be a JSON object'));
	issues.unknown(raw, ['device'], '');
	checkDevice(raw.device, 'device', issues);
	return issues.result(raw);
}

/** Checks `{ code, device }`, for joining by a one-time code or recovering with the recovery code. */
export function validateCodeRequest(raw: unknown): Checked<CodeRequest> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'the body must be a JSON object'));
	issues.unknown(raw, ['code', 'device'], '');
	issues.field('code', typeof raw.code === 'string' && raw.code.trim() !== '' && raw.code.length <= 64, 'must be the code as shown');
	checkDevice(raw.device, 'device', issues);
	return issues.result(raw);
}

/** Checks `{ set }` with the question-set schema. */
export function validateShareRequest(raw: unknown): Checked<ShareRequest> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'the body must be a JSON object'));
	issues.unknown(raw, ['set'], '');
	const result = validateQuestionSet(raw.set);
	if (!result.ok) for (const issue of result.issues) issues.add('set', formatIssue(issue));
	return issues.result(raw);
}

/** Checks `{ confirm }`, the account id typed back before the account is deleted. */
export function validateDeleteAccount(raw: unknown): Checked<{ confirm: string }> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'the body must be a JSON object'));
	issues.unknown(raw, ['confirm'], '');
	issues.field('confirm', typeof raw.confirm === 'string' && SERVER_ID.test(raw.confirm), 'must be the account id, to confirm');
	return issues.result(raw);
}

/** Checks a passkey ceremony's answer: `{ challengeId, response, name?, device? }`. */
export function validatePasskeyRequest(raw: unknown, options: { device: boolean }): Checked<{ challengeId: string; response: Json; name?: string; device?: DeviceRegistration }> {
	const issues = new Issues();
	if (!isObject(raw)) return issues.result(issues.add('', 'the body must be a JSON object'));
	issues.unknown(raw, options.device ? ['challengeId', 'response', 'device'] : ['challengeId', 'response', 'name'], '');
	issues.field('challengeId', typeof raw.challengeId === 'string' && SERVER_ID.test(raw.challengeId), 'must be the id the options came with');
	issues.field('response', isObject(raw.response) && typeof raw.response.id === 'string' && isObject(raw.response.response), 'must be the credential the browser returned, as JSON');
	if (options.device) checkDevice(raw.device, 'device', issues);
	else if (raw.name !== undefined) issues.field('name', typeof raw.name === 'string' && raw.name.trim() !== '' && raw.name.length <= 80, 'must be a name of 1 to 80 characters');
	return issues.result(raw);
}

export type { Issues };
