/**
 * The domain's records: what the app keeps about sets, cards, reviews, tests and preferences.
 * Storage stores them and the backup format carries them; both import them from here, and
 * nothing here imports storage, state or pages (tests/unit/layers.test.ts checks).
 */
import type { QuestionSet } from '../formats/question-set';
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

/** A review-log entry's key. */
export type LogEntryId = number;

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
}

/** The forms a question is asked in (see answering.ts): a question of any type is asked in one of these. */
export const ASK_FORMS = ['flashcard', 'choice', 'true_false', 'typed'] as const;
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
	/** Whether the answers were also counted as reviews in the schedule. */
	scheduled: boolean;
	items: Array<{ questionId: string; prompt: string; form: string; given: string; correct: boolean; answer: string; how: string }>;
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
