/** The sets store: installing a set with its cards, and reading sets back. */
import { answerKeyHash, hashText } from '$lib/formats/answer-key';
import type { QuestionSet } from '$lib/formats/question-set';
import { newCard } from '$lib/core/card';
import type { SetConflict, SetRow } from '$lib/core/records';
import { commit, toCard, toRow, type Database } from './database';

export interface InstallReport {
	added: number;
	kept: number;
	/** Questions whose answer key changed: their progress starts over. */
	reset: string[];
	removed: number;
}

/**
 * Stores a set and its cards in one transaction. Progress of a question whose id is unchanged is
 * kept; if its answer key changed, its card starts over and its id is reported.
 */
export async function installSet(db: Database, set: QuestionSet, options: { builtin: boolean; now: number }): Promise<InstallReport> {
	const contentHash = hashText(JSON.stringify(set));
	const tx = db.transaction(['sets', 'cards'], 'readwrite');
	const sets = tx.objectStore('sets');
	const cards = tx.objectStore('cards');
	const [existing, stored] = await Promise.all([sets.get(set.id), cards.index('by-set').getAll(set.id)]);
	const byId = new Map(stored.map((row) => [row.questionId, row]));
	const report: InstallReport = { added: 0, kept: 0, reset: [], removed: 0 };
	const writes: Promise<unknown>[] = [
		sets.put({
			id: set.id,
			set,
			builtin: options.builtin,
			contentHash,
			installedAt: existing?.installedAt ?? options.now,
			updatedAt: options.now
		})
	];
	set.questions.forEach((question, position) => {
		const hash = answerKeyHash(question);
		const row = byId.get(question.id);
		byId.delete(question.id);
		if (!row) {
			report.added++;
			writes.push(cards.put(toRow(newCard(set.id, question.id, options.now), position, hash)));
		} else if (row.answerHash !== hash) {
			report.reset.push(question.id);
			writes.push(cards.put(toRow(newCard(set.id, question.id, options.now), position, hash)));
		} else {
			report.kept++;
			if (row.position !== position) writes.push(cards.put(toRow(toCard(row), position, hash, row.suspended)));
		}
	});
	for (const row of byId.values()) {
		report.removed++;
		writes.push(cards.delete([row.setId, row.questionId]));
	}
	await Promise.all([...writes, tx.done]);
	return report;
}

export async function getSetRows(db: Database): Promise<SetRow[]> {
	return db.getAll('sets');
}

export async function getSetRow(db: Database, id: string): Promise<SetRow | undefined> {
	return db.get('sets', id);
}


export interface DeleteReport {
	cards: number;
	reviews: number;
}

/**
 * Deletes a set with everything this device keeps of it, in one transaction: its cards, its
 * review-log entries (and any still waiting to be pushed), its test results and its unsaved edit.
 * The kept statistics are worked out again. A set waiting for the learner's choice between two
 * versions keeps the question, with this device's version now "deleted".
 */
export async function deleteSet(db: Database, id: string): Promise<DeleteReport> {
	const tx = db.transaction(['sets', 'cards', 'log', 'tests', 'drafts', 'settings', 'sync'], 'readwrite');
	const everyTime = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
	const [cardKeys, logKeys, testKeys, question] = await Promise.all([
		tx.objectStore('cards').index('by-set').getAllKeys(id),
		tx.objectStore('log').index('by-set-time').getAllKeys(everyTime),
		tx.objectStore('tests').index('by-set-time').getAllKeys(everyTime),
		tx.objectStore('sync').get(`conflict:${id}`)
	]);
	await commit(tx, (writes) => {
		writes.push(tx.objectStore('sets').delete(id));
		for (const key of cardKeys) writes.push(tx.objectStore('cards').delete(key));
		for (const key of logKeys) {
			writes.push(tx.objectStore('log').delete(key));
			writes.push(tx.objectStore('sync').delete(`review:${key}`));
		}
		for (const key of testKeys) writes.push(tx.objectStore('tests').delete(key));
		writes.push(tx.objectStore('drafts').delete(`set:${id}`));
		if (logKeys.length > 0) writes.push(tx.objectStore('settings').delete('stats'));
		const conflict = question as SetConflict | undefined;
		if (conflict) writes.push(tx.objectStore('sync').put({ ...conflict, mine: null }));
	});
	return { cards: cardKeys.length, reviews: logKeys.length };
}
