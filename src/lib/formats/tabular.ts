/**
 * Row-based formats: CSV and TSV (with or without a header row), Quizlet's term–definition
 * export and Anki's plain-text notes export. Each row becomes one entry.
 */
import { BLANK, QUESTION_TYPES, type QuestionType } from './question-set';
import { QUESTION_TYPE_INFO, isQuestionType } from '../core/question-types';
import { joinList, splitList, type Entry, type ParsedEntries } from './entries';
import { guessDelimiter, parseDelimited, type Cell, type Row } from './delimited';
import { htmlToText, LineIndex, type TextProblem } from './text';

type Column =
	| 'id'
	| 'type'
	| 'prompt'
	| 'answer'
	| 'accepted'
	| 'choices'
	| 'explanation'
	| 'attribution'
	| 'tolerance'
	| 'unit'
	| 'tags';

/** The columns `exportSet(set, 'csv')` writes, in order. */
export const CSV_COLUMNS: readonly Column[] = [
	'id',
	'type',
	'prompt',
	'answer',
	'accepted',
	'choices',
	'explanation',
	'attribution',
	'tolerance',
	'unit',
	'tags'
];

const COLUMN_NAMES: Record<string, Column> = {
	id: 'id',
	type: 'type',
	'question type': 'type',
	prompt: 'prompt',
	question: 'prompt',
	term: 'prompt',
	front: 'prompt',
	text: 'prompt',
	statement: 'prompt',
	answer: 'answer',
	'correct answer': 'answer',
	correct: 'answer',
	definition: 'answer',
	back: 'answer',
	accepted: 'accepted',
	'accepted answers': 'accepted',
	alternatives: 'accepted',
	choices: 'choices',
	options: 'choices',
	explanation: 'explanation',
	feedback: 'explanation',
	extra: 'explanation',
	'back extra': 'explanation',
	attribution: 'attribution',
	tolerance: 'tolerance',
	unit: 'unit',
	tags: 'tags'
};

/** "Answer 1 - max 75 characters" → "answer 1"; "Correct answer(s)" → "correct answer". */
function normalizeName(name: string): string {
	return name
		.toLowerCase()
		.replace(/\s[-–]\s.*$/, '')
		.replace(/\([^)]*\)/g, '')
		.replace(/[_-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function questionType(name: string): QuestionType | undefined {
	const key = normalizeName(name);
	const underscored = key.replace(/ /g, '_');
	if (isQuestionType(underscored)) return underscored;
	return QUESTION_TYPES.find((type) => (QUESTION_TYPE_INFO[type].aliases as readonly string[]).includes(key));
}

/** A row's cells by meaning: the named columns and the numbered choice columns. */
interface RowFields {
	get(column: Column): Cell | undefined;
	choices: Cell[];
	/** The cells may carry the CSV exporter's formula guard (CSV and TSV; not Anki or Quizlet text). */
	guarded?: boolean;
}

/** How the columns of a table map to fields; built from a header row or by position. */
interface Layout {
	columns: Map<number, Column>;
	choiceColumns: number[];
}

function layoutFromHeader(header: Row): Layout | null {
	const columns = new Map<number, Column>();
	const choiceColumns: number[] = [];
	header.cells.forEach((cell, index) => {
		const name = normalizeName(cell.value);
		const numbered = /^(?:choice|option|answer) ?([1-8a-h])$/.exec(name);
		if (numbered) choiceColumns.push(index);
		else if (COLUMN_NAMES[name] && ![...columns.values()].includes(COLUMN_NAMES[name])) columns.set(index, COLUMN_NAMES[name]);
	});
	const known = new Set(columns.values());
	return known.has('prompt') && (known.has('answer') || choiceColumns.length > 0) ? { columns, choiceColumns } : null;
}

/** Without a header: prompt, answer, then explanation. */
const POSITIONAL: Layout = {
	columns: new Map<number, Column>([
		[0, 'prompt'],
		[1, 'answer'],
		[2, 'explanation']
	]),
	choiceColumns: []
};

function fieldsOf(row: Row, layout: Layout): RowFields {
	const byColumn = new Map<Column, Cell>();
	for (const [index, column] of layout.columns) {
		const cell = row.cells[index];
		if (cell) byColumn.set(column, cell);
	}
	return {
		get: (column) => byColumn.get(column),
		choices: layout.choiceColumns.map((index) => row.cells[index]).filter((cell): cell is Cell => !!cell && cell.value.trim() !== ''),
		guarded: true
	};
}

/** Undoes the spreadsheet formula guard the CSV exporter adds ("'=x" → "=x", "''=x" → "'=x"). */
function unguard(value: string): string {
	return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** A cell's text, trimmed; `guarded` for CSV and TSV, whose cells may carry the formula guard. */
function textOf(cell: Cell | undefined, guarded: boolean): string {
	return cell ? (guarded ? unguard(cell.value) : cell.value).trim() : '';
}

const NUMBER = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(?:\s*(\S.*))?$/i;
const TRUE_WORDS = ['true', 't', 'yes', 'y', 'wahr', 'vrai', 'verdadero'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', 'falsch', 'faux', 'falso'];

/** Builds one question from a row's fields; problems point at the cell at fault. */
function entryFromFields(fields: RowFields, line: number): Entry {
	const text = (cell: Cell | undefined) => textOf(cell, fields.guarded === true);
	const problems: TextProblem[] = [];
	const at = (cell: Cell | undefined, message: string) =>
		problems.push(cell ? { line: cell.line, column: cell.column, message } : { line, message });

	const promptCell = fields.get('prompt');
	const answerCell = fields.get('answer');
	const prompt = text(promptCell);
	const answer = text(answerCell);
	const choices = fields.choices.length > 0 ? fields.choices.map((cell) => text(cell)) : splitList(text(fields.get('choices')));
	const typeCell = fields.get('type');

	let type: QuestionType | undefined;
	if (text(typeCell) !== '') {
		type = questionType(text(typeCell));
		if (!type) at(typeCell, `unknown question type "${text(typeCell)}"; use one of ${QUESTION_TYPES.join(', ')}`);
	} else if (choices.length > 0) {
		// Several right options named (Kahoot's "1,3", or "Grant | Grant's wife") make a select-all question.
		type = choiceIndex(choices, answer) === undefined && (rightChoices(choices, answer)?.length ?? 0) >= 2 ? 'select_all' : 'multiple_choice';
	} else if (parseTruth(answer) !== undefined && !fields.get('accepted')?.value.trim()) {
		type = 'true_false';
	} else if ((prompt.match(BLANK)?.length ?? 0) === 1) {
		type = 'cloze';
	} else {
		type = 'flashcard';
	}
	const id = text(fields.get('id')) || undefined;
	if (!type) return { line, id, problems };
	if (prompt === '') at(promptCell, 'the question (prompt) is empty');

	const question: Record<string, unknown> & { type: QuestionType } = { type, prompt };
	switch (type) {
		case 'multiple_choice': {
			if (choices.length === 0) at(fields.get('choices') ?? promptCell, 'a multiple-choice question needs its choices');
			const index = choiceIndex(choices, answer);
			if (answer === '') at(answerCell ?? promptCell, 'the answer is empty: give the right choice');
			else if (index === undefined) at(answerCell, `the answer "${answer}" is not one of the choices`);
			question.choices = choices;
			question.answer = index ?? 0;
			break;
		}
		case 'select_all': {
			if (choices.length === 0) at(fields.get('choices') ?? promptCell, 'a select-all question needs its choices');
			const right = rightChoices(choices, answer);
			if (answer === '') at(answerCell ?? promptCell, 'the answer is empty: give the right choices, separated by " | " (or their numbers: "1,3")');
			else if (!right) at(answerCell, `the answer "${answer}" does not name the right choices: give their texts separated by " | ", or their numbers or letters separated by commas ("1,3")`);
			question.choices = choices;
			question.answer = right ?? [];
			break;
		}
		case 'matching': {
			// The items in the choices cell (or numbered columns), their matches in the answer cell, in the same order.
			const matches = splitList(answer);
			if (choices.length === 0) at(fields.get('choices') ?? promptCell, 'a matching question needs its items in the choices cell, separated by " | "');
			else if (matches.length !== choices.length) {
				at(answerCell ?? promptCell, `a matching question needs one match per item in the answer cell, separated by " | ": ${choices.length} ${choices.length === 1 ? 'item' : 'items'}, ${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`);
			}
			question.items = choices;
			question.answer = matches;
			break;
		}
		case 'ordering':
			// The items in the right order, in the answer cell.
			if (answer === '') at(answerCell ?? promptCell, 'an ordering question needs its items, in the right order, in the answer cell, separated by " | "');
			question.answer = splitList(answer);
			break;
		case 'true_false': {
			const truth = parseTruth(answer);
			if (truth === undefined) at(answerCell ?? promptCell, `a true/false answer must be "true" or "false", not "${answer}"`);
			question.answer = truth ?? false;
			break;
		}
		case 'numeric': {
			const match = NUMBER.exec(answer.replace(/,(?=\d{3}\b)/g, ''));
			if (!match) at(answerCell ?? promptCell, `the answer "${answer}" is not a number`);
			question.answer = match ? Number(match[1]) : 0;
			const unit = text(fields.get('unit')) || match?.[2]?.trim();
			if (unit) question.unit = unit;
			const tolerance = text(fields.get('tolerance'));
			if (tolerance !== '') {
				if (!NUMBER.test(tolerance) || Number.isNaN(Number(tolerance))) at(fields.get('tolerance'), `the tolerance "${tolerance}" is not a number`);
				else question.tolerance = Number(tolerance);
			}
			break;
		}
		case 'date':
			question.answer = answer;
			break;
		default: {
			question.answer = answer;
			const accepted = splitList(text(fields.get('accepted')));
			if (accepted.length > 0) question.accepted = accepted;
		}
	}
	const explanation = text(fields.get('explanation'));
	if (explanation) question.explanation = explanation;
	const attribution = text(fields.get('attribution'));
	if (attribution) question.attribution = attribution;
	const tags = splitList(text(fields.get('tags')));
	if (tags.length > 0) question.tags = tags;
	return { line, column: promptCell?.column, id, question, problems };
}

function parseTruth(answer: string): boolean | undefined {
	const word = answer.trim().toLowerCase();
	if (TRUE_WORDS.includes(word)) return true;
	if (FALSE_WORDS.includes(word)) return false;
	return undefined;
}

/** The right choice named by its text, its number (1-based) or its letter. */
function choiceIndex(choices: string[], answer: string): number | undefined {
	const key = answer.trim().toLowerCase();
	const byText = choices.findIndex((choice) => choice.trim().toLowerCase() === key);
	if (byText >= 0) return byText;
	if (/^\d+$/.test(key) && Number(key) >= 1 && Number(key) <= choices.length) return Number(key) - 1;
	if (/^[a-h]$/.test(key) && key.charCodeAt(0) - 97 < choices.length) return key.charCodeAt(0) - 97;
	return undefined;
}

/**
 * The right choices of a select-all question, ascending: their texts as a list cell ("Grant | Grant's
 * wife", as the CSV export writes them), or their numbers or letters separated by commas or
 * semicolons ("1,3", Kahoot's way; "A; C"). Undefined when any of them is not one of the choices.
 */
function rightChoices(choices: string[], answer: string): number[] | undefined {
	const listed = splitList(answer);
	const items = listed.length === 1 && /^\s*[\da-h]+(\s*[,;]\s*[\da-h]+)+\s*$/i.test(answer) ? answer.split(/[,;]/) : listed;
	const indices = items.map((item) => choiceIndex(choices, item));
	if (indices.length === 0 || indices.some((index) => index === undefined)) return undefined;
	return [...new Set(indices as number[])].sort((a, b) => a - b);
}

/** CSV or TSV; the delimiter is guessed when not given, a header row is recognised when present. */
export function importDelimited(text: string, delimiter?: string): ParsedEntries {
	const parsed = parseDelimited(text, delimiter ?? guessDelimiter(text));
	if (!parsed.ok) return { ok: false, errors: [parsed.error] };
	const [first, ...rest] = parsed.rows;
	if (!first) return { ok: false, errors: [{ message: 'the file holds no rows' }] };
	const header = layoutFromHeader(first);
	const rows = header ? rest : parsed.rows;
	const layout = header ?? POSITIONAL;
	return { ok: true, entries: rows.map((row) => entryFromFields(fieldsOf(row, layout), row.line)), notes: [] };
}

export interface QuizletOptions {
	/** Between term and definition; Quizlet's default is a tab. */
	termSeparator?: string;
	/** Between cards; Quizlet's default is a new line. */
	cardSeparator?: string;
}

/** Quizlet's export: "term<TAB>definition" per line, no quoting; custom separators allowed. */
export function importQuizlet(text: string, options: QuizletOptions = {}): ParsedEntries {
	const termSeparator = options.termSeparator || '\t';
	const cardSeparator = options.cardSeparator || '\n';
	const lines = new LineIndex(text);
	const entries: Entry[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf(cardSeparator, start);
		if (end < 0) end = text.length;
		const card = text.slice(start, end).replace(/\r$/, '');
		if (card.trim() !== '') {
			const offset = start + (card.length - card.trimStart().length);
			const { line, column } = lines.at(offset);
			const split = card.indexOf(termSeparator);
			if (split < 0) {
				entries.push({
					line,
					column,
					problems: [{ line, column, message: `no ${describe(termSeparator)} between term and definition` }]
				});
			} else {
				const cell = (value: string, from: number): Cell => ({ value, ...lines.at(start + from) });
				const term = cell(card.slice(0, split), 0);
				const definition = cell(card.slice(split + termSeparator.length), split + termSeparator.length);
				const fields: RowFields = {
					get: (column) => (column === 'prompt' ? term : column === 'answer' ? definition : undefined),
					choices: []
				};
				entries.push(entryFromFields(fields, line));
			}
		}
		start = end + cardSeparator.length;
	}
	return { ok: true, entries, notes: [] };
}

function describe(separator: string): string {
	return separator === '\t' ? 'tab' : `"${separator}"`;
}

const ANKI_SEPARATORS: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	pipe: '|',
	space: ' ',
	colon: ':'
};

/** The `#key:value` headers Anki writes and reads at the top of a plain-text notes file. */
const ANKI_HEADERS = new Set(['separator', 'html', 'columns', 'notetype', 'deck', 'tags', 'guid', 'notetype column', 'deck column', 'tags column', 'guid column', 'if matches']);

/**
 * Anki's "Notes in plain text" export: `#key:value` header lines (separator, html, columns,
 * notetype/deck/tags/guid column, deck, tags), then one note per record. Cloze notes
 * (`{{c1::answer}}`) become cloze questions; HTML is reduced to text when `#html:true`. As in
 * Anki, any other line starting with "#" is a comment: it is not imported, and a note says so.
 */
export function importAnki(text: string): ParsedEntries {
	const headers = new Map<string, string>();
	const lines = text.split(/\r\n|\r|\n/);
	let bodyStart = 0;
	for (const line of lines) {
		const match = /^#([a-z ]+):(.*)$/i.exec(line);
		const key = match?.[1]!.trim().toLowerCase();
		if (!match || !ANKI_HEADERS.has(key!)) break;
		headers.set(key!, match[2]!);
		bodyStart++;
	}
	const notes: TextProblem[] = [];
	const separatorName = headers.get('separator')?.trim();
	let delimiter: string;
	if (separatorName === undefined) delimiter = guessDelimiter(lines.slice(bodyStart).join('\n'));
	else if (ANKI_SEPARATORS[separatorName.toLowerCase()]) delimiter = ANKI_SEPARATORS[separatorName.toLowerCase()]!;
	else if (separatorName.length === 1) delimiter = separatorName;
	else return { ok: false, errors: [{ line: 1, message: `unknown #separator "${separatorName}"; Anki writes tab, comma, semicolon, pipe or space` }] };
	const html = headers.get('html')?.trim().toLowerCase() === 'true';

	// Header lines become empty lines, so line numbers stay those of the file.
	const body = lines.map((line, index) => (index < bodyStart ? '' : line)).join('\n');
	const parsed = parseDelimited(body, delimiter);
	if (!parsed.ok) return { ok: false, errors: [parsed.error] };

	const metaColumn = (name: string) => {
		const value = Number(headers.get(`${name} column`));
		return Number.isInteger(value) && value > 0 ? value - 1 : undefined;
	};
	const meta = new Set(['guid', 'notetype', 'deck', 'tags'].map(metaColumn).filter((index) => index !== undefined));
	const tagsColumn = metaColumn('tags');
	const deckColumn = metaColumn('deck');
	const names = headers.get('columns')?.split(delimiter).map(normalizeName);
	const decks = new Set<string>();
	const fixedDeck = headers.get('deck')?.trim();
	if (fixedDeck) decks.add(fixedDeck);
	const fixedTags = (headers.get('tags') ?? '').split(/\s+/).filter(Boolean);

	// A record starts at the start of a line, so one whose line starts with "#" began unquoted with it.
	const comments = parsed.rows.filter((row) => lines[row.line - 1]?.startsWith('#'));
	for (const row of comments) {
		const shown = lines[row.line - 1]!.length > 40 ? `${lines[row.line - 1]!.slice(0, 39)}…` : lines[row.line - 1]!;
		notes.push({ line: row.line, message: `"${shown}" starts with "#", which Anki reads as a comment (or a header it does not know): not imported` });
	}
	const entries = parsed.rows.filter((row) => !comments.includes(row)).map((row) => {
		const clean = (cell: Cell): Cell => ({ ...cell, value: html ? htmlToText(cell.value.replace(/\[sound:[^\]]*\]/g, '')) : cell.value });
		const fieldIndexes = row.cells.map((_, index) => index).filter((index) => !meta.has(index));
		const fieldCells = fieldIndexes.map((index) => clean(row.cells[index]!));
		const byName = new Map<Column, Cell>();
		fieldIndexes.forEach((index, position) => {
			const column = COLUMN_NAMES[names?.[index] ?? ''];
			if (column && !byName.has(column)) byName.set(column, fieldCells[position]!);
		});
		const prompt = byName.get('prompt') ?? fieldCells[0];
		const answer = byName.get('answer') ?? (byName.get('prompt') ? undefined : fieldCells[1]);
		const explanation = byName.get('explanation') ?? (byName.size === 0 ? fieldCells[2] : undefined);
		const tagCell = tagsColumn !== undefined ? row.cells[tagsColumn] : byName.get('tags');
		const tags = [...fixedTags, ...(tagCell?.value.split(/\s+/).filter(Boolean) ?? [])].slice(0, 20);
		if (deckColumn !== undefined && row.cells[deckColumn]?.value.trim()) decks.add(row.cells[deckColumn]!.value.trim());

		const cloze = prompt && /\{\{c\d+::/.test(prompt.value) ? clozeFromAnki(prompt.value) : undefined;
		const fields: RowFields = {
			get: (column) => {
				if (column === 'prompt') return cloze && prompt ? { ...prompt, value: cloze.prompt } : prompt;
				if (column === 'answer') return cloze && prompt ? { ...prompt, value: cloze.answer } : answer;
				if (column === 'type' && cloze && prompt) return { ...prompt, value: 'cloze' };
				if (column === 'explanation') return cloze && answer && !explanation ? answer : explanation;
				if (column === 'tags' && tags.length > 0) return { line: row.line, column: 1, value: joinList(tags) };
				return undefined;
			},
			choices: []
		};
		if (cloze?.dropped) notes.push({ line: row.line, message: `cloze note with several deletions: only the first became the blank, the others are shown as text` });
		return entryFromFields(fields, row.line);
	});
	const deck = decks.size === 1 ? [...decks][0]!.split('::').pop()!.trim() : undefined;
	return { ok: true, entries, notes, title: deck || undefined };
}

/** "{{c1::Paris::city}} is the capital" → prompt "___ is the capital", answer "Paris". */
function clozeFromAnki(text: string): { prompt: string; answer: string; dropped: boolean } {
	let answer = '';
	let count = 0;
	const prompt = text.replace(/\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g, (_, deleted: string) => {
		count++;
		if (count === 1) {
			answer = deleted.trim();
			return '____';
		}
		return deleted;
	});
	return { prompt, answer, dropped: count > 1 };
}
