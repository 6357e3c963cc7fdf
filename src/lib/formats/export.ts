/**
 * Export a question set to the formats teachers use: native JSON, CSV, Anki and Quizlet text,
 * Moodle GIFT and Kahoot's quiz spreadsheet. Whatever a format cannot carry is reported as a
 * warning naming the question; nothing is dropped silently.
 */
import { answerText, type Question, type QuestionSet } from './question-set';
import { joinList } from './entries';
import { writeDelimited } from './delimited';
import { unreachable } from '../core/unreachable';
import { writeGift } from './gift';
import { CSV_COLUMNS } from './tabular';
import { writeXlsx, type SheetCell } from './xlsx';
import { clipText } from './text';
import { KAHOOT_MAX_ANSWER, KAHOOT_MAX_QUESTION, planKahoot } from './kahoot';

export const EXPORT_FORMATS = ['json', 'csv', 'anki', 'quizlet', 'gift', 'kahoot'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Something the format could not carry; without `questionId` it concerns the whole set. */
export interface ExportWarning {
	questionId?: string;
	message: string;
}

export interface ExportedFile {
	data: string | Uint8Array;
	filename: string;
	mime: string;
	warnings: ExportWarning[];
}

export interface ExportOptions {
	/** Kahoot time limit per question, in seconds (5, 10, 20, 30, 60, 90, 120 or 240). */
	kahootTimeLimit?: 5 | 10 | 20 | 30 | 60 | 90 | 120 | 240;
	/** The teacher's wording of prompts too long for Kahoot, by question id (see planKahoot). */
	kahootPrompts?: Readonly<Record<string, string>>;
}

const TEXT = 'text/plain;charset=utf-8';

/**
 * A warning as a person reads it: the question named by its number and its text, never by its
 * internal id ("Question 3, “Which Russian official…”: …").
 */
export function describeWarning(set: QuestionSet, warning: ExportWarning): string {
	const message = warning.message.charAt(0).toUpperCase() + warning.message.slice(1);
	if (warning.questionId === undefined) return message;
	const index = set.questions.findIndex((question) => question.id === warning.questionId);
	if (index < 0) return message;
	return `Question ${index + 1}, “${clipText(set.questions[index]!.prompt, 60)}”: ${warning.message}`;
}

/** Writes `set` in `format`. The set is assumed valid (validateQuestionSet). */
export function exportSet(set: QuestionSet, format: ExportFormat, options: ExportOptions = {}): ExportedFile {
	switch (format) {
		case 'json':
			return { data: JSON.stringify(set, null, '\t') + '\n', filename: `${set.id}.json`, mime: 'application/json', warnings: [] };
		case 'csv':
			return { data: exportCsv(set), filename: `${set.id}.csv`, mime: 'text/csv;charset=utf-8', warnings: setLevelLosses(set, ['facts', 'choiceFeedback']) };
		case 'anki':
			return { ...exportAnki(set), filename: `${set.id}-anki.txt`, mime: TEXT };
		case 'quizlet':
			return { ...exportQuizlet(set), filename: `${set.id}-quizlet.txt`, mime: TEXT };
		case 'gift': {
			const { text, warnings } = writeGift(set);
			return { data: text, filename: `${set.id}.gift.txt`, mime: TEXT, warnings: [...warnings, ...setLevelLosses(set, ['facts'])] };
		}
		case 'kahoot':
			return {
				...exportKahoot(set, options.kahootTimeLimit ?? 20, options.kahootPrompts),
				filename: `${set.id}-kahoot.xlsx`,
				mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			};
	}
}

type Loss = 'facts' | 'explanations' | 'attributions' | 'choiceFeedback';

/** One warning per kind of set-wide loss, with how many questions it touches. */
function setLevelLosses(set: QuestionSet, losses: Loss[]): ExportWarning[] {
	const warnings: ExportWarning[] = [];
	if (losses.includes('facts') && (set.facts?.length || set.questions.some((question) => question.provenance))) {
		warnings.push({ message: 'the fact list, the source details and where each question comes from (provenance) are not carried by this format' });
	}
	const count = (pick: (question: Question) => unknown) => set.questions.filter(pick).length;
	if (losses.includes('explanations') && count((question) => question.explanation) > 0) {
		warnings.push({ message: `explanations are not carried by this format (${count((question) => question.explanation)} questions have one)` });
	}
	const withFeedback = count((question) => 'choiceFeedback' in question && question.choiceFeedback);
	if (losses.includes('choiceFeedback') && withFeedback > 0) {
		warnings.push({ message: `the feedback on each answer is not carried by this format (${withFeedback} ${withFeedback === 1 ? 'question has' : 'questions have'} some)` });
	}
	if (losses.includes('attributions') && count((question) => question.attribution) > 0) {
		warnings.push({
			message: `the attribution field is not carried by this format (${count((question) => question.attribution)} questions have one; prompts that name their source keep it)`
		});
	}
	return warnings;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula; a leading ' keeps it text. A plain number ("-2.5") is never a formula and stays a number.
 * Text that already starts with apostrophes before such a character gets one more, so the importer,
 * taking one off, gives it back as written.
 */
export function guardFormula(text: string): string {
	return /^'*[=+\-@\t\r]/.test(text) && !/^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(text) ? `'${text}` : text;
}

function exportCsv(set: QuestionSet): string {
	const rows = set.questions.map((question) => {
		const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
			id: question.id,
			type: question.type,
			prompt: question.prompt,
			answer: '',
			accepted: '',
			choices: '',
			explanation: question.explanation ?? '',
			attribution: question.attribution ?? '',
			tolerance: '',
			unit: '',
			tags: joinList(question.tags ?? [])
		};
		switch (question.type) {
			case 'multiple_choice':
				cells.choices = joinList(question.choices);
				cells.answer = question.choices[question.answer] ?? '';
				break;
			case 'select_all':
				// The right options by their text, as the choices cell lists them.
				cells.choices = joinList(question.choices);
				cells.answer = joinList(question.answer.map((index) => question.choices[index] ?? ''));
				break;
			case 'matching':
				// The items in the choices cell, their matches in the answer cell, in the same order.
				cells.choices = joinList(question.items);
				cells.answer = joinList(question.answer);
				break;
			case 'ordering':
				// The items in the right order.
				cells.answer = joinList(question.answer);
				break;
			case 'true_false':
				cells.answer = String(question.answer);
				break;
			case 'numeric':
				cells.answer = String(question.answer);
				cells.tolerance = question.tolerance !== undefined ? String(question.tolerance) : '';
				cells.unit = question.unit ?? '';
				break;
			case 'date':
				cells.answer = question.answer;
				break;
			case 'flashcard':
			case 'short_answer':
			case 'cloze':
				cells.answer = question.answer;
				cells.accepted = joinList(question.accepted ?? []);
				break;
			default:
				unreachable(question);
		}
		// Every cell, whatever column it is in: any text a set holds may reach a spreadsheet.
		return CSV_COLUMNS.map((column) => guardFormula(cells[column]));
	});
	// The byte-order mark makes Excel read the file as UTF-8.
	return '\ufeff' + writeDelimited([[...CSV_COLUMNS], ...rows], ',');
}

/** One line of text for formats without quoting: tabs and new lines become spaces. */
function oneLine(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ').trim();
}

function recallWarnings(set: QuestionSet): ExportWarning[] {
	return set.questions.flatMap((question): ExportWarning[] => {
		if (question.type === 'multiple_choice') return [{ questionId: question.id, message: 'multiple choice becomes a recall card (question → right answer): the other choices are not carried' }];
		if (question.type === 'select_all') {
			return [{ questionId: question.id, message: 'select all that apply becomes a recall card (question → the right options, joined by "; "): the wrong options are not carried' }];
		}
		if (question.type === 'ordering') {
			return [{ questionId: question.id, message: 'ordering becomes a recall card (question → the items in order, numbered): the learner recalls the order rather than arranging it' }];
		}
		if (question.type === 'matching') {
			return [{ questionId: question.id, message: `matching becomes ${question.items.length} cards, one per pair (question: item → its match), each studied on its own` }];
		}
		return [];
	});
}

/** A question as flashcards' front and back: one card, or one per pair of a matching question. */
function cardsOf(question: Question): Array<[string, string]> {
	if (question.type === 'matching') {
		const lead = question.prompt.replace(/[:\s]+$/, '');
		return question.items.map((item, index) => [`${lead}: ${item}`, question.answer[index]!]);
	}
	return [[question.prompt, answerText(question)]];
}

function exportAnki(set: QuestionSet): { data: string; warnings: ExportWarning[] } {
	const warnings = [...recallWarnings(set), ...setLevelLosses(set, ['facts', 'explanations', 'attributions', 'choiceFeedback'])];
	const header = ['#separator:tab', '#html:false', '#notetype:Basic', `#deck:${oneLine(set.title)}`, '#columns:Front\tBack\tTags', '#tags column:3'];
	const rows = set.questions.flatMap((question) => {
		const tags = (question.tags ?? []).map((tag) => {
			// Anki separates tags with spaces.
			const safe = tag.trim().replace(/\s+/g, '_');
			if (safe !== tag) warnings.push({ questionId: question.id, message: `tag "${tag}" written as "${safe}": Anki tags cannot hold spaces` });
			return safe;
		});
		return cardsOf(question).map(([front, back]) => [front, back, tags.join(' ')]);
	});
	return { data: header.join('\n') + '\n' + writeDelimited(rows, '\t').replace(/\r\n/g, '\n'), warnings };
}

function exportQuizlet(set: QuestionSet): { data: string; warnings: ExportWarning[] } {
	const warnings = [...recallWarnings(set), ...setLevelLosses(set, ['facts', 'explanations', 'attributions', 'choiceFeedback'])];
	const lines = set.questions.flatMap((question) => cardsOf(question).map(([term, definition]) => `${oneLine(term)}\t${oneLine(definition)}`));
	return { data: lines.join('\n') + '\n', warnings };
}

/** Kahoot's quiz template: instructions in rows 2–6, headers in row 8, one question per row from row 9. */
export const KAHOOT_HEADERS = [
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
] as const;
export const KAHOOT_FIRST_ROW = 9;
export { KAHOOT_MAX_ANSWER, KAHOOT_MAX_QUESTION };

function exportKahoot(set: QuestionSet, timeLimit: number, prompts: Readonly<Record<string, string>> | undefined): { data: Uint8Array; warnings: ExportWarning[] } {
	const plan = planKahoot(set, { prompts });
	const rows: SheetCell[][] = [
		[],
		[null, 'Quiz template'],
		[null, 'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!'],
		[
			null,
			'Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.'
		],
		[null, "See an example question below (don't forget to overwrite this with your first question!)"],
		[null, "And remember,  if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"],
		[],
		[null, ...KAHOOT_HEADERS]
	];
	plan.questions.forEach((question, index) => {
		const answers = [0, 1, 2, 3].map((i) => question.answers[i] ?? null);
		// One right answer is a number; several (a multi-select) are numbers separated by commas, as the template says.
		const correct = question.correct.length === 1 ? question.correct[0]! + 1 : question.correct.map((at) => at + 1).join(',');
		rows.push([index + 1, question.prompt, ...answers, timeLimit, correct]);
	});
	// In the set's order: what was left out, and what was changed.
	const warnings: ExportWarning[] = [
		...plan.left.map(({ questionId, number, reason }) => ({ number, warning: { questionId, message: reason } })),
		...plan.questions.flatMap(({ questionId, number, changes }) => changes.map((message) => ({ number, warning: { questionId, message } })))
	]
		.sort((a, b) => a.number - b.number)
		.map(({ warning }) => warning);
	warnings.push(...setLevelLosses(set, ['facts', 'explanations', 'attributions', 'choiceFeedback']));
	return { data: writeXlsx(rows, { sheetName: 'Sheet1', widths: [4, 60, 28, 28, 28, 28, 14, 14] }), warnings };
}
