/**
 * The one path by which a grade, its undo and a changed set reach storage: each writes, then
 * tells the other tabs (sync.ts), so their counts and queues follow. Sessions, the editor, the
 * importers and the built-in sets all go through here; it is the place a later sync hooks into.
 */
import type { CardState } from '$lib/core/card';
import type { LogEntry, LogEntryId } from '$lib/core/records';
import type { QuestionSet } from '$lib/formats/question-set';
import { deleteSet, installSet, putSettings, recordReview, undoLastReview, type Database, type DeleteReport, type InstallReport, type Settings } from '$lib/storage/db';
import { broadcastChange, type Change } from './sync';

/** Hears each change once it is stored (by default: the other tabs). */
export type Announce = (change: Change) => void;

/**
 * Records a grade (the log entry and the card's new state in one transaction) and announces it.
 * Throws ConflictError, writing nothing, if the card was graded meanwhile (another tab).
 */
export async function recordGrade(db: Database, entry: Omit<LogEntry, 'id'>, announce: Announce = broadcastChange): Promise<LogEntryId> {
	const id = await recordReview(db, entry);
	announce({ kind: 'review', setId: entry.setId });
	return id;
}

/** Takes back a grade (the card returns to its state before it) and announces it. Throws ConflictError if the card was graded again since. */
export async function takeBackGrade(db: Database, entryId: LogEntryId, setId: string, announce: Announce = broadcastChange): Promise<CardState> {
	const before = await undoLastReview(db, entryId);
	announce({ kind: 'undo', setId });
	return before;
}

/** Stores a set and its cards (see installSet) and announces it, so other tabs list it and count its cards. */
export async function storeSet(db: Database, set: QuestionSet, options: { builtin: boolean; now: number }, announce: Announce = broadcastChange): Promise<InstallReport> {
	const report = await installSet(db, set, options);
	announce({ kind: 'sets', setId: set.id });
	return report;
}

/** Deletes a set with its cards and review history (see deleteSet) and announces it; with sync on, the deletion goes to the other devices. */
export async function removeSet(db: Database, setId: string, announce: Announce = broadcastChange): Promise<DeleteReport> {
	const report = await deleteSet(db, setId);
	announce({ kind: 'sets', setId });
	return report;
}

/** Saves the learner's settings and announces it; with sync on, the changed fields go to the other devices. */
export async function saveSettings(db: Database, settings: Settings, announce: Announce = broadcastChange): Promise<void> {
	await putSettings(db, settings);
	announce({ kind: 'settings' });
}
