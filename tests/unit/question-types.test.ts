import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, QUESTION_TYPE_INFO, typeLabel } from '../../src/lib/core/question-types';
import { importSet } from '../../src/lib/formats/import';

describe('the question types registry', () => {
	it('gives every type its own label and group name', () => {
		const labels = QUESTION_TYPES.map((type) => QUESTION_TYPE_INFO[type].label);
		const groups = QUESTION_TYPES.map((type) => QUESTION_TYPE_INFO[type].group);
		expect(new Set(labels).size).toBe(QUESTION_TYPES.length);
		expect(new Set(groups).size).toBe(QUESTION_TYPES.length);
	});

	it('names no alias for two types', () => {
		const aliases = QUESTION_TYPES.flatMap((type) => QUESTION_TYPE_INFO[type].aliases);
		expect(new Set(aliases).size).toBe(aliases.length);
	});

	it("a spreadsheet's type column may name a type by its label's words or an alias", () => {
		const csv = ['Type,Question,Answer,Choices', 'mcq,Capital?,Paris,Berlin | Paris', 'tf,Sky is blue.,true,', 'Number,How many?,3,', 'short,Who?,Ann,', 'Fill in the blank,The ___ is wet.,water,'].join('\n');
		const result = importSet(csv);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.set.questions.map((question) => question.type)).toEqual(['multiple_choice', 'true_false', 'numeric', 'short_answer', 'cloze']);
	});

	it('shows a type this version does not know by its own name', () => {
		expect(typeLabel('numeric')).toBe('Number');
		expect(typeLabel('hotspot')).toBe('hotspot');
	});
});
