/**
 * Article in, candidate questions out. Pure TypeScript plus compromise: runs in Node and in a Web Worker.
 * Overgenerates from every usable sentence, then ranks and keeps about one question per 120 words.
 */
import type { Question, QuestionType } from '../formats/question-set';
import { analyzeArticle, type Mention } from './analyze';
import { findAttribution } from './attribution';
import { parseIsoDate } from './dates';
import { buildPools } from './distractors';
import { buildCandidates, type Candidate, type Rejection } from './questions';
import { mulberry32 } from './random';
import { screenSentence } from './screen';

export { describeUnusableText, htmlToText, markdownToText } from './text';
export { toQuestionSet, type SetMeta } from './set';

export interface GenerateOptions {
	/** Seed of the PRNG that orders choices and picks swaps; the same text and seed give the same set. */
	seed?: number;
	/** The article's date, YYYY-MM-DD: anchors "Wednesday", "this year", "two weeks ago". */
	articleDate?: string;
	/** How many questions to return; default about one per 120 words. */
	count?: number;
	/** Question types allowed; default all the generator makes. */
	types?: QuestionType[];
	/** Also return the dropped sentences and candidates with the reason. */
	includeRejected?: boolean;
	/** Called as the work advances: `done` of `total` steps of `stage`. */
	onProgress?: (stage: 'reading' | 'writing', done: number, total: number) => void;
}

export interface GeneratedCandidate {
	question: Question;
	score: number;
	type: QuestionType;
	sentence: { text: string; start: number; end: number };
}

export interface GenerateResult {
	candidates: GeneratedCandidate[];
	rejected?: Rejection[];
	wordCount: number;
}

export type { Rejection };

const DEFAULT_TYPES: QuestionType[] = ['cloze', 'multiple_choice', 'short_answer', 'true_false', 'numeric', 'date'];
const WORDS_PER_QUESTION = 120;

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
	const seed = options.seed ?? 1;
	const random = mulberry32(seed);
	const articleDate = parseIsoDate(options.articleDate);
	const types = new Set(options.types && options.types.length > 0 ? options.types : DEFAULT_TYPES);
	const rejected: Rejection[] = [];
	const reject = (r: Rejection) => rejected.push(r);

	const article = analyzeArticle(text.replace(/\r\n?/g, '\n'), articleDate, (done, total) => options.onProgress?.('reading', done, total));
	const wanted = Math.max(0, Math.floor(options.count ?? Math.max(1, Math.round(article.wordCount / WORDS_PER_QUESTION))));

	const screened = article.sentences.map((sentence) => {
		const attribution = findAttribution(sentence);
		const reason = screenSentence(sentence, attribution);
		if (reason) reject({ text: sentence.text, reason, start: sentence.start, end: sentence.end });
		return { sentence, attribution, usable: reason === null };
	});
	const pools = buildPools(article, (m: Mention) => !m.inQuote, articleDate?.getUTCFullYear());

	const bySentence: Candidate[][] = [];
	for (const [index, { sentence, attribution, usable }] of screened.entries()) {
		options.onProgress?.('writing', index, screened.length);
		if (!usable) continue;
		const list = buildCandidates(sentence, attribution, { article, pools, random, reject }).filter((c) => types.has(c.type));
		if (list.length === 0) {
			reject({ text: sentence.text, reason: 'no fact to ask about (no full name, number, date or model that can be blanked)', start: sentence.start, end: sentence.end });
			continue;
		}
		list.sort((a, b) => b.score - a.score);
		bySentence.push(list);
	}

	const chosen = select(bySentence, wanted, random, reject);
	chosen.sort((a, b) => a.sentence.start - b.sentence.start);
	const ids = new Set<string>();
	const candidates = chosen.map((c) => {
		let id = c.question.id;
		for (let n = 2; ids.has(id); n++) id = `${c.question.id}-${n}`;
		ids.add(id);
		return {
			question: { ...c.question, id },
			score: Math.round(c.score * 1000) / 1000,
			type: c.type,
			sentence: { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end }
		};
	});
	return { candidates, wordCount: article.wordCount, ...(options.includeRejected ? { rejected } : {}) };
}

/** Best sentences first, one question each, types kept varied; no two questions on the same fact. */
function select(bySentence: Candidate[][], wanted: number, random: () => number, reject: (r: Rejection) => void): Candidate[] {
	const order = bySentence.slice().sort((a, b) => b[0]!.score - a[0]!.score || a[0]!.sentence.start - b[0]!.sentence.start);
	const chosen: Candidate[] = [];
	const typeCount = new Map<QuestionType, number>();
	const answerCount = new Map<string, number>();
	const chosenWords: Array<Set<string>> = [];
	for (const list of order) {
		const best = list[0]!;
		if (chosen.length >= wanted) {
			reject({ text: best.sentence.text, reason: 'ranked below the wanted number of questions', start: best.sentence.start, end: best.sentence.end });
			continue;
		}
		const words = contentWords(best.fact.text);
		const duplicate = chosenWords.some((w) => jaccard(w, words) > 0.5);
		if (duplicate) {
			reject({ text: best.sentence.text, reason: "near-duplicate of a higher-ranked question's fact", start: best.sentence.start, end: best.sentence.end });
			continue;
		}
		const viable = list.filter((c) => c.score >= best.score * 0.85 && (answerCount.get(c.answerKey) ?? 0) < 2);
		if (viable.length === 0) {
			reject({ text: best.sentence.text, reason: 'its answers are already asked twice', start: best.sentence.start, end: best.sentence.end });
			continue;
		}
		const least = Math.min(...viable.map((c) => typeCount.get(c.type) ?? 0));
		const pool = viable.filter((c) => (typeCount.get(c.type) ?? 0) === least);
		const pick = pool[Math.floor(random() * pool.length)]!;
		chosen.push(pick);
		chosenWords.push(words);
		typeCount.set(pick.type, least + 1);
		answerCount.set(pick.answerKey, (answerCount.get(pick.answerKey) ?? 0) + 1);
	}
	return chosen;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'with', 'by', 'from', 'that', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'its', 'his', 'her', 'their', 'as', 'it', 'be', 'been', 'said']);

function contentWords(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => !STOP.has(w)) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.max(1, a.size + b.size - shared);
}
