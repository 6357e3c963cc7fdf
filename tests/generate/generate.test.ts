import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateQuestionSet } from '../../src/lib/formats/question-set';
import { generateQuestions, toQuestionSet } from '../../src/lib/generate/index';

const SEED_ARTICLE = '../shared/seeds/000_7b38060c98886008.txt';
const fixture = readFileSync('tests/fixtures/articles/science-comet-probe.txt', 'utf8');

describe('generateQuestions', () => {
	it('is deterministic for a text and seed', () => {
		const a = generateQuestions(fixture, { seed: 7, articleDate: '2023-11-14' });
		const b = generateQuestions(fixture, { seed: 7, articleDate: '2023-11-14' });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(new Set(a.candidates.map((c) => c.question.id)).size).toBe(a.candidates.length);
	});
	it('returns about one question per 120 words by default, and honours count and types', () => {
		const r = generateQuestions(fixture, { seed: 1, articleDate: '2023-11-14' });
		expect(r.candidates.length).toBe(Math.round(r.wordCount / 120));
		const few = generateQuestions(fixture, { seed: 1, count: 2, types: ['cloze'] });
		expect(few.candidates.length).toBeLessThanOrEqual(2);
		for (const c of few.candidates) expect(c.type).toBe('cloze');
	});
	it('builds a set that validates, with provenance offsets into the text', () => {
		const r = generateQuestions(fixture, { seed: 2, articleDate: '2023-11-14', count: 12 });
		const set = toQuestionSet(r, { title: 'Comet probe', date: '2023-11-14' });
		expect(validateQuestionSet(set).ok).toBe(true);
		for (const c of r.candidates) expect(fixture.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
	});
	it('lists rejected sentences with reasons when asked', () => {
		const r = generateQuestions(fixture, { seed: 1, includeRejected: true });
		expect(r.rejected?.length).toBeGreaterThan(0);
		for (const x of r.rejected ?? []) expect(x.reason).not.toBe('');
	});
});

// The seed article lives in shared/ beside the repository (it is not copied into the project).
describe('the seed article', () => {
	const text = readFileSync(SEED_ARTICLE, 'utf8');
	const r = generateQuestions(text, { seed: 1, articleDate: '2023-07-27', count: 60, includeRejected: true });
	it('names Kyodo News for the Hwasong-18s at the exhibition', () => {
		const exhibition = r.candidates.filter((c) => /Hwasong-18s/.test(c.sentence.text));
		for (const c of exhibition) {
			expect(c.question.attribution).toBe('Kyodo News');
			expect(c.question.prompt).toMatch(/Kyodo News/);
		}
	});
	it('never says Voice of America identified the model', () => {
		for (const c of r.candidates) {
			expect(c.question.prompt).not.toMatch(/Voice of America (claimed|said|reported|identified)[^.]*Hwasong/);
			if (/Hwasong/.test(c.question.prompt)) expect(c.question.attribution).not.toBe('Voice of America');
		}
	});
	it('keeps "reportedly" and drops the caption and context-bound sentences', () => {
		for (const c of r.candidates) if (/reportedly/.test(c.sentence.text) && c.question.type !== 'true_false') expect(c.question.prompt).toMatch(/reportedly/);
		const reasons = (r.rejected ?? []).map((x) => `${x.reason}: ${x.text}`);
		expect(reasons.some((x) => /caption/.test(x) && /via AP/.test(x))).toBe(true);
		expect(reasons.some((x) => /Despite this/.test(x))).toBe(true);
		expect(r.candidates.some((c) => c.sentence.text.includes('via AP'))).toBe(false);
	});
	it('offers no alias of the answer as a choice', () => {
		for (const c of r.candidates) {
			if (c.question.type !== 'multiple_choice') continue;
			const answer = c.question.choices[c.question.answer]!;
			if (answer === 'North Korea') expect(c.question.choices).not.toContain('Pyongyang');
			if (/^Kim Jong/.test(answer)) expect(c.question.choices.filter((x) => /^Kim\b/.test(x))).toEqual([answer]);
		}
	});
	it('validates as a set', () => {
		expect(validateQuestionSet(toQuestionSet(r, { title: 'Shoigu in Pyongyang', date: '2023-07-27' })).ok).toBe(true);
	});
});
