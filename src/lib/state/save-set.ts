/**
 * Saving a set that came from outside (an import, a share link, the generator): never silently
 * overwrite another set. A taken id gets a numbered suffix unless the user chose to replace it.
 */
import type { QuestionSet } from '$lib/formats/question-set';
import { getSetRows, installSet, type Database, type InstallReport } from '$lib/storage/db';

/** `base`, or `base-2`, `base-3`, … : the first id not in `taken` (at most 64 characters). */
export function freeSetId(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = base.slice(0, 64 - suffix.length) + suffix;
		if (!taken.has(id)) return id;
	}
}

export interface SaveOutcome {
	id: string;
	report: InstallReport;
	/** The set replaced an existing one of the same id (progress kept where the answer key is unchanged). */
	replaced: boolean;
}

/**
 * Stores an outside set. `replace` updates the existing set of the same id (not a built-in one);
 * otherwise a set whose id is taken is stored under a free id.
 */
export async function saveOutsideSet(db: Database, set: QuestionSet, options: { replace: boolean; now?: number }): Promise<SaveOutcome> {
	const rows = await getSetRows(db);
	const existing = rows.find((row) => row.id === set.id);
	const replace = options.replace && existing !== undefined && !existing.builtin;
	const id = replace ? set.id : freeSetId(set.id, new Set(rows.map((row) => row.id)));
	const report = await installSet(db, { ...set, id }, { builtin: false, now: options.now ?? Date.now() });
	return { id, report, replaced: replace };
}
