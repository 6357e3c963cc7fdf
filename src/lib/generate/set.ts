/**
 * A generation result as a question set. Kept apart from the generator so that pages can build
 * the set without loading compromise (the generator itself runs in a Web Worker).
 */
import { FORMAT_VERSION, type Question, type QuestionSet } from '../formats/question-set';
import { slugify } from '../core/editing';
import { hashString } from './random';

export interface SetMeta {
	title: string;
	/** Publisher of the article; default "Unknown publisher". */
	publisher?: string;
	/** YYYY-MM-DD */
	date: string;
	url?: string;
	/** Set id; default derived from the title and the questions. */
	id?: string;
	description?: string;
}

/** A question set in the project's format from a generation result. */
export function toQuestionSet(result: { candidates: ReadonlyArray<{ question: Question }> }, meta: SetMeta): QuestionSet {
	const slug = slugify(meta.title, { maxLength: 48, fallback: 'article' });
	const id = meta.id ?? `${slug}-${hashString(result.candidates.map((c) => c.question.id).join(',')).toString(36)}`.slice(0, 64);
	return {
		format: FORMAT_VERSION,
		id,
		title: meta.title,
		description: meta.description ?? `Questions generated from "${meta.title}".`,
		language: 'en',
		source: { title: meta.title, publisher: meta.publisher ?? 'Unknown publisher', date: meta.date, ...(meta.url ? { url: meta.url } : {}) },
		questions: result.candidates.map((c) => c.question)
	};
}
