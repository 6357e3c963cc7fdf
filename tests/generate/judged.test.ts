/**
 * The generator on real articles, against blind verdicts (tests/fixtures/generator/judged/): every
 * question it proposes by default must have been judged, and the shares below may not get worse.
 * New or changed questions make this fail with their ids: judge them (`npx tsx scripts/judging.ts
 * packet DIR`, a judge who did not write the generator, then `merge DIR`).
 *
 * The floors are what the default output reaches now (`npx tsx scripts/judging.ts report`), so
 * any change that loses ground fails. The targets are higher (no question judged R, 85%
 * usable, 70% of key facts, one question per 80 words); raise a floor whenever the figure rises.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateQuestionSet } from '../../src/lib/formats/question-set';
import { generateQuestions, toQuestionSet } from '../../src/lib/generate/index';
import { loadArticles, loadJudged, scoreArticle, type ArticleScore } from './judged';

/**
 * What the default output reaches now, over all judged articles (a little below, for rounding). The
 * accepted share was 62% with every true/false answer "True"; taking a statement's false version when
 * it ranks close cost one accepted question in 236 (61%). Three articles quoting several people each
 * (said-01 to said-03, added for "who said what") are harder: 14 of their 28 questions accepted as is.
 * With them, a change worked out from two figures no longer blanked, "who said what" on a fact of its
 * own, no statement denied that goes on as if it were so, and no event's opening hours: 156 of 260
 * (60.0%), 32 rejected (12.3%), 87.7% usable; the 42 earlier articles alone: 141 of 231 (61.0%).
 */
const FLOOR = { accepted: 0.595, usable: 0.87, keyFacts: 0.54, wordsPerQuestion: 120 };
/** The most questions judged R the default output may hold (32 of 260 now). */
const MOST_REJECTED = 0.125;

const articles = loadArticles();
const scores: ArticleScore[] = [];

describe('generated questions on real articles, judged blind', () => {
	for (const article of articles) {
		it(`${article.name}: every proposed question judged, and a valid set`, () => {
			const judged = loadJudged(article.name);
			expect(judged, `no verdicts for ${article.name}`).toBeDefined();
			const text = readFileSync(article.path, 'utf8');
			const result = generateQuestions(text, article.date ? { articleDate: article.date } : {});
			const score = scoreArticle(judged!, result.candidates.map((c) => c.question.id), result.wordCount);
			scores.push(score);
			expect(score.unjudgedIds, `judge these questions of ${article.name}`).toEqual([]);
			if (result.candidates.length === 0) {
				// An article with no fact to ask about (advice written to "you"): no set, and every sentence says why.
				const why = generateQuestions(text, { ...(article.date ? { articleDate: article.date } : {}), includeRejected: true }).rejected ?? [];
				expect(why.length).toBeGreaterThan(0);
				return;
			}
			const set = toQuestionSet(result, { title: result.details.title ?? article.name, date: result.details.date ?? '2024-01-01' });
			expect(validateQuestionSet(set).ok).toBe(true);
		});
	}

	it('keeps the judged shares over the whole corpus', () => {
		expect(scores).toHaveLength(articles.length);
		const sum = (k: keyof Pick<ArticleScore, 'A' | 'E' | 'R' | 'questions' | 'words' | 'keyFacts' | 'keyFactsCovered'>) => scores.reduce((s, r) => s + r[k], 0);
		const judged = sum('A') + sum('E') + sum('R');
		expect(sum('A') / judged).toBeGreaterThanOrEqual(FLOOR.accepted);
		expect(sum('R') / judged).toBeLessThanOrEqual(MOST_REJECTED);
		expect((sum('A') + sum('E')) / judged).toBeGreaterThanOrEqual(FLOOR.usable);
		expect(sum('keyFactsCovered') / sum('keyFacts')).toBeGreaterThanOrEqual(FLOOR.keyFacts);
		expect(sum('words') / sum('questions')).toBeLessThanOrEqual(FLOOR.wordsPerQuestion);
	});
});
