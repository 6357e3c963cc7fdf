import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateQuestionSet } from '../../src/lib/formats/question-set';
import { generateQuestions, toQuestionSet } from '../../src/lib/generate/index';

const DIR = 'tests/fixtures/articles';

interface Judged {
	article: string;
	articleDate: string;
	seed: number;
	questions: Array<{ id: string; prompt: string; acceptable: boolean | null; reason: string }>;
}

const judgedFiles = readdirSync(DIR).filter((f) => f.endsWith('.judged.json'));

describe('fixture articles against their hand-judged output', () => {
	it('has at least four judged articles of 2,500–6,000 characters', () => {
		expect(judgedFiles.length).toBeGreaterThanOrEqual(4);
		for (const file of judgedFiles) {
			const judged = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Judged;
			const length = readFileSync(`${DIR}/${judged.article}`, 'utf8').length;
			expect(length).toBeGreaterThanOrEqual(2500);
			expect(length).toBeLessThanOrEqual(6000);
		}
	});

	for (const file of judgedFiles) {
		it(`${file}: every question judged, none judged bad, at least 80% acceptable, valid set`, () => {
			const judged = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Judged;
			const text = readFileSync(`${DIR}/${judged.article}`, 'utf8');
			const result = generateQuestions(text, { seed: judged.seed, articleDate: judged.articleDate });
			const verdicts = new Map(judged.questions.map((q) => [q.id, q]));
			const unjudged = result.candidates.filter((c) => typeof verdicts.get(c.question.id)?.acceptable !== 'boolean');
			expect(unjudged.map((c) => `${c.question.id}: ${c.question.prompt}`), `judge these in ${file}`).toEqual([]);
			const bad = result.candidates.filter((c) => verdicts.get(c.question.id)?.acceptable === false);
			expect(bad.map((c) => `${c.question.id}: ${verdicts.get(c.question.id)?.reason}`), 'questions judged bad came back').toEqual([]);
			const acceptable = result.candidates.filter((c) => verdicts.get(c.question.id)?.acceptable === true).length;
			expect(result.candidates.length).toBeGreaterThan(0);
			expect(acceptable / result.candidates.length).toBeGreaterThanOrEqual(0.8);
			const set = toQuestionSet(result, { title: judged.article, date: judged.articleDate });
			expect(validateQuestionSet(set).ok).toBe(true);
		});
	}
});
