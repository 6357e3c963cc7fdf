/** The sets store: installing a set with its cards, and reading sets back. */
import { answerKeyHash, hashText } from '$lib/formats/answer-key';
import type { QuestionSet } from '$lib/formats/question-set';
import { newCard } from '$lib/core/card';
import type { SetRow } from '$lib/core/records';
import { toCard, toRow, type Database } from './database';

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

