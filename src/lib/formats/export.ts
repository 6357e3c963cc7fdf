/**
 * Export a question set to the formats teachers use: native JSON, CSV, Anki and Quizlet text,
 * Moodle GIFT and Kahoot's quiz spreadsheet. Whatever a format cannot carry is reported as a
 * warning naming the question; nothing is dropped silently.
 */
import { answerText, type Question, type QuestionSet } from './question-set';
import { joinList } from './entries';
import { writeDelimited } from './delimited';
import { writeGift } from './gift';
import { CSV_COLUMNS } from './tabular';
import { writeXlsx, type SheetCell } from './xlsx';

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
}

const TEXT = 'text/plain;charset=utf-8';

/** Writes `set` in `format`. The set is assumed valid (validateQuestionSet). */
export function exportSet(set: QuestionSet, format: ExportFormat, options: ExportOptions = {}): ExportedFile {
	switch (format) {
		case 'json':
			return { data: JSON.stringify(set, null, '\t') + '\n', filename: `${set.id}.json`, mime: 'application/json', warnings: [] };
		case 'csv':
			return { data: exportCsv(set), filename: `${set.id}.csv`, mime: 'text/csv;charset=utf-8', warnings: setLevelLosses(set, ['facts']) };
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
				...exportKahoot(set, options.kahootTimeLimit ?? 20),
				filename: `${set.id}-kahoot.xlsx`,
				mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			};
	}
}

type Loss = 'facts' | 'explanations' | 'attributions';

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
			default:
				cells.answer = question.answer;
				cells.accepted = joinList(question.accepted ?? []);
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
	return set.questions
		.filter((question) => question.type === 'multiple_choice')
		.map((question) => ({ questionId: question.id, message: 'multiple choice becomes a recall card (question → right answer): the other choices are not carried' }));
}

function exportAnki(set: QuestionSet): { data: string; warnings: ExportWarning[] } {
	const warnings = [...recallWarnings(set), ...setLevelLosses(set, ['facts', 'explanations', 'attributions'])];
	const header = ['#separator:tab', '#html:false', '#notetype:Basic', `#deck:${oneLine(set.title)}`, '#columns:Front\tBack\tTags', '#tags column:3'];
	const rows = set.questions.map((question) => {
		const tags = (question.tags ?? []).map((tag) => {
			// Anki separates tags with spaces.
			const safe = tag.trim().replace(/\s+/g, '_');
			if (safe !== tag) warnings.push({ questionId: question.id, message: `tag "${tag}" written as "${safe}": Anki tags cannot hold spaces` });
			return safe;
		});
		return [question.prompt, answerText(question), tags.join(' ')];
	});
	return { data: header.join('\n') + '\n' + writeDelimited(rows, '\t').replace(/\r\n/g, '\n'), warnings };
}

function exportQuizlet(set: QuestionSet): { data: string; warnings: ExportWarning[] } {
	const warnings = [...recallWarnings(set), ...setLevelLosses(set, ['facts', 'explanations', 'attributions'])];
	const lines = set.questions.map((question) => `${oneLine(question.prompt)}\t${oneLine(answerText(question))}`);
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
export const KAHOOT_MAX_QUESTION = 120;
export const KAHOOT_MAX_ANSWER = 75;

function fit(text: string, max: number): string {
	const flat = oneLine(text);
	return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

function exportKahoot(set: QuestionSet, timeLimit: number): { data: Uint8Array; warnings: ExportWarning[] } {
	const warnings: ExportWarning[] = [];
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
	let number = 0;
	for (const question of set.questions) {
		let answers: string[];
		let correct: number;
		if (question.type === 'multiple_choice') {
			answers = question.choices;
			correct = question.answer;
			if (answers.length > 4) {
				// Keep the right answer and the first three wrong ones.
				const right = answers[correct]!;
				const wrong = answers.filter((_, index) => index !== correct);
				const kept = answers.filter((choice) => choice === right || wrong.slice(0, 3).includes(choice));
				warnings.push({
					questionId: question.id,
					message: `has ${answers.length} choices and Kahoot allows 4: left out ${wrong
						.slice(3)
						.map((choice) => `"${choice}"`)
						.join(', ')}`
				});
				answers = kept;
				correct = kept.indexOf(right);
			}
		} else if (question.type === 'true_false') {
			answers = ['True', 'False'];
			correct = question.answer ? 0 : 1;
		} else {
			warnings.push({
				questionId: question.id,
				message: `a ${question.type.replace('_', ' ')} question has a typed answer, which Kahoot's quiz spreadsheet cannot hold (only 2–4 answers to pick from): left out`
			});
			continue;
		}
		const prompt = oneLine(question.prompt);
		if (prompt.length > KAHOOT_MAX_QUESTION) {
			warnings.push({ questionId: question.id, message: `question is ${prompt.length} characters, Kahoot allows ${KAHOOT_MAX_QUESTION}: shortened` });
		}
		answers.forEach((answer, index) => {
			if (oneLine(answer).length > KAHOOT_MAX_ANSWER) {
				warnings.push({
					questionId: question.id,
					message: `answer ${index + 1} is ${oneLine(answer).length} characters, Kahoot allows ${KAHOOT_MAX_ANSWER}: shortened`
				});
			}
		});
		number++;
		const cells: SheetCell[] = [fit(prompt, KAHOOT_MAX_QUESTION), ...[0, 1, 2, 3].map((i) => (answers[i] !== undefined ? fit(answers[i]!, KAHOOT_MAX_ANSWER) : null))];
		rows.push([number, ...cells, timeLimit, correct + 1]);
	}
	warnings.push(...setLevelLosses(set, ['facts', 'explanations', 'attributions']));
	return { data: writeXlsx(rows, { sheetName: 'Sheet1', widths: [4, 60, 28, 28, 28, 28, 14, 14] }), warnings };
}
