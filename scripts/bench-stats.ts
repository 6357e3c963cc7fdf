/**
 * For `npm run bench`, with 100,000 review-log entries and 5,000 cards in fake-indexeddb:
 * - stats_ms_100k: every statistic (heatmap, true retention, forecast, card states, streak, time
 *   studied, hardest questions) as the stats page gets them: the kept log aggregate plus the
 *   entries added since (10 new reviews each run), and the cards read in pages. Median of 5 runs.
 * - stats_rebuild_ms_100k: the same with no kept aggregate, the whole log folded in pages (the
 *   first visit, or after an undo or a restore). Median of 3 runs.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { State, newCard, type CardState } from '../src/lib/core/card';
import { DAY } from '../src/lib/core/day';
import { seededRandom } from '../src/lib/core/simulate';
import { openDatabase } from '../src/lib/storage/db';
import { newLogEntryId, type CardRow, type LogEntry } from '../src/lib/core/records';
import { collectStats } from '../src/lib/storage/stats';

const NOW = Date.parse('2024-06-01T10:00:00Z');
const ENTRIES = 100_000;
const CARDS = 5_000;

export async function benchStats(): Promise<{ stats_ms_100k: number; stats_rebuild_ms_100k: number }> {
	globalThis.indexedDB = new IDBFactory();
	const db = await openDatabase('bench-stats');
	const random = seededRandom(100_000);
	const card = (index: number): CardState => {
		const interval = 1 + Math.floor(random() * 60);
		return {
			...newCard('bench', `q${index}`, NOW - 400 * DAY),
			state: State.Review,
			due: NOW + Math.floor((random() - 0.2) * interval) * DAY,
			stability: interval,
			difficulty: 1 + random() * 9,
			scheduledDays: interval,
			reps: 5,
			lapses: Math.floor(random() * 10),
			lastReview: NOW - Math.floor(random() * interval) * DAY
		};
	};
	const tx = db.transaction('cards', 'readwrite');
	for (let i = 0; i < CARDS; i++) {
		const row: CardRow = { ...card(i), position: i, answerHash: '0' };
		row.dueAt = row.due;
		void tx.store.put(row);
	}
	await tx.done;
	const batch = 10_000;
	for (let start = 0; start < ENTRIES; start += batch) {
		const log = db.transaction('log', 'readwrite');
		for (let i = start; i < start + batch; i++) {
			const before = card(i % CARDS);
			const reviewedAt = NOW - Math.floor(((ENTRIES - i) / ENTRIES) * 365 * DAY);
			const entry: LogEntry = {
				// Keyed on the device since schema 5; each entry's time is its own, so the key is unique.
				id: newLogEntryId(reviewedAt, i, new Uint8Array(6)),
				setId: 'bench',
				questionId: before.questionId,
				rating: random() < 0.12 ? 1 : 3,
				// Oldest first, spread over the last 365 days.
				reviewedAt,
				durationMs: 4000,
				before,
				after: before
			};
			void log.store.add(entry);
		}
		await log.done;
	}
	const options = { now: NOW, dayStartHour: 4, offsetMinutes: 0, leechThreshold: 8 };
	const median = (times: number[]) => Number([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1));
	const rebuild: number[] = [];
	for (let run = 0; run < 3; run++) {
		await db.delete('settings', 'stats');
		const started = performance.now();
		await collectStats(db, null, options);
		rebuild.push(performance.now() - started);
	}
	const kept: number[] = [];
	for (let run = 0; run < 5; run++) {
		const log = db.transaction('log', 'readwrite');
		for (let i = 0; i < 10; i++) {
			const before = card(i);
			void log.store.add({ id: newLogEntryId(NOW, run * 10 + i, new Uint8Array(6)), setId: 'bench', questionId: before.questionId, rating: 3, reviewedAt: NOW, durationMs: 4000, before, after: before });
		}
		await log.done;
		const started = performance.now();
		const stats = await collectStats(db, null, options);
		kept.push(performance.now() - started);
		if (stats.time.reviewsTotal !== ENTRIES + 10 * (run + 1)) throw new Error(`stats counted ${stats.time.reviewsTotal} reviews`);
	}
	db.close();
	return { stats_ms_100k: median(kept), stats_rebuild_ms_100k: median(rebuild) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchStats());
