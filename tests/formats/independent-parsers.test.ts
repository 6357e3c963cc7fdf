/**
 * Our exports read by parsers no one here wrote: papaparse (CSV), gift-pegjs (Moodle GIFT) and
 * read-excel-file (the Kahoot .xlsx), compared with the source set.
 */
import { parse, type Category, type Description, type GIFTQuestion } from 'gift-pegjs';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportSet, KAHOOT_FIRST_ROW, KAHOOT_HEADERS, KAHOOT_MAX_ANSWER, KAHOOT_MAX_QUESTION } from '../../src/lib/formats/export';
import { answerText, type Question, type QuestionSet } from '../../src/lib/formats/question-set';
import { readableDate } from '../../src/lib/core/present';
import { builtin } from './builtin';

/** GIFT questions as gift-pegjs reads them; our exports hold no categories or descriptions. */
function parseGift(text: string) {
	return parse(text).filter((question): question is Exclude<GIFTQuestion, Category | Description> => question.type !== 'Category' && question.type !== 'Description');
}

/** Splits a list cell the way the CSV's header documents it: " | " between items. */
const list = (cell: string | undefined) => (cell ? cell.split(' | ') : []);

describe('CSV read by papaparse', () => {
	const file = exportSet(builtin, 'csv');
	const parsed = Papa.parse<Record<string, string>>(file.data as string, { header: true, skipEmptyLines: true });

	it('parses without errors, one row per question, with our header', () => {
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields?.map((field) => field.replace(/^\ufeff/, ''))).toEqual([
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
		]);
		expect(parsed.data).toHaveLength(builtin.questions.length);
	});

	it('every cell matches the source set', () => {
		parsed.data.forEach((raw, index) => {
			const row = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key.replace(/^\ufeff/, ''), value]));
			const question = builtin.questions[index]!;
			expect(row.id).toBe(question.id);
			expect(row.type).toBe(question.type);
			expect(row.prompt).toBe(question.prompt);
			expect(row.explanation).toBe(question.explanation ?? '');
			expect(row.attribution).toBe(question.attribution ?? '');
			switch (question.type) {
				case 'multiple_choice':
					expect(list(row.choices)).toEqual(question.choices);
					expect(row.answer).toBe(question.choices[question.answer]);
					break;
				case 'select_all':
					expect(list(row.choices)).toEqual(question.choices);
					expect(list(row.answer)).toEqual(question.answer.map((index) => question.choices[index]));
					break;
				case 'matching':
					expect(list(row.choices)).toEqual(question.items);
					expect(list(row.answer)).toEqual(question.answer);
					break;
				case 'ordering':
					expect(list(row.answer)).toEqual(question.answer);
					break;
				case 'true_false':
					expect(row.answer).toBe(String(question.answer));
					break;
				case 'numeric':
					expect(Number(row.answer)).toBe(question.answer);
					expect(row.unit).toBe(question.unit ?? '');
					expect(row.tolerance === '' ? undefined : Number(row.tolerance)).toBe(question.tolerance);
					break;
				case 'date':
					expect(row.answer).toBe(question.answer);
					break;
				default:
					expect(row.answer).toBe(question.answer);
					expect(list(row.accepted)).toEqual(question.accepted ?? []);
			}
		});
	});
});

describe('GIFT read by gift-pegjs', () => {
	const file = exportSet(builtin, 'gift');
	const parsed = parseGift(file.data as string);

	it('reads one GIFT question per question, named by its text (not an internal id), in a category named after the set', () => {
		const names = parsed.map((question) => question.title!);
		expect(names).toHaveLength(builtin.questions.length);
		names.forEach((name, index) => {
			const prompt = builtin.questions[index]!.prompt.replace(/_{3,}/g, '…');
			expect(name.length).toBeLessThanOrEqual(84);
			expect(name).not.toMatch(/^q-/);
			// The whole prompt, or its start up to a word, then "…".
			if (name.endsWith('…')) expect(prompt.startsWith(name.slice(0, -1))).toBe(true);
			else expect(name).toBe(prompt);
		});
		expect(new Set(names).size).toBe(names.length);
		const categories = parse(file.data as string).filter((question): question is Category => question.type === 'Category');
		expect(categories.map((category) => category.title)).toEqual([builtin.title]);
	});

	it('reads the feedback of each choice, and of a true/false answer, where Moodle expects it', () => {
		const set: QuestionSet = {
			...builtin,
			title: 'Korea 1/2',
			questions: [
				{ id: 'm', type: 'multiple_choice', prompt: 'Capital?', choices: ['Seoul', 'Pyongyang', 'Busan'], answer: 1, choiceFeedback: ['No: the South.', 'Yes.', ''] },
				{ id: 't', type: 'true_false', prompt: 'A treaty ended the war.', answer: false, choiceFeedback: ['No: an armistice.', 'Right.'] }
			]
		};
		const all = parse(exportSet(set, 'gift').data as string);
		// Moodle reads "//" in a category path as a "/" within the name.
		expect(all[0]).toMatchObject({ type: 'Category', title: 'Korea 1//2' });
		const [choice, truth] = all.slice(1);
		expect(choice?.type === 'MC' && choice.choices.map((option) => option.feedback?.text ?? '')).toEqual(['No: the South.', 'Yes.', '']);
		// gift-pegjs calls Moodle's first true/false feedback (shown after a wrong answer, here True) "trueFeedback".
		expect(truth?.type === 'TF' && [truth.trueFeedback?.text, truth.falseFeedback?.text]).toEqual(['No: an armistice.', 'Right.']);
	});

	it('reads the prompts, answers and explanations of every type', () => {
		const expectedType: Record<Question['type'], string> = {
			multiple_choice: 'MC',
			select_all: 'MC',
			matching: 'Matching',
			ordering: 'Matching',
			true_false: 'TF',
			numeric: 'Numerical',
			flashcard: 'Short',
			short_answer: 'Short',
			cloze: 'Short',
			date: 'Short'
		};
		parsed.forEach((gift, index) => {
			const question = builtin.questions[index]!;
			expect(gift.type).toBe(expectedType[question.type]);
			expect(gift.stem.text).toBe(question.prompt);
			expect(gift.globalFeedback?.text ?? undefined).toBe(question.explanation);
			if (gift.type === 'MC' && question.type === 'multiple_choice') {
				expect(gift.choices.map((choice) => choice.text.text)).toEqual(question.choices);
				expect(gift.choices.findIndex((choice) => choice.isCorrect)).toBe(question.answer);
				expect(gift.choices.filter((choice) => choice.isCorrect)).toHaveLength(1);
			} else if (gift.type === 'TF' && question.type === 'true_false') {
				expect(gift.isTrue).toBe(question.answer);
			} else if (gift.type === 'Numerical' && question.type === 'numeric') {
				const choice = Array.isArray(gift.choices) ? gift.choices[0]!.text : gift.choices;
				expect(choice.number).toBe(question.answer);
				expect(choice.range ?? 0).toBe(question.tolerance ?? 0);
			} else if (gift.type === 'Matching' && question.type === 'matching') {
				expect(gift.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(question.items.map((item, at) => [item, question.answer[at]]));
			} else if (gift.type === 'Matching' && question.type === 'ordering') {
				expect(gift.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(question.answer.map((item, at) => [item, String(at + 1)]));
			} else if (gift.type === 'Short' && question.type !== 'multiple_choice' && question.type !== 'select_all' && question.type !== 'matching' && question.type !== 'ordering' && question.type !== 'true_false' && question.type !== 'numeric') {
				const accepted = question.type === 'date' ? [] : (question.accepted ?? []);
				const answers = [question.answer, ...accepted.filter((text) => text !== question.answer)];
				expect(gift.choices.map((choice) => choice.text.text)).toEqual(answers);
				expect(gift.choices.every((choice) => choice.isCorrect)).toBe(true);
			} else {
				throw new Error(`unexpected ${gift.type} for ${question.id}`);
			}
		});
	});

	it("writes a select-all question as Moodle's multiple answers: right options share 100%, each wrong one takes off as much", () => {
		const set: QuestionSet = {
			...builtin,
			questions: [
				{ id: 'two', type: 'select_all', prompt: "Who is entombed in Grant's tomb?", choices: ['No one', 'Grant', "Grant's wife", "Grant's father"], answer: [1, 2], choiceFeedback: ['', 'Yes.', 'Yes.', 'No.'] },
				{ id: 'three', type: 'select_all', prompt: 'Which are primes?', choices: ['2', '3', '4', '5'], answer: [0, 1, 3] }
			]
		};
		const [two, three] = parseGift(exportSet(set, 'gift').data as string);
		expect(two?.type === 'MC' && two.choices.map((choice) => [choice.text.text, choice.weight, choice.feedback?.text ?? ''])).toEqual([
			['No one', -50, ''],
			['Grant', 50, 'Yes.'],
			["Grant's wife", 50, 'Yes.'],
			["Grant's father", -50, 'No.']
		]);
		const weights = three?.type === 'MC' ? three.choices.map((choice) => choice.weight ?? 0) : [];
		expect(weights).toEqual([33.33333, 33.33333, -33.33333, 33.33333]);
		// Moodle accepts right weights that add up to 100% within its rounding.
		expect(Math.abs(weights.filter((weight) => weight > 0).reduce((sum, weight) => sum + weight, 0) - 100)).toBeLessThan(0.001);
	});

	it('unescapes what we escaped', () => {
		const awkward: QuestionSet = {
			...builtin,
			questions: [{ id: 'x1', type: 'multiple_choice', prompt: 'Is a=b: {yes} ~ #1?', choices: ['a=b', '{c}', 'd~e#f'], answer: 1, explanation: 'x: y' }]
		};
		const [gift] = parseGift(exportSet(awkward, 'gift').data as string);
		expect(gift?.stem.text).toBe('Is a=b: {yes} ~ #1?');
		expect(gift?.type === 'MC' && gift.choices.map((choice) => choice.text.text)).toEqual(['a=b', '{c}', 'd~e#f']);
		expect(gift?.globalFeedback?.text).toBe('x: y');
	});
});

describe('Kahoot .xlsx read by read-excel-file', () => {
	it('has the template layout: header row 8, questions from row 9, limits kept, right answer numbers', async () => {
		const file = exportSet(builtin, 'kahoot');
		expect(file.filename).toMatch(/\.xlsx$/);
		const sheets = await readXlsxFile(Buffer.from(file.data as Uint8Array));
		expect(sheets).toHaveLength(1);
		const rows = sheets[0]!.data;
		expect(rows[1]?.[1]).toBe('Quiz template');
		expect(rows[KAHOOT_FIRST_ROW - 2]?.slice(1, 8)).toEqual([...KAHOOT_HEADERS]);

		// Every question of the built-in set has a place: typed ones become choice questions.
		const quiz = builtin.questions;
		const data = rows.slice(KAHOOT_FIRST_ROW - 1);
		expect(data).toHaveLength(quiz.length);
		data.forEach((row, index) => {
			const question = quiz[index]!;
			const [number, prompt, a1, a2, a3, a4, time, correct] = row;
			expect(number).toBe(index + 1);
			expect(typeof prompt === 'string' && prompt.length <= KAHOOT_MAX_QUESTION).toBe(true);
			const answers = [a1, a2, a3, a4].filter((answer) => answer !== null && answer !== undefined);
			for (const answer of answers) expect(typeof answer === 'string' && answer.length <= KAHOOT_MAX_ANSWER).toBe(true);
			expect([5, 10, 20, 30, 60, 90, 120, 240]).toContain(time);
			if (question.type === 'multiple_choice') {
				expect(answers).toEqual(question.choices);
				expect(correct).toBe(question.answer + 1);
			} else if (question.type === 'true_false') {
				expect(answers).toEqual(['True', 'False']);
				expect(correct).toBe(question.answer ? 1 : 2);
			} else {
				// The right answer once, among 2 to 4.
				const right = question.type === 'date' ? readableDate(question.answer) : answerText(question);
				expect(answers.length).toBeGreaterThanOrEqual(2);
				expect(answers.filter((answer) => answer === right)).toHaveLength(1);
				expect(answers[(correct as number) - 1]).toBe(right);
			}
			// A typing hint such as "(YYYY-MM)" goes; a prompt still too long is shortened, with "…" where words went.
			const asked = question.prompt.replace(/\s*\(YYYY[-MD]*\)/, '');
			if (asked.length <= KAHOOT_MAX_QUESTION) expect(prompt).toBe(asked);
			else expect(prompt).toContain('…');
			// A blank is never cut off.
			if (question.type === 'cloze') expect(prompt).toMatch(/_{3,}/);
		});
	});

	it('warns, naming the question, about each thing Kahoot cannot hold', () => {
		const set: QuestionSet = {
			...builtin,
			questions: [
				{ id: 'six', type: 'multiple_choice', prompt: 'Six choices?', choices: ['a', 'b', 'c', 'd', 'e', 'f'], answer: 5 },
				{ id: 'typed', type: 'short_answer', prompt: 'Which city?', answer: 'Pyongyang' },
				{ id: 'long', type: 'true_false', prompt: 'x'.repeat(150), answer: true },
				{ id: 'wide', type: 'multiple_choice', prompt: 'Long choice?', choices: ['y'.repeat(80), 'z'], answer: 1 }
			]
		};
		const { warnings } = exportSet(set, 'kahoot');
		const about = (id: string) => warnings.filter((warning) => warning.questionId === id).map((warning) => warning.message);
		expect(about('six')).toEqual([expect.stringMatching(/6 choices.*Kahoot allows 4: left out "d", "e"$/)]);
		expect(about('typed')).toEqual([expect.stringMatching(/typed answer, and the set holds no other answer of the same kind.*left out/)]);
		expect(about('long')).toEqual([expect.stringMatching(/150 characters and Kahoot allows 120: left out words in the middle/)]);
		expect(about('wide')).toEqual([expect.stringMatching(/answer 1 is 80 characters, Kahoot allows 75/)]);
	});

	it('writes a select-all question as a multi-select: the right answer numbers separated by commas, every right option kept', async () => {
		const set: QuestionSet = {
			...builtin,
			questions: [
				{ id: 'four', type: 'select_all', prompt: 'Which were there?', choices: ['Shoigu', 'Kim', 'Putin', 'Li Hongzhong'], answer: [0, 1, 3] },
				{ id: 'six', type: 'select_all', prompt: 'Which are primes?', choices: ['1', '2', '4', '6', '7', '9'], answer: [1, 4] }
			]
		};
		const file = exportSet(set, 'kahoot');
		const [sheet] = await readXlsxFile(Buffer.from(file.data as Uint8Array));
		const [four, six] = sheet!.data.slice(KAHOOT_FIRST_ROW - 1);
		expect(four?.slice(2, 6)).toEqual(['Shoigu', 'Kim', 'Putin', 'Li Hongzhong']);
		expect(four?.[7]).toBe('1,2,4');
		expect(six?.slice(2, 6)).toEqual(['1', '2', '4', '7']);
		expect(six?.[7]).toBe('2,4');
		expect(file.warnings.filter((warning) => warning.questionId === 'six').map((warning) => warning.message)).toEqual([expect.stringMatching(/6 options and Kahoot allows 4: left out "6", "9"$/)]);
	});

	it('keeps the right answer when it cuts a six-choice question to four', async () => {
		const set: QuestionSet = {
			...builtin,
			questions: [{ id: 'six', type: 'multiple_choice', prompt: 'Six?', choices: ['a', 'b', 'c', 'd', 'e', 'f'], answer: 5 }]
		};
		const [sheet] = await readXlsxFile(Buffer.from(exportSet(set, 'kahoot').data as Uint8Array));
		const row = sheet!.data[KAHOOT_FIRST_ROW - 1]!;
		expect(row.slice(2, 6)).toEqual(['a', 'b', 'c', 'f']);
		expect(row[7]).toBe(4);
	});
});
