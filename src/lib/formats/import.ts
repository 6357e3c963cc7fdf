/**
 * Import a question set from a file: the native JSON, CSV/TSV, Quizlet, Anki or Moodle GIFT.
 * All or nothing: one bad entry fails the import with every error by line and column, unless
 * the caller chooses to skip bad entries. What comes out always passes validateQuestionSet.
 */
import { FORMAT_VERSION, formatIssue, QUESTION_ID, SET_ID, validateQuestionSet, type QuestionSet, type SchemaIssue } from './question-set';
import type { Entry, ParsedEntries } from './entries';
import { importGift } from './gift';
import { importAnki, importDelimited, importQuizlet, type QuizletOptions } from './tabular';
import { decodeInput, LineIndex, type TextProblem } from './text';
import { slugify } from '../core/editing';

export const IMPORT_FORMATS = ['json', 'csv', 'tsv', 'quizlet', 'anki', 'gift'] as const;
export type Format = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<Format, string> = {
	json: 'Factdrill JSON',
	csv: 'CSV',
	tsv: 'TSV',
	quizlet: 'Quizlet',
	anki: 'Anki text',
	gift: 'Moodle GIFT'
};

export type ImportProblem = TextProblem;

export interface ImportOptions {
	/** The format; detected from the content (and file name) when absent. */
	from?: Format;
	filename?: string;
	/** Leave out bad entries (listed in `skipped`) instead of failing. */
	skipInvalid?: boolean;
	/** Title and id of the new set (formats other than JSON carry none). */
	title?: string;
	id?: string;
	language?: string;
	/** "YYYY-MM-DD" recorded as the source date of a set made from a non-JSON file; default today. */
	today?: string;
	quizlet?: QuizletOptions;
}

export type ImportResult =
	| {
			ok: true;
			set: QuestionSet;
			format: Format;
			/** Bad entries left out (only with `skipInvalid`). */
			skipped: Array<ImportProblem & { line: number }>;
			/** Conversions the user should know about (a matching question split into flashcards). */
			notes: ImportProblem[];
	  }
	| { ok: false; errors: ImportProblem[] };

/** Deepest nesting accepted in JSON; a question set needs 4 levels. */
export const MAX_JSON_DEPTH = 64;
const MAX_QUESTIONS = 5000;
const ANKI_HEADER = /^#(separator|html|columns|notetype|deck|tags|guid|notetype column|deck column|tags column|guid column|if matches):/i;

/** Guesses the format of file content; null when nothing fits. */
export function detectFormat(text: string, filename?: string): Format | null {
	const name = filename?.toLowerCase() ?? '';
	const body = text.replace(/^\ufeff/, '');
	const start = body.trimStart();
	if (name.endsWith('.json') || start.startsWith('{') || start.startsWith('[')) return 'json';
	if (name.endsWith('.gift') || name.endsWith('.gift.txt')) return 'gift';
	const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
	if (ANKI_HEADER.test(firstLine)) return 'anki';
	// A spreadsheet's cells may hold GIFT-like text ("{#", "{=") without being GIFT.
	if (name.endsWith('.csv')) return 'csv';
	if (name.endsWith('.tsv')) return 'tsv';
	if (isGift(body)) return 'gift';
	const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
	if (lines.length === 0) return null;
	if (lines.some((line) => line.includes('\t'))) {
		// Quizlet writes exactly one tab per line (a quoted TSV cell holding a tab or new line breaks that).
		const quizletLike = lines.every((line) => line.split('\t').length === 2);
		return quizletLike ? 'quizlet' : 'tsv';
	}
	if (lines.some((line) => line.includes(',') || line.includes(';'))) return 'csv';
	return null;
}

/** GIFT: a `::title::` or `$CATEGORY` line, or an answer block such as {=…}, {~…}, {#…}, {T}. */
function isGift(text: string): boolean {
	const content = text
		.split(/\r?\n/)
		.filter((line) => !line.trimStart().startsWith('//'))
		.join('\n');
	if (/^\s*(::|\$CATEGORY:)/m.test(content)) return true;
	return /(^|[^\\])\{\s*([=~#]|(TRUE|FALSE|T|F)\s*(#|\}))/i.test(content);
}

/** Reads `input` (text, or the bytes of a file) into a question set. */
export function importSet(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
	const decoded = decodeInput(input);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	const text = decoded.text;
	const format = options.from ?? detectFormat(text, options.filename);
	if (!format) {
		return { ok: false, errors: [{ message: `cannot tell the file's format; name it as one of ${IMPORT_FORMATS.join(', ')}` }] };
	}
	if (format === 'json') return importJson(text, options);
	let parsed: ParsedEntries;
	switch (format) {
		case 'gift':
			parsed = importGift(text);
			break;
		case 'anki':
			parsed = importAnki(text);
			break;
		case 'quizlet':
			parsed = importQuizlet(text, options.quizlet);
			break;
		case 'tsv':
			parsed = importDelimited(text, '\t');
			break;
		case 'csv':
			parsed = importDelimited(text, undefined);
			break;
	}
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	const id = options.id ?? (parsed.id && SET_ID.test(parsed.id) ? parsed.id : undefined);
	return assemble(parsed.entries, parsed.notes, format, { ...options, title: options.title ?? parsed.title, id });
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

function titleFrom(options: ImportOptions): string {
	const fromFile = options.filename
		?.split(/[\\/]/)
		.pop()
		?.replace(/(\.gift)?\.[a-z0-9]+$/i, '')
		.replace(/-(anki|quizlet|kahoot)$/i, '')
		.replace(/[-_]+/g, ' ')
		.trim();
	return (options.title?.trim() || fromFile || 'Imported questions').slice(0, 200);
}

/** A stand-in set around one question, to check that question alone against the schema. */
function checkOne(question: Record<string, unknown>): SchemaIssue[] {
	const result = validateQuestionSet({
		format: FORMAT_VERSION,
		id: 'check',
		title: 'check',
		language: 'en',
		source: { title: 'check', publisher: 'check', date: '2000-01-01' },
		questions: [question]
	});
	return result.ok ? [] : result.issues;
}

function assemble(entries: Entry[], notes: ImportProblem[], format: Format, options: ImportOptions): ImportResult {
	if (entries.length === 0) return { ok: false, errors: [{ message: 'no questions found in the file' }] };
	if (entries.length > MAX_QUESTIONS) {
		return { ok: false, errors: [{ message: `the file holds ${entries.length} questions; at most ${MAX_QUESTIONS} fit in a set` }] };
	}

	// Ids the file gives are kept; a column of ids must be unique, titles (GIFT) only when usable.
	const explicitIds = format === 'csv' || format === 'tsv';
	const firstLineOf = new Map<string, number>();
	const given = entries.map((entry) => {
		if (!entry.id) return undefined;
		if (!explicitIds && (!QUESTION_ID.test(entry.id) || firstLineOf.has(entry.id))) return undefined;
		if (explicitIds && firstLineOf.has(entry.id)) {
			entry.problems.push({ line: entry.line, message: `the id "${entry.id}" repeats the id of line ${firstLineOf.get(entry.id)}` });
		}
		if (!firstLineOf.has(entry.id)) firstLineOf.set(entry.id, entry.line);
		return entry.id;
	});
	const taken = new Set(given.filter((id): id is string => !!id));

	const questions: Array<Record<string, unknown>> = [];
	const problems: Array<ImportProblem & { line: number }> = [];
	entries.forEach((entry, index) => {
		let id = given[index];
		if (!id) {
			// Stable: the n-th entry of the file is always q<n>.
			id = `q${index + 1}`;
			for (let k = 2; taken.has(id); k++) id = `q${index + 1}-${k}`;
			taken.add(id);
		}
		const entryProblems = entry.problems.map((problem) => ({ ...problem, line: problem.line ?? entry.line }));
		if (entry.question && entryProblems.length === 0) {
			const question = { id, ...entry.question };
			for (const issue of checkOne(question)) {
				entryProblems.push({ line: entry.line, column: entry.column, message: formatIssue(issue) });
			}
			if (entryProblems.length === 0) questions.push(question);
		}
		problems.push(...entryProblems);
	});

	if (problems.length > 0 && !options.skipInvalid) return { ok: false, errors: problems };
	if (questions.length === 0) return { ok: false, errors: problems.length > 0 ? problems : [{ message: 'no questions found in the file' }] };

	const title = titleFrom(options);
	const set = {
		format: FORMAT_VERSION,
		id: options.id ?? slugify(title, { maxLength: 64, fallback: 'imported-set' }),
		title,
		language: options.language ?? 'en',
		source: { title, publisher: `Imported from a ${FORMAT_LABELS[format]} file`, date: options.today ?? today() },
		questions
	};
	const result = validateQuestionSet(set);
	if (!result.ok) return { ok: false, errors: result.issues.map((issue) => ({ message: formatIssue(issue) })) };
	return { ok: true, set: result.set, format, skipped: problems, notes };
}

interface JsonLayout {
	/** Offset of each element of the top-level "questions" array. */
	questionStarts: number[];
	/** Offset of each top-level key. */
	keys: Map<string, number>;
}

/**
 * One pass over JSON text, before JSON.parse: refuses nesting deeper than MAX_JSON_DEPTH (which
 * could exhaust the parser's stack) and notes where the questions start, for error positions.
 */
function scanJson(text: string): { ok: true; layout: JsonLayout } | { ok: false; offset: number } {
	const layout: JsonLayout = { questionStarts: [], keys: new Map() };
	let depth = 0;
	let key = '';
	let inQuestions = false;
	let expectElement = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') {
			const start = i;
			for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
			if (depth === 1) {
				let next = i + 1;
				while (next < text.length && /\s/.test(text[next]!)) next++;
				if (text[next] === ':') {
					key = text.slice(start + 1, i);
					layout.keys.set(key, start);
				}
			}
			if (expectElement && inQuestions && depth === 2) {
				layout.questionStarts.push(start);
				expectElement = false;
			}
			continue;
		}
		if (c === '{' || c === '[') {
			if (expectElement && inQuestions && depth === 2) {
				layout.questionStarts.push(i);
				expectElement = false;
			}
			depth++;
			if (depth > MAX_JSON_DEPTH) return { ok: false, offset: i };
			if (depth === 2 && c === '[' && key === 'questions') {
				inQuestions = true;
				expectElement = true;
			}
		} else if (c === '}' || c === ']') {
			if (depth === 2 && inQuestions) inQuestions = false;
			depth--;
			expectElement = false;
		} else if (c === ',' && depth === 2 && inQuestions) {
			expectElement = true;
		} else if (expectElement && inQuestions && depth === 2 && !/\s/.test(c)) {
			layout.questionStarts.push(i);
			expectElement = false;
		}
	}
	return { ok: true, layout };
}

/** Offset of the first JSON syntax error in `text` (nesting already limited by scanJson). */
function jsonErrorOffset(text: string): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const string = () => {
		for (i++; i < text.length; i++) {
			const c = text[i]!;
			if (c === '"') {
				i++;
				return;
			}
			if (c === '\\') {
				if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail();
				i += text[i + 1] === 'u' ? 5 : 1;
			} else if (c < ' ') fail();
		}
		fail();
	};
	const value = (): void => {
		space();
		const open = text[i];
		if (open === '{' || open === '[') {
			const close = open === '{' ? '}' : ']';
			i++;
			space();
			if (text[i] === close) {
				i++;
				return;
			}
			for (;;) {
				space();
				if (open === '{') {
					if (text[i] !== '"') fail();
					string();
					space();
					if (text[i] !== ':') fail();
					i++;
				}
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === close) {
					i++;
					return;
				} else fail();
			}
		}
		if (open === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 1000));
		if (!literal) fail();
		i += literal![0].length;
	};
	try {
		value();
		space();
		if (i < text.length) fail();
	} catch (offset) {
		return offset as number;
	}
	return text.length;
}

function importJson(text: string, options: ImportOptions): ImportResult {
	const lines = new LineIndex(text);
	const scan = scanJson(text);
	if (!scan.ok) {
		const where = lines.at(scan.offset);
		return { ok: false, errors: [{ ...where, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels; a question set never is` }] };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		// Engines word (and place) JSON errors differently; find the place ourselves.
		const offset = jsonErrorOffset(text);
		const what = offset >= text.length ? 'the text ends before the JSON does' : `unexpected ${JSON.stringify(text[offset])}`;
		return { ok: false, errors: [{ ...lines.at(Math.min(offset, text.length)), message: `not valid JSON: ${what}` }] };
	}
	if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
		const object = raw as Record<string, unknown>;
		if (options.id) object.id = options.id;
		if (options.title) object.title = options.title;
	}
	const { layout } = scan;
	const rawQuestions = typeof raw === 'object' && raw !== null && Array.isArray((raw as { questions?: unknown }).questions) ? ((raw as { questions: unknown[] }).questions) : [];

	const indexOf = (issue: SchemaIssue): number | undefined => {
		if (!issue.question) return undefined;
		if (/^#\d+$/.test(issue.question)) return Number(issue.question.slice(1)) - 1;
		const matches = rawQuestions.flatMap((question, index) =>
			typeof question === 'object' && question !== null && (question as { id?: unknown }).id === issue.question ? [index] : []
		);
		// "repeats the id" is reported on the later copy.
		return issue.message.startsWith('repeats the id') ? matches[1] : matches[0];
	};
	const locate = (issue: SchemaIssue): ImportProblem => {
		const index = indexOf(issue);
		const offset = index !== undefined ? layout.questionStarts[index] : layout.keys.get(issue.field.split(/[.[]/)[0] ?? '');
		return offset !== undefined ? { ...lines.at(offset), message: formatIssue(issue) } : { message: formatIssue(issue) };
	};

	let result = validateQuestionSet(raw);
	if (result.ok) return { ok: true, set: result.set, format: 'json', skipped: [], notes: [] };
	const setLevel = result.issues.filter((issue) => indexOf(issue) === undefined);
	if (!options.skipInvalid || setLevel.length > 0) return { ok: false, errors: result.issues.map(locate) };

	// Leave out the questions at fault, then check what remains.
	const bad = new Set(result.issues.map(indexOf));
	const skipped = result.issues.map((issue) => {
		const problem = locate(issue);
		return { ...problem, line: problem.line ?? 1 };
	});
	const kept = rawQuestions.filter((_, index) => !bad.has(index));
	result = validateQuestionSet({ ...(raw as object), questions: kept });
	if (!result.ok) return { ok: false, errors: result.issues.map((issue) => ({ message: formatIssue(issue) })) };
	return { ok: true, set: result.set, format: 'json', skipped, notes: [] };
}
