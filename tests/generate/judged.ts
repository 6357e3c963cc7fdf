/**
 * The generator's judged fixtures: real articles (tests/fixtures/generator/articles.json) and the
 * blind verdicts on the questions generated from them (tests/fixtures/generator/judged/NAME.json).
 * Shared by the fixture test, the judging script and the ranker's fitting script.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Question } from '../../src/lib/formats/question-set';

export type Verdict = 'A' | 'E' | 'R';

export interface JudgedQuestion {
	type: string;
	prompt: string;
	answer: string;
	choices?: string[];
	verdict: Verdict;
	reason: string;
}

export interface Judged {
	article: string;
	questions: Record<string, JudgedQuestion>;
	/** The facts a teacher would most want covered, with the judged questions that cover each. */
	keyFacts: Array<{ fact: string; coveredBy: string[] }>;
}

export interface Article {
	name: string;
	path: string;
	set: 'develop' | 'holdout';
	date?: string;
}

/** The fixtures' folder; a test of the judging script points it at a folder of its own. */
const ROOT = process.env.FACTDRILL_JUDGED_DIR ?? 'tests/fixtures/generator';

export function loadArticles(): Article[] {
	const list = JSON.parse(readFileSync(`${ROOT}/articles.json`, 'utf8')) as { articles: Article[] };
	return list.articles;
}

export function judgedPath(name: string): string {
	return `${ROOT}/judged/${name}.json`;
}

export function loadJudged(name: string): Judged | undefined {
	const path = judgedPath(name);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Judged) : undefined;
}

export interface ArticleScore {
	article: string;
	words: number;
	questions: number;
	A: number;
	E: number;
	R: number;
	unjudged: number;
	keyFacts: number;
	keyFactsCovered: number;
	rejected: string[];
	unjudgedIds: string[];
}

/**
 * The verdict on a question as the generator writes it now. A question's id comes from its prompt and
 * answer, not its wrong options: a multiple-choice question whose options changed since it was judged
 * is judged again, so its verdict is none.
 */
export function judgedAs(judged: Judged | undefined, question: Question): JudgedQuestion | undefined {
	const found = judged?.questions[question.id];
	if (!found) return undefined;
	if (question.type === 'multiple_choice' && found.choices && JSON.stringify(found.choices) !== JSON.stringify(question.choices)) return undefined;
	return found;
}

/** The judged table row for the questions the generator proposes now. */
export function scoreArticle(judged: Judged, questions: Question[], words: number): ArticleScore {
	const ids = questions.map((q) => q.id);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const verdict = (id: string) => judgedAs(judged, byId.get(id)!)?.verdict;
	const count = (v: Verdict) => ids.filter((id) => verdict(id) === v).length;
	const usable = new Set(ids.filter((id) => verdict(id) === 'A' || verdict(id) === 'E'));
	return {
		article: judged.article,
		words,
		questions: ids.length,
		A: count('A'),
		E: count('E'),
		R: count('R'),
		unjudged: ids.filter((id) => !verdict(id)).length,
		keyFacts: judged.keyFacts.length,
		keyFactsCovered: judged.keyFacts.filter((k) => k.coveredBy.some((id) => usable.has(id))).length,
		rejected: ids.filter((id) => verdict(id) === 'R').map((id) => `${id}: ${judged.questions[id]!.prompt} — ${judged.questions[id]!.reason}`),
		unjudgedIds: ids.filter((id) => !verdict(id))
	};
}
