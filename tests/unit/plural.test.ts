import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../src/lib/core/plural';

describe('a count with its noun', () => {
	it('puts the noun in the singular for one only', () => {
		expect(plural(1, 'question')).toBe('1 question');
		expect(plural(0, 'question')).toBe('0 questions');
		expect(plural(74, 'question')).toBe('74 questions');
		expect(plural(1200, 'question')).toBe('1,200 questions');
		expect(plural(2, 'question is', 'questions are')).toBe('2 questions are');
	});

	it('writes every count as English does, whole or not', () => {
		const counts = [0, 7, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1234, -1_000_000, Number.MAX_SAFE_INTEGER, 2.5, 1234.5, -0.25];
		for (const count of counts) expect(formatCount(count)).toBe(count.toLocaleString('en'));
		for (let count = 0; count < 20_000; count += 7) expect(formatCount(count)).toBe(count.toLocaleString('en'));
	});
});
