/**
 * Saving a set that came from outside (an import, a share link, the generator): never silently
 * overwrite another set. A taken id gets a numbered suffix unless the user chose to replace it.
 */
import { answerKeyHash, type QuestionSet } from '$lib/formats/question-set';
import { State } from '$lib/core/card';
import { getCards, getSetRow, getSetRows, type Database, type InstallReport } from '$lib/storage/db';
import { storeSet } from './writes';

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
	/** What the replacement did to the progress (when it replaced a set). */
	progress?: ReplaceEffect;
}

/** What replacing a stored set by `set` does to its progress, told before and after. */
export interface ReplaceEffect {
	title: string;
	questions: number;
	/** Questions studied at least once in the stored set. */
	studied: number;
	/** Studied questions whose progress stays: same id, same answer. */
	kept: number;
	/** Studied questions whose progress goes, and why. */
	lost: Array<{ id: string; prompt: string; reason: 'not in the new set' | 'answer changed' }>;
}

/**
 * What replacing the stored set of `set.id` by `set` would do to the progress, as installing it
 * does (installSet keeps a card whose question id and answer key are unchanged); undefined when
 * there is no such set, or it is built in (a built-in set is never replaced).
 */
export async function replaceEffect(db: Database, set: QuestionSet): Promise<ReplaceEffect | undefined> {
	const row = await getSetRow(db, set.id);
	if (!row || row.builtin) return undefined;
	const cards = new Map((await getCards(db, set.id)).map((card) => [card.questionId, card]));
	const incoming = new Map(set.questions.map((question) => [question.id, answerKeyHash(question)]));
	const effect: ReplaceEffect = { title: row.set.title, questions: row.set.questions.length, studied: 0, kept: 0, lost: [] };
	for (const question of row.set.questions) {
		const card = cards.get(question.id);
		if (!card || card.state === State.New) continue;
		effect.studied++;
		const hash = incoming.get(question.id);
		if (hash === answerKeyHash(question)) effect.kept++;
		else effect.lost.push({ id: question.id, prompt: question.prompt, reason: hash === undefined ? 'not in the new set' : 'answer changed' });
	}
	return effect;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Studied questions of a replaced set: how many, how many keep their progress, and why the others lose it. */
export interface ProgressChange {
	studied: number;
	kept: number;
	/** Lost: the question is not in the new set. */
	removed: number;
	/** Lost: the question's answer changed. */
	changed: number;
}

export function progressChange(effect: ReplaceEffect): ProgressChange {
	const removed = effect.lost.filter((item) => item.reason === 'not in the new set').length;
	return { studied: effect.studied, kept: effect.kept, removed, changed: effect.lost.length - removed };
}

/** "Progress on 4 of your 5 studied questions goes (…)", before a replacement (`done` false) or after it. */
export function describeProgressChange(change: ProgressChange, done: boolean): string {
	const lost = change.removed + change.changed;
	if (change.studied === 0) return done ? 'No progress was lost: none of its questions had been studied.' : 'No progress is lost: none of its questions have been studied yet.';
	if (lost === 0) return `Progress on all ${plural(change.studied, 'studied question')} ${done ? 'was' : 'is'} kept.`;
	const why = [
		change.removed > 0 ? `${change.removed} ${change.removed === 1 ? 'is' : 'are'} not in the new set` : '',
		change.changed > 0 ? `${change.changed} ${change.changed === 1 ? 'has' : 'have'} a different answer` : ''
	]
		.filter(Boolean)
		.join(', ');
	const kept = change.kept > 0 ? ` Progress on ${plural(change.kept, 'question')} ${done ? 'was' : 'is'} kept.` : '';
	return `Progress on ${lost} of your ${plural(change.studied, 'studied question')} ${done ? 'was dropped' : 'goes'} (${why}).${kept}`;
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
	const progress = replace ? await replaceEffect(db, set) : undefined;
	const report = await storeSet(db, { ...set, id }, { builtin: false, now: options.now ?? Date.now() });
	return { id, report, replaced: replace, ...(progress ? { progress } : {}) };
}

/** The set page's address after saving an outside set: it says what was saved, and what a replacement did to the progress. */
export function savedSetAddress(outcome: SaveOutcome): string {
	const params = new URLSearchParams({ id: outcome.id, imported: '1' });
	if (outcome.progress) for (const [name, value] of Object.entries(progressChange(outcome.progress))) params.set(name, String(value));
	return `/set?${params}`;
}

/** What the set page says after a save (see savedSetAddress): "Saved on this device: 3 questions." and what the progress did. */
export function savedNotice(search: string, questions: number): string {
	const params = new URLSearchParams(search);
	const saved = `Saved on this device: ${plural(questions, 'question')}.`;
	if (!params.has('studied')) return saved;
	const count = (name: string) => Math.max(0, Math.floor(Number(params.get(name)) || 0));
	return `${saved} ${describeProgressChange({ studied: count('studied'), kept: count('kept'), removed: count('removed'), changed: count('changed') }, true)}`;
}
