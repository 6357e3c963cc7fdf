import { describe, expect, it } from 'vitest';
import { plural } from '../../src/lib/core/plural';

describe('a count with its noun', () => {
	it('puts the noun in the singular for one only', () => {
		expect(plural(1, 'question')).toBe('1 question');
		expect(plural(0, 'question')).toBe('0 questions');
		expect(plural(74, 'question')).toBe('74 questions');
		expect(plural(1200, 'question')).toBe('1,200 questions');
		expect(plural(2, 'question is', 'questions are')).toBe('2 questions are');
	});
});
