/**
 * Restoring a backup: a storage function of its own, so that only the backup page loads the
 * backup format's merge rules.
 */
import { restoredData, type BackupData, type RestoreMode } from '$lib/formats/backup';
import { commit, toCard, toRow, type Database } from './db';

export interface RestoreReport {
	sets: number;
	cards: number;
	log: number;
	tests: number;
}

/**
 * Restores a backup in one transaction: reads what is here, works out the result (restoredData)
 * and rewrites every store. A failure anywhere leaves the device as it was.
 */
export async function restoreBackup(db: Database, backup: BackupData, mode: RestoreMode, options: { now: number; createdAt: number }): Promise<RestoreReport> {
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
	await commit(tx, (writes) => {
		for (const name of names) writes.push(tx.objectStore(name).clear());
		for (const row of result.sets) writes.push(tx.objectStore('sets').put(row));
		// Rebuilt rows, so each card sits in exactly the index its state calls for.
		for (const row of result.cards) writes.push(tx.objectStore('cards').put(toRow(toCard(row), row.position, row.answerHash, row.suspended)));
		for (const entry of result.log) writes.push(tx.objectStore('log').put(entry));
		for (const row of result.tests) writes.push(tx.objectStore('tests').put(row));
		for (const row of result.settings) writes.push(tx.objectStore('settings').put(row));
	});
	return { sets: result.sets.length, cards: result.cards.length, log: result.log.length, tests: result.tests.length };
}

