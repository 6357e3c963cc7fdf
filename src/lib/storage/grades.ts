/**
 * Recording a grade and taking it back: the log entry and the card's state in one transaction,
 * and with sync on the entry's place in the queue to push. Apart from review-log.ts, which the
 * home page reads, since only study and test sessions write grades.
 */
import type { CardState } from '$lib/core/card';
import { newLogEntryId, type LogEntry, type LogEntryId } from '$lib/core/records';
import { commit, ConflictError, toRow, type Database } from './database';

/** Log keys made by this page so far: entries of the same millisecond keep their order. */
let keysMade = 0;

/**
 * Records a grade: the log entry and the card's new state in one transaction. Refuses (and
 * writes nothing) if the stored card is no longer the state the grade was computed from.
 */
export async function recordReview(db: Database, entry: Omit<LogEntry, 'id'>): Promise<LogEntryId> {
	const tx = db.transaction(['cards', 'log', 'sync'], 'readwrite');
	const cards = tx.objectStore('cards');
	const [row, syncing] = await Promise.all([cards.get([entry.setId, entry.questionId]), tx.objectStore('sync').count('account')]);
	if (!row || row.reps !== entry.before.reps || row.lastReview !== entry.before.lastReview) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new ConflictError(entry.questionId);
	}
	const id = newLogEntryId(entry.reviewedAt, keysMade++, crypto.getRandomValues(new Uint8Array(6)));
	await commit(tx, (writes) => {
		writes.push(tx.objectStore('log').add({ ...entry, id }));
		writes.push(cards.put(toRow(entry.after, row.position, row.answerHash, row.suspended)));
		// With sync on, the entry waits to be pushed (storage/sync.ts), written with it so it cannot be missed.
		if (syncing > 0) writes.push(tx.objectStore('sync').put({ key: `review:${id}`, id, deleted: false }));
	});
	return id;
}

/**
 * Takes back a grade: the card returns to the state before it and the log entry is marked undone
 * (kept, so a merged log cannot bring it back), in one transaction; the kept statistics, which
 * counted it, are worked out again. Refuses (ConflictError) if the card was graded again since,
 * here or in another tab, or the entry was already taken back.
 */
export async function undoLastReview(db: Database, entryId: LogEntryId): Promise<CardState> {
	const tx = db.transaction(['cards', 'log', 'settings', 'sync'], 'readwrite');
	const log = tx.objectStore('log');
	const cards = tx.objectStore('cards');
	const [entry, syncing] = await Promise.all([log.get(entryId), tx.objectStore('sync').count('account')]);
	const row = entry && (await cards.get([entry.setId, entry.questionId]));
	if (!entry || entry.undone || !row || row.reps !== entry.after.reps || row.lastReview !== entry.after.lastReview) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new ConflictError(entry?.questionId ?? String(entryId));
	}
	await commit(tx, (writes) => {
		writes.push(log.put({ ...entry, undone: true }));
		writes.push(tx.objectStore('settings').delete('stats'));
		writes.push(cards.put(toRow(entry.before, row.position, row.answerHash, row.suspended)));
		// With sync on, the taking back travels as a deletion of the entry.
		if (syncing > 0) writes.push(tx.objectStore('sync').put({ key: `review:${entryId}`, id: entryId, deleted: true }));
	});
	return entry.before;
}
