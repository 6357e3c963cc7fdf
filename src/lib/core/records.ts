/**
 * The domain's records: what the app keeps about sets, cards, reviews, tests and preferences.
 * Storage stores them and the backup format carries them; both import them from here, and
 * nothing here imports storage, state or pages (tests/unit/layers.test.ts checks).
 */
import type { QuestionSet } from '../formats/question-set';
import { hashText } from '../formats/answer-key';
import type { CardState, Grade } from './card';
import type { DayOptions } from './day';
import type { Settings } from './default-settings';
import type { LogAggregate } from './stats';

/** A question set as kept on the device. */
export interface SetRow {
	id: string;
	set: QuestionSet;
	builtin: boolean;
	/** Hash of the whole set file, to notice a new version of a built-in set. */
	contentHash: string;
	installedAt: number;
	updatedAt: number;
}

/**
 * A card as kept. `dueAt` exists only on cards that have been studied and `newRank` only on
 * new ones, so each index holds just the cards it is for (IndexedDB skips records missing a key).
 */
export interface CardRow extends CardState {
	position: number;
	answerHash: string;
	dueAt?: number;
	newRank?: number;
	/** A suspended card has neither dueAt nor newRank, so no queue index holds it. */
	suspended?: boolean;
}

/**
 * A review-log entry's key, made on the device that recorded it (not by an IndexedDB key
 * generator), so that logs of two devices can one day be merged as a union: the time of the
 * review in base 36 (9 digits, so keys sort by time), then 16 hex digits: a counter (4), so
 * entries of the same millisecond keep the order they were made in, and random ones (12), so two
 * devices never make the same key: "0lt3k2x1c-00079f86d081884c".
 */
export type LogEntryId = string;

/** The key pattern: a new entry's, or one made from an older key (see legacyLogEntryId). */
export const LOG_ENTRY_ID = /^[0-9a-z]{9}-[0-9a-f]{8,16}(-[0-9]+)?$/;

/** A new entry's key: its time, the device's counter of keys made, and six random bytes (from crypto.getRandomValues). */
export function newLogEntryId(reviewedAt: number, sequence: number, random: Uint8Array): LogEntryId {
	const hex = [...random.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${timeKey(reviewedAt)}-${(sequence & 0xffff).toString(16).padStart(4, '0')}${hex.padEnd(12, '0')}`;
}

/**
 * The key of an entry recorded before keys were made on the device (a number, or none in an old
 * backup): made from what the entry holds, so the same review gets the same key on any device.
 * `taken` tells which keys are in use; a second identical review gets "-2", and so on.
 */
export function legacyLogEntryId(entry: Pick<LogEntry, 'setId' | 'questionId' | 'reviewedAt' | 'rating'>, taken: (id: LogEntryId) => boolean = () => false): LogEntryId {
	const base = `${timeKey(entry.reviewedAt)}-${hashText(JSON.stringify([entry.setId, entry.questionId, entry.reviewedAt, entry.rating]))}`;
	let id = base;
	for (let n = 2; taken(id); n++) id = `${base}-${n}`;
	return id;
}

function timeKey(time: number): string {
	return Math.max(0, Math.floor(time)).toString(36).padStart(9, '0').slice(-9);
}

/** One grade in the review log. */
export interface LogEntry {
	id?: LogEntryId;
	setId: string;
	questionId: string;
	rating: Grade;
	reviewedAt: number;
	/** Time spent on the card before answering, in ms. */
	durationMs: number;
	before: CardState;
	after: CardState;
	/** How the question was answered, when it was answered rather than self-graded. */
	answer?: AnswerRecord;
	/** The day boundary and retention the grade was scheduled with, so a replay of the log gives the same state. */
	day?: DayOptions;
	retention?: number;
	/**
	 * Taken back by the learner. The entry is kept, marked, rather than deleted, so that a merge of
	 * two logs cannot bring it back; every reader of the log (queues, statistics, rebuilds, backups)
	 * leaves it out.
	 */
	undone?: true;
}

/** The entries that count: those not taken back. */
export function liveEntries<T extends { undone?: true }>(log: readonly T[]): T[] {
	return log.filter((entry) => !entry.undone);
}

/** The forms a question is asked in (see answering.ts): a question of any type is asked in one of these. */
export const ASK_FORMS = ['flashcard', 'choice', 'select', 'match', 'order', 'true_false', 'typed'] as const;
export type AskForm = (typeof ASK_FORMS)[number];

export interface AnswerRecord {
	form: AskForm;
	given: string;
	correct: boolean;
	/** The grader's verdict ('exact', 'typo', 'wrong', ...), or 'overruled' when the learner said "I was right". */
	how: string;
	overruled: boolean;
	hinted: boolean;
	/** The rating the answer suggested; `rating` is what the learner kept or chose. */
	suggested: Grade;
}

/** One finished test (exam mode) and every answer in it. */
export interface TestResult {
	id?: number;
	setId: string;
	startedAt: number;
	finishedAt: number;
	/** The question types the learner chose to include. */
	types: string[];
	total: number;
	correct: number;
	/** The score with partial credit: a select-all, matching or ordering question answered in part counts its share (0 to 1). Absent in results saved before it. */
	points?: number;
	/** Whether the answers were also counted as reviews in the schedule. */
	scheduled: boolean;
	items: Array<{ questionId: string; prompt: string; form: string; given: string; correct: boolean; answer: string; how: string }>;
	/** The class's live test this test was taken as (the result is handed in to it). */
	live?: { classId: string; liveId: string };
}

/** FSRS weights fitted to the learner's log, kept with the settings under the key "fsrs". */
export interface FittedParameters {
	weights: number[];
	fittedAt: number;
	/** Log loss on the later part of the log (time split) with the previous and the fitted weights. */
	logLossBefore: number;
	logLossAfter: number;
	reviews: number;
}

/** When the last backup was made and how often to remind; kept with the settings under "backup". */
export interface BackupPrefs {
	key: 'backup';
	lastBackupAt: number | null;
	/** Remind after this many days without a backup; 0 never reminds. */
	remindAfterDays: number;
}

// Rows saved by older versions lack the newer settings: storage fills them from DEFAULT_SETTINGS.
export type SettingsRow = (Partial<Settings> & { key: 'main' }) | BackupPrefs | (FittedParameters & { key: 'fsrs' }) | { key: 'stats'; aggregate: LogAggregate };

/** This device's place in a sync account (kept only on the device: never in a backup). */
export interface SyncAccount {
	key: 'account';
	accountId: string;
	deviceId: string;
	/** Made on this device (at least 128 random bits); the server keeps only its digest. */
	secret: string;
	deviceName: string;
	signedInAt: number;
}

/** Sync's progress: the server's cursor this device has pulled up to, and how the last sync went. */
export interface SyncProgress {
	key: 'progress';
	cursor: number;
	lastSyncedAt: number | null;
	/** Why the last sync failed, in words for the learner; null when it succeeded. */
	error: string | null;
	/** The settings as last synced, to tell which fields changed here since. */
	settings: Record<string, unknown> | null;
}

/** A review-log entry (or its taking back) not yet pushed. */
export interface PendingReview {
	key: `review:${string}`;
	id: LogEntryId;
	deleted: boolean;
}

/** A set as last synced: the server's revision and the hash of the version this device then held. */
export interface SyncedSet {
	key: `set:${string}`;
	id: string;
	revision: number;
	hash: string;
}

/** A set changed here and on another device since they last synced: both versions, until the learner chooses. */
export interface SetConflict {
	key: `conflict:${string}`;
	id: string;
	/** The other version: the server's revision, the set (null: deleted there), when and on which device it was made. */
	theirs: { revision: number; set: QuestionSet | null; changedAt: number; deviceId: string };
	/** This device's version (null: deleted here). */
	mine: QuestionSet | null;
	foundAt: number;
}

export type SyncRow = SyncAccount | SyncProgress | PendingReview | SyncedSet | SetConflict;
