/**
 * Matching questions in every format: Moodle's matching (GIFT, read back by gift-pegjs too), CSV,
 * and what Kahoot, Anki and Quizlet cannot carry.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportSet } from '../../src/lib/formats/export';
import { importSet, type ImportResult } from '../../src/lib/formats/import';
import { validateQuestionSet, type QuestionSet } from '../../src/lib/formats/question-set';
import { builtin } from './builtin';

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	expect(validateQuestionSet(result.set).ok).toBe(true);
	return result;
}

/** The three matching questions of Moodle's own GIFT examples (question/format/gift/examples.txt). */
const MOODLE_EXAMPLES = `// ===Matching===

Matching Question. {
    =subquestion1 -> subanswer1
    =subquestion2 -> subanswer2
    =subquestion3 -> subanswer3
    }

Match the following countries with their corresponding capitals. {
    =Canada -> Ottawa
    =Italy  -> Rome
    =Japan  -> Tokyo
    =India  -> New Delhi
    }

Match the following countries with their corresponding
capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}
`;

const set: QuestionSet = {
	...builtin,
	facts: undefined,
	questions: [
		{
			id: 'who-said',
			type: 'matching',
			prompt: 'Who said what during the visit?',
			items: ['Sergei Shoigu', 'Kim Jong Un', 'Li Hongzhong'],
			answer: ['Russia values the friendship', 'The army must be modernised', 'China stands with its neighbour'],
			explanation: 'As reported by state media.',
			attribution: 'KCNA',
			tags: ['people']
		},
		{ id: 'capitals', type: 'matching', prompt: 'Match each country with its capital.', items: ['Canada', 'Italy', 'Japan'], answer: ['Ottawa', 'Rome', 'Tokyo'] }
	]
};

describe("GIFT: Moodle's matching", () => {
	it("imports Moodle's three examples as matching questions, with nothing refused and no note", () => {
		const result = ok(importSet(MOODLE_EXAMPLES, { from: 'gift', today: '2024-05-01' }));
		expect(result.set.questions).toEqual([
			{ id: 'q1', type: 'matching', prompt: 'Matching Question.', items: ['subquestion1', 'subquestion2', 'subquestion3'], answer: ['subanswer1', 'subanswer2', 'subanswer3'] },
			{ id: 'q2', type: 'matching', prompt: 'Match the following countries with their corresponding capitals.', items: ['Canada', 'Italy', 'Japan', 'India'], answer: ['Ottawa', 'Rome', 'Tokyo', 'New Delhi'] },
			{ id: 'q3', type: 'matching', prompt: 'Match the following countries with their corresponding\ncapitals.', items: ['Canada', 'Italy', 'Japan'], answer: ['Ottawa', 'Rome', 'Tokyo'] }
		]);
		expect(result.notes).toEqual([]);
	});

	it('round-trips: exported, read by gift-pegjs with the same pairs, imported back unchanged', () => {
		const imported = ok(importSet(MOODLE_EXAMPLES, { from: 'gift', today: '2024-05-01' })).set;
		const text = exportSet(imported, 'gift').data as string;
		const parsed = parse(text).filter((item) => item.type !== 'Category' && item.type !== 'Description');
		expect(parsed.map((question) => question.type)).toEqual(['Matching', 'Matching', 'Matching']);
		parsed.forEach((question, index) => {
			if (question.type !== 'Matching') return;
			const source = imported.questions[index]!;
			if (source.type !== 'matching') throw new Error('not matching');
			expect(question.stem.text).toBe(source.prompt);
			expect(question.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(source.items.map((item, at) => [item, source.answer[at]]));
		});
		const back = ok(importSet(text, { from: 'gift', today: '2024-05-01' })).set;
		expect(back.questions).toEqual(imported.questions);
	});

	it('round-trips ids, the explanation, the attribution and tags', () => {
		const text = exportSet(set, 'gift').data as string;
		expect(text).toContain('=Sergei Shoigu -> Russia values the friendship');
		expect(text).toContain('####As reported by state media.');
		const back = ok(importSet(text, { from: 'gift', today: '2024-05-01' }));
		expect(back.set.questions).toEqual(set.questions);
		expect(back.notes).toEqual([]);
		expect(exportSet(set, 'gift').warnings.filter((warning) => warning.questionId)).toEqual([]);
	});

	it('keeps pairs that do not fit a matching question as flashcards, saying why; leaves out an extra match with a note', () => {
		const two = ok(importSet('::Pairs:: Pair them. {=a -> 1 =b -> 2}', { from: 'gift', today: '2024-05-01' }));
		expect(two.set.questions.map((question) => question.type)).toEqual(['flashcard', 'flashcard']);
		expect(two.notes.map((note) => note.message)).toEqual([expect.stringMatching(/matching question \("Pairs"\) became 2 flashcards, one per pair: it has 2 pairs and a matching question holds 3 to 8/)]);
		const shared = ok(importSet('Which class? {=cat -> mammal =dog -> mammal =snake -> reptile}', { from: 'gift', today: '2024-05-01' }));
		expect(shared.set.questions).toHaveLength(3);
		expect(shared.notes.map((note) => note.message)).toEqual([expect.stringMatching(/the match "mammal" goes with several items/)]);
		const extra = ok(importSet('Capitals? {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo = -> Paris}', { from: 'gift', today: '2024-05-01' }));
		expect(extra.set.questions[0]).toMatchObject({ type: 'matching', items: ['Canada', 'Italy', 'Japan'], answer: ['Ottawa', 'Rome', 'Tokyo'] });
		expect(extra.notes.map((note) => note.message)).toEqual([expect.stringMatching(/the extra match "Paris" \(a pair without an item\) was left out/)]);
	});

	it('refuses, naming the block, a matching question written with "~"', () => {
		const result = importSet('Pair? {=a -> 1 ~b -> 2 =c -> 3}', { from: 'gift', today: '2024-05-01' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(JSON.stringify(result.errors)).toMatch(/a matching question needs every pair written =item -> match/);
	});
});

describe('CSV', () => {
	it('writes the items in the choices cell and their matches in the answer cell, and reads them back', () => {
		const file = exportSet(set, 'csv');
		expect(file.data as string).toContain('matching,Match each country with its capital.,Ottawa | Rome | Tokyo,,Canada | Italy | Japan');
		const back = ok(importSet(file.data, { filename: file.filename, today: '2024-05-01' }));
		expect(back.set.questions).toEqual(set.questions);
	});

	it('names the cell when the matches do not pair up with the items', () => {
		const csv = 'type,question,choices,answer\nmatching,Pair them,a | b | c,1 | 2\n';
		const result = importSet(csv, { from: 'csv', today: '2024-05-01' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(/one match per item in the answer cell.*3 items, 2 matches/) }));
	});
});

describe('Kahoot', () => {
	it('leaves a matching question out, saying why', () => {
		const file = exportSet(set, 'kahoot');
		expect(file.warnings.filter((warning) => warning.questionId === 'capitals').map((warning) => warning.message)).toEqual([expect.stringMatching(/no matching question.*left out/)]);
	});
});

describe('Anki and Quizlet', () => {
	it('carry one card per pair (question: item → match), and say so for each question', () => {
		for (const format of ['anki', 'quizlet'] as const) {
			const file = exportSet(set, format);
			const text = file.data as string;
			expect(text).toContain('Match each country with its capital.: Canada\tOttawa');
			expect(text).toContain('Match each country with its capital.: Japan\tTokyo');
			expect(text).toContain('Who said what during the visit?: Kim Jong Un\tThe army must be modernised');
			expect(file.warnings.filter((warning) => warning.questionId === 'capitals').map((warning) => warning.message)).toEqual([expect.stringMatching(/matching becomes 3 cards, one per pair/)]);
		}
	});
});
