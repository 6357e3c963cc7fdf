/**
 * What every importer produces before the set is assembled: one entry per question found in
 * the file, with its place, and the problems found in it.
 */
import type { QuestionType } from './question-set';
import type { TextProblem } from './text';

/** A question as read from a file, before ids are given and the schema is checked. */
export interface Entry {
	line: number;
	column?: number;
	/** The id the file gives the question (an id column, a GIFT title), if any. */
	id?: string;
	question?: Record<string, unknown> & { type?: QuestionType };
	problems: TextProblem[];
}

export type ParsedEntries =
	| {
			ok: true;
			entries: Entry[];
			/** Things the user should know that are not errors (a matching question split into cards). */
			notes: TextProblem[];
			/** A title the file itself suggests (an Anki deck, a GIFT category). */
			title?: string;
			/** The set id the file itself carries (a GIFT file Factdrill wrote). */
			id?: string;
	  }
	| { ok: false; errors: TextProblem[] };

/** Separator of list cells (choices, accepted answers, tags) in CSV and TSV. */
export const LIST_SEPARATOR = ' | ';

/** A list in one cell: items joined by " | ", a "|" or "\" inside an item escaped with "\". */
export function joinList(items: readonly string[]): string {
	return items.map((item) => item.replace(/[\\|]/g, (c) => '\\' + c)).join(LIST_SEPARATOR);
}

/** Reads a list cell written by `joinList`; a cell without "|" is a one-item list. */
export function splitList(cell: string): string[] {
	const items: string[] = [];
	let current = '';
	for (let i = 0; i < cell.length; i++) {
		const c = cell[i]!;
		if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
			current += cell[i + 1];
			i++;
		} else if (c === '|') {
			items.push(current.trim());
			current = '';
		} else {
			current += c;
		}
	}
	items.push(current.trim());
	return items.filter((item) => item !== '');
}
