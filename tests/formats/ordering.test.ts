/**
 * Ordering questions in every format: GIFT (which has no ordering question: a matching of each
 * item with its place, read back by gift-pegjs and by Factdrill), CSV, and what Kahoot, Anki and
 * Quizlet cannot carry.
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

const set: QuestionSet = {
	...builtin,
	facts: undefined,
	questions: [
		{
			id: 'visit',
			type: 'ordering',
			prompt: 'Put the events of the visit in order, earliest first.',
			answer: ['Shoigu lands in Pyongyang', 'Talks with the defense minister', 'The military parade'],
			explanation: 'The parade closed the visit.',
			attribution: 'KCNA',
			tags: ['timeline']
		},
		{ id: 'tf', type: 'true_false', prompt: 'The parade was held at night.', answer: true }
	]
};

describe('GIFT', () => {
	it('writes an ordering question as a matching of each item with its place, with a warning, which gift-pegjs reads', () => {
		const file = exportSet(set, 'gift');
		const text = file.data as string;
		expect(text).toContain('=Shoigu lands in Pyongyang -> 1');
		expect(text).toContain('=The military parade -> 3');
		expect(file.warnings.filter((warning) => warning.questionId === 'visit').map((warning) => warning.message)).toEqual([expect.stringMatching(/GIFT has no ordering question: it becomes a matching question of each item with its place/)]);
		const [question] = parse(text).filter((item) => item.type !== 'Category' && item.type !== 'Description');
		expect(question?.type).toBe('Matching');
		if (question?.type !== 'Matching') return;
		expect(question.stem.text).toBe(set.questions[0]!.prompt);
		expect(question.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual([
			['Shoigu lands in Pyongyang', '1'],
			['Talks with the defense minister', '2'],
			['The military parade', '3']
		]);
	});

	it('reads it back as the same ordering question, with its id, explanation, attribution and tags', () => {
		const back = ok(importSet(exportSet(set, 'gift').data, { from: 'gift', today: '2024-05-01' }));
		expect(back.set.questions).toEqual(set.questions);
		expect(back.notes).toEqual([]);
	});

	it('reads the same pairs without the hint as a matching question, as Moodle would have it', () => {
		const text = (exportSet(set, 'gift').data as string).replace(/^\/\/ factdrill \{"id":"visit".*$/m, '');
		const back = ok(importSet(text, { from: 'gift', today: '2024-05-01' }));
		expect(back.set.questions[0]).toMatchObject({ type: 'matching', items: set.questions[0]!.answer, answer: ['1', '2', '3'] });
	});
});

describe('CSV', () => {
	it('writes the items in order in the answer cell and reads them back', () => {
		const file = exportSet(set, 'csv');
		expect(file.data as string).toContain('ordering,"Put the events of the visit in order, earliest first.",Shoigu lands in Pyongyang | Talks with the defense minister | The military parade');
		const back = ok(importSet(file.data, { filename: file.filename, today: '2024-05-01' }));
		expect(back.set.questions).toEqual(set.questions);
	});

	it('reads a type column naming it "order" or "sequence", and names the cell of an empty answer', () => {
		const csv = 'type,question,answer\nsequence,Which first?,a | b | c\norder,Then?,\n';
		const result = importSet(csv, { from: 'csv', today: '2024-05-01' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/an ordering question needs its items, in the right order, in the answer cell/) })]);
		const fine = ok(importSet('type,question,answer\nsequence,Which first?,a | b | c\n', { from: 'csv', today: '2024-05-01' }));
		expect(fine.set.questions[0]).toMatchObject({ type: 'ordering', answer: ['a', 'b', 'c'] });
	});
});

describe('Kahoot', () => {
	it('leaves an ordering question out (the quiz spreadsheet cannot carry a puzzle), saying so, and keeps the rest', async () => {
		const file = exportSet(set, 'kahoot');
		expect(file.warnings.filter((warning) => warning.questionId === 'visit').map((warning) => warning.message)).toEqual([expect.stringMatching(/a Kahoot puzzle, which it cannot carry: left out/)]);
		const [sheet] = await readXlsxFile(Buffer.from(file.data as Uint8Array));
		const rows = sheet!.data.slice(KAHOOT_FIRST_ROW - 1);
		expect(rows.map((row) => row[1])).toEqual(['The parade was held at night.']);
	});
});

describe('Anki and Quizlet', () => {
	it('carry the question and the items in order as a recall card, and say so', () => {
		for (const format of ['anki', 'quizlet'] as const) {
			const file = exportSet(set, format);
			expect(file.data as string).toContain('Put the events of the visit in order, earliest first.\t1. Shoigu lands in Pyongyang; 2. Talks with the defense minister; 3. The military parade');
			expect(file.warnings.filter((warning) => warning.questionId === 'visit').map((warning) => warning.message)).toEqual([expect.stringMatching(/ordering becomes a recall card/)]);
		}
	});
});
