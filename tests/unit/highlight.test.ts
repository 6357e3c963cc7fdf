import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/lib/core/present';

describe('highlighting the answer in its source sentence', () => {
	it('marks whole words only: "Japan" is not found inside "Japanese"', () => {
		const sentence = 'Japanese officials said the drills near Japan were provocations.';
		expect(highlight(sentence, 'Japan')).toEqual(['Japanese officials said the drills near ', 'Japan', ' were provocations.']);
		expect(highlight('Japanese officials protested.', 'Japan')).toBeNull();
	});

	it('finds an answer before punctuation, an apostrophe or at either end, ignoring case', () => {
		expect(highlight("Japan's envoy left.", 'japan')).toEqual(['', 'Japan', "'s envoy left."]);
		expect(highlight('It flew 1,000 km to Pyongyang.', 'Pyongyang')).toEqual(['It flew 1,000 km to ', 'Pyongyang', '.']);
		expect(highlight('A 70-year-old man', '70')).toEqual(['A ', '70', '-year-old man']);
	});

	it('does not match a number inside a longer number, nor a name inside another word', () => {
		expect(highlight('It cost 1700 euros.', '70')).toBeNull();
		expect(highlight('Kimberly met Kim.', 'Kim')).toEqual(['Kimberly met ', 'Kim', '.']);
		expect(highlight('Über alles über', 'über')).toEqual(['', 'Über', ' alles über']);
	});

	it('takes answers that start or end with a symbol as they are, and regular-expression characters literally', () => {
		expect(highlight('It cost $12 million.', '$12 million')).toEqual(['It cost ', '$12 million', '.']);
		expect(highlight('Made in the U.S. of course', 'U.S.')).toEqual(['Made in the ', 'U.S.', ' of course']);
		expect(highlight('Is a+b (c) true?', 'a+b (c)')).toEqual(['Is ', 'a+b (c)', ' true?']);
	});

	it('gives nothing for an empty answer or one not in the sentence', () => {
		expect(highlight('Anything', '')).toBeNull();
		expect(highlight('Anything', 'else')).toBeNull();
	});
});
