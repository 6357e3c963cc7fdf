/**
 * Backup, restore and rebuild: storage functions of their own, so that only the backup page loads
 * them (and the backup format's merge rules), not every page.
 */
import { restoredData, type BackupData, type RestoreMode } from '$lib/formats/backup';
import { newCard, State, type CardState } from '$lib/core/card';
import { commit, toCard, toRow, type Database } from './database';
import { liveEntries, type CardRow, type LogEntry } from '$lib/core/records';

/** The stores a backup holds, in one consistent snapshot. */
export async function exportEverything(db: Database): Promise<BackupData> {
	const tx = db.transaction(['sets', 'cards', 'log', 'tests', 'settings'], 'readonly');
	const [sets, cards, log, tests, settings] = await Promise.all([
		tx.objectStore('sets').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('log').getAll(),
		tx.objectStore('tests').getAll(),
		tx.objectStore('settings').getAll(),
		tx.done
	]);
	// Reviews taken back are not part of what the learner did: a backup leaves them out.
	return { sets, cards, log: liveEntries(log), tests, settings };
}

export interface RebuildReport {
	/** Cards with at least one review in the log. */
	replayed: number;
	/** Cards whose stored state differed from the replay (now corrected). */
	changed: Array<{ setId: string; questionId: string }>;
	entries: number;
	/** Log entries whose recorded outcome differs from the replay. */
	mismatches: number;
}

/**
 * Recomputes every studied card's state from the review log, in one transaction. `replay` (see
 * core/replay.ts) turns the log into each card's state; it is passed in so that storage does not
 * load the scheduler.
 */
export async function rebuildFromLog(
	db: Database,
	replay: (log: LogEntry[]) => { states: Map<string, CardState>; mismatches: number },
	/** Only these cards ("setId\0questionId"), as after a sync merged entries into their logs; every card when absent. */
	only?: ReadonlySet<string>
): Promise<RebuildReport> {
	const tx = db.transaction(['cards', 'log'], 'readwrite');
	const cards = tx.objectStore('cards');
	const [rows, all] = await Promise.all([cards.getAll(), tx.objectStore('log').getAll()]);
	const log = liveEntries(all);
	const { states, mismatches } = replay(log);
	const report: RebuildReport = { replayed: 0, changed: [], entries: log.length, mismatches };
	const writes: CardRow[] = [];
	for (const row of rows) {
		const key = `${row.setId}\0${row.questionId}`;
		if (only && !only.has(key)) continue;
		let replayed = states.get(key);
		// Every review of it was taken back (on another device): the card is new again.
		if (!replayed && only && row.reps > 0) replayed = newCard(row.setId, row.questionId, row.lastReview ?? row.due);
		if (!replayed) continue;
		// A card reset to new after its last review (its answer key changed) keeps its fresh start. After a
		// sync the card may be new here only because its set arrived after the reviews were made elsewhere.
		if (!only && row.reps === 0 && row.state === State.New && replayed.lastReview !== null && row.due > replayed.lastReview) continue;
		report.replayed++;
		const current = toCard(row);
		if (JSON.stringify(current) !== JSON.stringify({ ...current, ...replayed })) {
			report.changed.push({ setId: row.setId, questionId: row.questionId });
			writes.push(toRow({ ...current, ...replayed }, row.position, row.answerHash, row.suspended));
		}
	}
	await commit(tx, (pending) => writes.forEach((row) => pending.push(cards.put(row))));
	return report;
}


export interface RestoreReport {
	sets: number;
	cards: number;
	log: number;
	tests: number;
}

/**
 * Restores a backup in one transaction: reads what is here, works out the result (restoredData)
 * and rewrites every store. A failure anywhere leaves the device as it was. `onProgress` hears how
 * many of the records are written, now and then.
 */
export async function restoreBackup(
	db: Database,
	backup: BackupData,
	mode: RestoreMode,
	options: { now: number; createdAt: number; onProgress?: (written: number, total: number) => void }
): Promise<RestoreReport> {
	const names = ['sets', 'cards', 'log', 'tests', 'settings'] as const;
	const tx = db.transaction(names, 'readwrite');
	const [sets, cards, log, tests, settings] = await Promise.all([
		tx.objectStore('sets').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('log').getAll(),
		tx.objectStore('tests').getAll(),
		tx.objectStore('settings').getAll()
	]);
	const result = restoredData({ sets, cards, log, tests, settings }, backup, mode, options);
	const total = result.sets.length + result.cards.length + result.log.length + result.tests.length + result.settings.length;
	const step = Math.max(1, Math.floor(total / 100));
	let written = 0;
	const onProgress = options.onProgress;
	const counted = (write: Promise<unknown>) =>
		onProgress
			? write.then(() => {
					if (++written % step === 0 || written === total) onProgress(written, total);
				})
			: write;
	await commit(tx, (writes) => {
		for (const name of names) writes.push(tx.objectStore(name).clear());
		for (const row of result.sets) writes.push(counted(tx.objectStore('sets').put(row)));
		// Rebuilt rows, so each card sits in exactly the index its state calls for.
		for (const row of result.cards) writes.push(counted(tx.objectStore('cards').put(toRow(toCard(row), row.position, row.answerHash, row.suspended))));
		for (const entry of result.log) writes.push(counted(tx.objectStore('log').put(entry)));
		for (const row of result.tests) writes.push(counted(tx.objectStore('tests').put(row)));
		for (const row of result.settings) writes.push(counted(tx.objectStore('settings').put(row)));
	});
	return { sets: result.sets.length, cards: result.cards.length, log: result.log.length, tests: result.tests.length };
}
