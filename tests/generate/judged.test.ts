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
import { judgedAs, loadArticles, loadJudged, scoreArticle, type ArticleScore } from './judged';

/**
 * What the default output reaches now, over all judged articles (a little below, for rounding): 1,698 of
 * 2,942 accepted as is (57.7%), 91.1% usable, 263 rejected (8.9%), 67.9% of key facts (1,776 of 2,615),
 * one question per 69 words. Three hundred were added unseen, two to eight at a time, each
 * batch judged before the generator's changes for it and before the ranker learned from them (proposed
 * then, accepted as is: 10 of 26, 12 of 35, 12 of 30, 17 of 26, 4 of 15, 24 of 43, 13 of 36, 17 of 37, 13
 * of 45, 19 of 46, 26 of 49, 15 of 21, 7 of 16, 6 of 22, 2 of 12, 7 of 23, 13 of 33, 17 of 39, 20 of 27, 12
 * of 25, 17 of 58, 20 of 43, 35 of 60, 15 of 49, 23 of 50, 13 of 61, 15 of 58, 23 of 40, 12 of 55, 12 of
 * 35, 8 of 30, 17 of 36, 17 of 33, 9 of 19, 18 of 36, 25 of 41, 16 of 26, 22 of 45, 15 of 40, 43 of 83, 26
 * of 68, 25 of 47, 40 of 63, 36 of 76, 34 of 51, 26 of 50, 22 of 42, 30 of 46, 22 of 40, 27 of 62, 33 of 64,
 * 20 of 52, 20 of 38, 41 of 73, 11 of 38, 38 of 67, 11 of 25, 36 of 48, 19 of 32, 9 of 16, 32 of 55, 40 of 70, 32 of 56, 22 of 34,
 * 30 of 50, 10 of 50, 17 of 36, 16 of 38, with 10, 11, 6, 7, 10, 13, 11, 11, 28, 19, 10, 4, 7, 8, 8, 9, 10, 9, 6, 8, 21, 11, 12, 21, 18, 27,
 * 25, 12, 27, 17, 17, 16, 10, 6, 12, 10, 7, 19, 20, 26, 22, 17, 14, 28, 11, 19, 13, 15, 14, 19, 22, 15, 13, 20, 19, 21, 12, 8, 6, 7, 15, 24, 19, 8, 14, 25, 13 and 13 more usable
 * after an edit). The accepted floor went down from 0.57 when nineteen came in at 49% and when four came
 * in at 44% after their fixes (a bail hearing accepted as is one question in five), was back at 0.57 with
 * the twelve before the twenty-four before the fifty-eight since, 0.58 with those twenty-four, went back to 0.57
 * with the twenty-nine after them (55.8% after their fixes; two of them, play-by-play of a Super Bowl and
 * of a Wimbledon final, gave 13 of their 30 rejected), stays 0.57 with the twenty-nine after them (62.2% after
 * their fixes; the 276 before them stayed at 57.7%), and with the last forty (57.9% after their fixes, 51% as
 * first proposed; a sitting volleyball report gave 5 of their 59 rejected; the 305 before them at 57.7%). One question per 80 words was met over 173 articles,
 * missed (81) when eight more came in, quoted statements and reported claims for the most part, at one
 * question per 99 words, and is met again (78.8) with the next fourteen, two of them news digests, and 77.0
 * with the twelve after them, five of them digests, 75.2 with the twelve after those, 74.5 with the next
 * twenty-four, 72.0 with the twenty-nine after them, 71.1 with the twenty-nine after those and 68.9 with
 * the last forty; asking
 * more of such articles would take candidates the model expects to be rejected (a lower fallback bar, one
 * question per 73 words instead of 90, added 18 questions over 181 articles: 1 accepted as is, 9 to edit,
 * 5 rejected, 3 not yet judged). A multiple-choice verdict counts only for the options judged (`judgedAs`).
 * Key-fact coverage counts the questions proposed now: judges listed which of them cover each key fact
 * whenever the set changed since the facts were listed.
 */
const FLOOR = { accepted: 0.57, usable: 0.9, keyFacts: 0.67, wordsPerQuestion: 70 };
/**
 * The most questions judged R the default output may hold (263 of 2,942 now: 236 of them on the 305
 * articles before the last forty, which held 230 of 2,533 before those came in and the refits they
 * brought; 209 of 2,278 on the 276 before the twenty-nine before them: 179 of them on the 247 articles
 * before the last twenty-nine, which held 174 of 1,972 before those came in and the refits they brought; 172
 * of 1,802 on the 223 before the twenty-four before them; 160 of 1,666 on the 211 before the twelve before
 * those, 156 of 1,644 before their fixes; 151 of 1,527 before those twelve, and 133 of 1,391 before the
 * fourteen before them, whose play-by-play of a basketball game alone gave 9). Letting true/false take up
 * to three quarters of a set (from 0.65) covered 4 more points of key facts for about one more R in 100.
 */
const MOST_REJECTED = 0.095;

const articles = loadArticles();
const scores: ArticleScore[] = [];

describe('generated questions on real articles, judged blind', () => {
	for (const article of articles) {
		it(`${article.name}: every proposed question judged, and a valid set`, () => {
			const judged = loadJudged(article.name);
			expect(judged, `no verdicts for ${article.name}`).toBeDefined();
			const text = readFileSync(article.path, 'utf8');
			const result = generateQuestions(text, article.date ? { articleDate: article.date } : {});
			const score = scoreArticle(judged!, result.candidates.map((c) => c.question), result.wordCount);
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

describe('a verdict', () => {
	const judged = {
		article: 'demo',
		keyFacts: [],
		questions: { 'q-1': { type: 'multiple_choice', prompt: 'How many laps did Tom Berg lead?', answer: '60', choices: ['30', '60', '120', '540'], verdict: 'A' as const, reason: 'fine' } }
	};
	const question = (choices: string[]) => ({ id: 'q-1', type: 'multiple_choice' as const, prompt: 'How many laps did Tom Berg lead?', choices, answer: choices.indexOf('60') });

	it('stays with a question whose options are as judged, and lapses when they change (judged again)', () => {
		expect(judgedAs(judged, question(['30', '60', '120', '540']))?.verdict).toBe('A');
		expect(judgedAs(judged, question(['42', '60', '96', '72']))).toBeUndefined();
	});
});
