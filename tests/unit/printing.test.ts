import { describe, expect, it } from 'vitest';
import { brief, keyItem, printView, worksheetItem } from '../../src/lib/core/printing';
import type { Question } from '../../src/lib/formats/question-set';

describe('printing', () => {
	it('reads the view from ?key=', () => {
		expect(printView(null)).toBe('worksheet');
		expect(printView('1')).toBe('key');
		expect(printView('both')).toBe('both');
		expect(printView('<script>')).toBe('worksheet');
	});

	it('gives choice questions their options, true/false two, typed ones room to write', () => {
		const choice: Question = { id: 'm', type: 'multiple_choice', prompt: 'Which?', choices: ['a', 'b'], answer: 1 };
		expect(worksheetItem(choice)).toEqual({ kind: 'choice', prompt: 'Which?', options: ['a', 'b'], lines: 0 });
		expect(worksheetItem({ id: 't', type: 'true_false', prompt: 'So.', answer: true }).options).toEqual(['True', 'False']);
		expect(worksheetItem({ id: 'c', type: 'cloze', prompt: 'The ___ came.', answer: 'x' }).prompt).toBe('The __________ came.');
		expect(worksheetItem({ id: 'n', type: 'numeric', prompt: 'How many?', answer: 3, unit: 'km' })).toEqual({ kind: 'written', prompt: 'How many?', lines: 1, unit: 'km' });
		expect(worksheetItem({ id: 'f', type: 'flashcard', prompt: 'Why?', answer: 'because the long answer has many words in it' }).lines).toBe(3);
	});

	it('writes the key: letter and option, tolerance, readable dates, alternatives, attribution and a brief explanation', () => {
		expect(keyItem({ id: 'm', type: 'multiple_choice', prompt: 'Which?', choices: ['a', 'b', 'c'], answer: 2 }).answer).toBe('C. c');
		expect(keyItem({ id: 'n', type: 'numeric', prompt: 'How many?', answer: 70, tolerance: 2, unit: 'years' }).answer).toBe('70 years (± 2)');
		expect(keyItem({ id: 'd', type: 'date', prompt: 'When?', answer: '2023-07-26' }).answer).toBe('26 July 2023');
		expect(
			keyItem({ id: 's', type: 'short_answer', prompt: 'Who?', answer: 'Kim Jong Un', accepted: ['Kim Jong-un', 'Kim'], attribution: 'KCNA', explanation: 'He hosted the visit. Later he toured more.' })
		).toEqual({ answer: 'Kim Jong Un', alternatives: 'Kim Jong-un; Kim', note: 'According to KCNA. He hosted the visit.' });
		expect(keyItem({ id: 't', type: 'true_false', prompt: 'So.', answer: false })).toEqual({ answer: 'False', alternatives: undefined, note: undefined });
		expect(brief('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
	});
});
