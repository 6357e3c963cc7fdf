/**
 * "Study more" once the day's work is done, as Anki's custom study offers it: more new questions
 * today, reviews ahead of their date, or practice of the whole set (or of today's mistakes) that
 * leaves the schedule alone. The choice travels in the study page's address, so a reload keeps it.
 */

export type StudyMore =
	/** Raise today's new limit for this set to `limit` (new questions introduced today included). */
	| { kind: 'new'; limit: number }
	/** Review now the questions due in the next `days` days; FSRS counts them as early reviews. */
	| { kind: 'ahead'; days: number }
	/** Ask every question (or only today's mistakes) and save nothing: no review, no change of schedule. */
	| { kind: 'practice'; only: 'all' | 'mistakes' };

/** How many more new questions the learner can ask for, and how far ahead they can review. */
export const MORE_NEW = [5, 10, 20] as const;
export const AHEAD_DAYS = [1, 3, 7] as const;

/** A missed question in practice comes back after this many others (or last, when fewer are left). */
export const PRACTICE_GAP = 3;

const MAX_NEW_LIMIT = 9999;
const MAX_AHEAD_DAYS = 365;

/** The study-more choice in `?more=…` of the study page's address, or undefined (bad values are ignored). */
export function studyMoreFromLocation(search: string): StudyMore | undefined {
	const params = new URLSearchParams(search);
	const count = (name: string, max: number) => {
		const raw = params.get(name) ?? '';
		const value = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
		return value >= 1 && value <= max ? value : undefined;
	};
	switch (params.get('more')) {
		case 'new': {
			const limit = count('limit', MAX_NEW_LIMIT);
			return limit === undefined ? undefined : { kind: 'new', limit };
		}
		case 'ahead': {
			const days = count('days', MAX_AHEAD_DAYS);
			return days === undefined ? undefined : { kind: 'ahead', days };
		}
		case 'practice':
			return { kind: 'practice', only: params.get('only') === 'mistakes' ? 'mistakes' : 'all' };
		default:
			return undefined;
	}
}

/** The study page's address for a set with a study-more choice. */
export function studyMoreHref(setId: string, more: StudyMore): string {
	const base = `/study?id=${encodeURIComponent(setId)}&more=${more.kind}`;
	if (more.kind === 'new') return `${base}&limit=${more.limit}`;
	if (more.kind === 'ahead') return `${base}&days=${more.days}`;
	return more.only === 'mistakes' ? `${base}&only=mistakes` : base;
}

/** Puts a missed question back a few places later in a practice round. */
export function practiceAgain<T>(rest: readonly T[], missed: T, gap = PRACTICE_GAP): T[] {
	const at = Math.min(gap, rest.length);
	return [...rest.slice(0, at), missed, ...rest.slice(at)];
}
