/**
 * Select-all questions in every format: Moodle's multiple answers (GIFT, read back by gift-pegjs
 * too), Kahoot's multi-select, CSV, and what Anki and Quizlet cannot carry.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { exportSet, KAHOOT_FIRST_ROW } from '../../src/lib/formats/export';
import { importSet, type ImportResult } from '../../src/lib/formats/import';
import { validateQuestionSet, type QuestionSet } from '../../src/lib/formats/question-set';
import { builtin } from './builtin';

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	expect(validateQuestionSet(result.set).ok).toBe(true);
	return result;
}

/** Moodle's own example of a multiple-answers question (docs.moodle.org/en/GIFT_format). */
const MOODLE_EXAMPLE = `What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
}`;

const set: QuestionSet = {
	...builtin,
	facts: undefined,
	questions: [
		{
			id: 'parties',
			type: 'select_all',
			prompt: 'Which countries took part in the talks?',
			choices: ['Russia', 'North Korea', 'China', 'Japan', 'South Korea'],
			answer: [0, 1, 2],
			choiceFeedback: ['', '', 'Li Hongzhong led its delegation.', 'No.', ''],
			explanation: 'A three-way meeting.'
		},
		{ id: 'tomb', type: 'select_all', prompt: "Who is entombed in Grant's tomb?", choices: ['No one', 'Grant', "Grant's wife", "Grant's father"], answer: [1, 2] }
	]
};

describe("GIFT: Moodle's multiple answers", () => {
	it("imports Moodle's example with nothing refused: the options with a positive weight are the right ones", () => {
		const result = ok(importSet(MOODLE_EXAMPLE, { from: 'gift', today: '2024-05-01' }));
		expect(result.set.questions).toEqual([
			{ id: 'q1', type: 'select_all', prompt: "What two people are entombed in Grant's tomb?", choices: ['No one', 'Grant', "Grant's wife", "Grant's father"], answer: [1, 2] }
		]);
		expect(result.notes).toEqual([]);
	});

	it('round-trips: exported, read by gift-pegjs with the same options and right ones, imported back unchanged', () => {
		const imported = ok(importSet(MOODLE_EXAMPLE, { from: 'gift', today: '2024-05-01' })).set;
		const text = exportSet(imported, 'gift').data as string;
		const [question] = parse(text).filter((item) => item.type !== 'Category' && item.type !== 'Description');
		expect(question?.type).toBe('MC');
		if (question?.type !== 'MC') return;
		expect(question.stem.text).toBe("What two people are entombed in Grant's tomb?");
		expect(question.choices.map((choice) => [choice.text.text, choice.weight])).toEqual([
			['No one', -50],
			['Grant', 50],
			["Grant's wife", 50],
			["Grant's father", -50]
		]);
		const back = ok(importSet(text, { from: 'gift', today: '2024-05-01' })).set;
		expect(back.questions).toEqual(imported.questions);
	});

	it('round-trips ids, per-option feedback and the explanation; three right options weigh 33.33333% each', () => {
		const text = exportSet(set, 'gift').data as string;
		expect(text).toContain('~%33.33333%Russia');
		expect(text).toContain('~%-33.33333%Japan#No.');
		const back = ok(importSet(text, { from: 'gift', today: '2024-05-01' }));
		expect(back.set.questions).toEqual(set.questions);
		expect(back.notes).toEqual([]);
	});

	it('notes unequal weights, and reads a single right option among "~" answers as multiple choice', () => {
		const uneven = ok(importSet('Which? {~%70%a ~%30%b ~%-100%c}', { from: 'gift', today: '2024-05-01' }));
		expect(uneven.set.questions[0]).toMatchObject({ type: 'select_all', answer: [0, 1] });
		expect(uneven.notes.map((note) => note.message)).toEqual([expect.stringMatching(/weights \(70%, 30%\) were not kept: Factdrill counts every right option alike/)]);
		const single = ok(importSet('Which? {~%100%a ~%-50%b ~c}', { from: 'gift', today: '2024-05-01' }));
		expect(single.set.questions[0]).toMatchObject({ type: 'multiple_choice', answer: 0 });
	});

	it('refuses, naming the field, a multiple-answers question the schema cannot hold', () => {
		const result = importSet('All right? {~%50%a ~%25%b ~%25%c}', { from: 'gift', today: '2024-05-01' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(JSON.stringify(result.errors)).toMatch(/names every choice as right/);
	});
});

describe('Kahoot: multi-select', () => {
	it('writes the right answer numbers with commas; its rows, saved as CSV, import back as select-all questions', async () => {
		const file = exportSet(set, 'kahoot');
		// Kahoot holds 4 answers: every right option stays, one wrong one with them.
		expect(file.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/5 options and Kahoot allows 4: left out "South Korea"/));
		const [sheet] = await readXlsxFile(Buffer.from(file.data as Uint8Array));
		const header = sheet!.data[KAHOOT_FIRST_ROW - 2]!.slice(1, 8);
		const rows = sheet!.data.slice(KAHOOT_FIRST_ROW - 1).map((row) => row.slice(1, 8));
		expect(rows.map((row) => row[6])).toEqual(['1,2,3', '2,3']);
		// A teacher's Kahoot sheet saved as CSV: the same columns, the same cells.
		const csv = [header, ...rows].map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\n');
		const back = ok(importSet(csv, { from: 'csv', today: '2024-05-01' }));
		expect(back.set.questions.map((question) => ({ type: question.type, choices: 'choices' in question ? question.choices : [], answer: question.answer }))).toEqual([
			{ type: 'select_all', choices: ['Russia', 'North Korea', 'China', 'Japan'], answer: [0, 1, 2] },
			{ type: 'select_all', choices: ['No one', 'Grant', "Grant's wife", "Grant's father"], answer: [1, 2] }
		]);
	});
});

describe('CSV', () => {
	it('writes the right options by their text, " | " between them, and reads them back', () => {
		const file = exportSet(set, 'csv');
		expect(file.data as string).toContain('Russia | North Korea | China,,Russia | North Korea | China | Japan | South Korea');
		const back = ok(importSet(file.data, { filename: file.filename, today: '2024-05-01' }));
		// CSV has no column for per-option feedback (the export says so).
		expect(back.set.questions).toEqual(set.questions.map((question) => ({ ...question, choiceFeedback: undefined })).map((question) => JSON.parse(JSON.stringify(question))));
		expect(file.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/feedback on each answer is not carried/));
	});

	it('reads right options given by number or letter ("1,3", "A; C"), and infers the type without a type column', () => {
		const csv = 'question,option 1,option 2,option 3,option 4,correct answer\nWhich are prime?,two,four,five,nine,"1,3"\nWhich are even?,two,four,five,nine,A; B\nWhich is 4?,two,four,five,nine,2\n';
		const back = ok(importSet(csv, { from: 'csv', today: '2024-05-01' }));
		expect(back.set.questions.map((question) => [question.type, question.answer])).toEqual([
			['select_all', [0, 2]],
			['select_all', [0, 1]],
			['multiple_choice', 1]
		]);
	});

	it('names the cell of a right option that is not one of the choices', () => {
		const csv = 'type,question,choices,answer\nselect all,Which?,a | b | c,a | z\n';
		const result = importSet(csv, { from: 'csv', today: '2024-05-01' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(/the answer "a \| z" does not name the right choices/) }));
	});
});

describe('Anki and Quizlet', () => {
	it('carry the question and its right options as a recall card, and say so for each', () => {
		for (const format of ['anki', 'quizlet'] as const) {
			const file = exportSet(set, format);
			expect(file.data as string).toContain("Who is entombed in Grant's tomb?\tGrant; Grant's wife");
			expect(file.warnings.filter((warning) => warning.questionId === 'tomb').map((warning) => warning.message)).toEqual([expect.stringMatching(/select all that apply becomes a recall card.*wrong options are not carried/)]);
		}
	});
});
