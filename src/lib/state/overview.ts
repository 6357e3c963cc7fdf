/**
 * What the home and set pages show for a set: today's new / due counts and overall progress.
 */
import type { Database } from '$lib/storage/database';
import { setCounts, type SetProgress } from '$lib/storage/counts';
import { getSettings } from '$lib/storage/preferences';
import { dayOptions } from './library';
import type { QuestionSet } from '$lib/formats/question-set';

export interface SetOverview {
	set: QuestionSet;
	builtin: boolean;
	/** New cards available today (within the daily limit). */
	newToday: number;
	/** Learning and review cards due today. */
	dueToday: number;
	progress: SetProgress;
}

export async function overview(db: Database, set: QuestionSet, builtin: boolean, now = Date.now()): Promise<SetOverview> {
	const settings = await getSettings(db);
	const counts = await setCounts(db, set.id, now, settings, dayOptions(settings, new Date(now)));
	return { set, builtin, newToday: counts.new, dueToday: counts.learning + counts.review, progress: counts.progress };
}

export { relativeTime } from '$lib/core/relative-time';
