/**
 * What the statistics page shows, gathered from storage: every statistic for one set or all,
 * the sets to choose from, the test-score history, and the prompts of the hardest questions.
 */
import { getSetRows, getSettings, type Database } from '$lib/storage/db';
import type { TestResult } from '$lib/core/records';
import { collectStats, setSuspended, testResults } from '$lib/storage/stats';
import type { Statistics } from '$lib/core/stats';
import type { Settings } from '$lib/core/settings';
import { dayOptions } from './library';

export interface StatisticsView {
	stats: Statistics;
	sets: Array<{ id: string; title: string }>;
	/** The chosen set, or null for all sets. */
	setId: string | null;
	tests: TestResult[];
	/** setId → questionId → prompt. */
	prompts: Map<string, Map<string, string>>;
	settings: Settings;
}

export async function loadStatistics(db: Database, setId: string | null, now: number): Promise<StatisticsView> {
	const [rows, settings] = await Promise.all([getSetRows(db), getSettings(db)]);
	const known = setId !== null && rows.some((row) => row.id === setId) ? setId : null;
	const day = dayOptions(settings, new Date(now));
	const stats = await collectStats(db, known, { ...day, now, leechThreshold: settings.leechThreshold, ...(settings.weights ? { weights: settings.weights } : {}) });
	const prompts = new Map(rows.map((row) => [row.id, new Map(row.set.questions.map((question) => [question.id, question.prompt]))]));
	return {
		stats,
		sets: rows.map((row) => ({ id: row.id, title: row.set.title })).sort((a, b) => a.title.localeCompare(b.title)),
		setId: known,
		tests: await testResults(db, known),
		prompts,
		settings
	};
}

export { setSuspended };
