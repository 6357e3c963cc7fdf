/**
 * Storage for statistics and the FSRS optimiser: the log read in pages, never whole. Apart from
 * db.ts so that the study and home pages do not carry it; the statistics code itself is loaded
 * only when asked for (dynamic import).
 */
import { State } from '$lib/core/card';
import type { DayOptions } from '$lib/core/day';
import type { LogAggregate, StatsCard, Statistics, StatsOptions } from '$lib/core/stats';
import type { ReviewRecord } from '$lib/core/optimize';
import { checkFitted } from '$lib/core/settings-rules';
import { toCard, toRow, type Database } from './database';
import { testHistory } from './review-log';
import type { CardRow, FittedParameters, LogEntry, LogEntryId, TestResult } from '$lib/core/records';

const PAGE = 2000;

/**
 * Calls `visit` for each log entry (of one set, or all) with a key above `after`, oldest first
 * (keys begin with the time), reading `PAGE` entries at a time. Entries taken back are left out
 * unless `undone` asks for them.
 */
export async function forEachLogEntry(db: Database, setId: string | null, visit: (entry: LogEntry) => void, options: { after?: LogEntryId; undone?: boolean } = {}): Promise<void> {
	let after = options.after ?? '';
	for (;;) {
		const page = await db.getAll('log', IDBKeyRange.lowerBound(after, true), PAGE);
		for (const entry of page) if ((setId === null || entry.setId === setId) && (options.undone || !entry.undone)) visit(entry);
		if (page.length < PAGE) return;
		after = page[page.length - 1]!.id!;
	}
}

async function forEachCard(db: Database, setId: string | null, visit: (card: StatsCard) => void): Promise<void> {
	let after: [string, string] | null = null;
	for (;;) {
		const range: IDBKeyRange | null = after ? IDBKeyRange.lowerBound(after, true) : null;
		const page: CardRow[] = await db.getAll('cards', range, PAGE);
		for (const row of page) if (setId === null || row.setId === setId) visit(row.suspended ? { ...toCard(row), suspended: true } : toCard(row));
		if (page.length < PAGE) return;
		const last: CardRow = page[page.length - 1]!;
		after = [last.setId, last.questionId];
	}
}

/**
 * The log folded by set and day, kept in the settings store under "stats": only entries added
 * since are read. It is rebuilt from the whole log (in pages) when the day boundary changed or
 * the entries it had counted changed (an undo drops it; a restore or a merge changes the count).
 */
export async function logAggregate(db: Database, day: DayOptions): Promise<LogAggregate> {
	const { addToAggregate, aggregateFits, emptyAggregate } = await import('$lib/core/stats');
	const kept = await db.get('settings', 'stats');
	let aggregate = kept?.key === 'stats' && aggregateFits(kept.aggregate, day) ? kept.aggregate : emptyAggregate(day);
	if (aggregate.entries > 0 && (await db.count('log', IDBKeyRange.upperBound(aggregate.lastId))) !== aggregate.entries) aggregate = emptyAggregate(day);
	const before = aggregate.entries;
	// Taken-back entries are visited too: the aggregate counts them (so the count above matches) and adds nothing else.
	await forEachLogEntry(db, null, (entry) => addToAggregate(aggregate, entry), { after: aggregate.lastId, undone: true });
	if (aggregate.entries !== before || !kept) await db.put('settings', { key: 'stats', aggregate });
	return aggregate;
}

/** Every statistic for one set (or all sets when `setId` is null): the kept log aggregate, then the cards in pages. */
export async function collectStats(db: Database, setId: string | null, options: StatsOptions): Promise<Statistics> {
	const { StatsAccumulator } = await import('$lib/core/stats');
	const stats = new StatsAccumulator(options, await logAggregate(db, options));
	await forEachCard(db, setId, (card) => stats.addCard(card));
	return stats.result(setId);
}

/** Test results of one set or of all, newest first. */
export async function testResults(db: Database, setId: string | null): Promise<TestResult[]> {
	if (setId !== null) return testHistory(db, setId);
	return (await db.getAll('tests')).sort((a, b) => b.finishedAt - a.finishedAt);
}

/** Suspends a card (it leaves every queue) or brings it back, keeping its progress. */
export async function setSuspended(db: Database, setId: string, questionId: string, suspended: boolean): Promise<void> {
	const tx = db.transaction('cards', 'readwrite');
	const row = await tx.store.get([setId, questionId]);
	if (!row) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new Error(`There is no question "${questionId}" in set "${setId}".`);
	}
	await Promise.all([tx.store.put(toRow(toCard(row), row.position, row.answerHash, suspended)), tx.done]);
}

/** The log as the optimiser needs it: card, rating, time, and whether it was the card's first answer. */
export async function optimizerRecords(db: Database): Promise<ReviewRecord[]> {
	const records: ReviewRecord[] = [];
	await forEachLogEntry(db, null, (entry) =>
		records.push({ card: `${entry.setId}\u0000${entry.questionId}`, rating: entry.rating, reviewedAt: entry.reviewedAt, first: entry.before.state === State.New })
	);
	return records;
}

export async function getFittedParameters(db: Database): Promise<FittedParameters | undefined> {
	const row = await db.get('settings', 'fsrs');
	// Damaged parameters are not used (readSettings names them, and the settings page offers to clear them).
	if (!row || row.key !== 'fsrs' || checkFitted(row)) return undefined;
	const { key: _key, ...fitted } = row;
	return fitted;
}

export async function putFittedParameters(db: Database, fitted: FittedParameters): Promise<void> {
	await db.put('settings', { key: 'fsrs', ...fitted });
}

/** Goes back to ts-fsrs's default weights. */
export async function clearFittedParameters(db: Database): Promise<void> {
	await db.delete('settings', 'fsrs');
}

