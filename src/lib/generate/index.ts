/**
 * Article in, candidate questions out. Pure TypeScript plus compromise: runs in Node and in a Web Worker.
 *
 * 1. structure — headline, body, and what a quiz leaves alone (captions, credits, lists, contacts, boilerplate);
 * 2. analyse — sentences, tags, names, quantities and dates;
 * 3. context — what the article says about each name; which names never to blank;
 * 4. facts — each body sentence rewritten to stand alone, or dropped with the reason; key-fact scores;
 * 5. forms — every question each fact gives; 6. rank — a fitted model's chance a teacher accepts it;
 * 7. select — key facts first, one question each, no question giving away another's answer.
 */
import { GENERATED_TYPES } from '../core/question-types';
import type { Question, QuestionType } from '../formats/question-set';
import { analyzeArticle, type Article } from './analyze';
import { contentWords, readContext, type ArticleContext } from './context';
import { parseIsoDate } from './dates';
import { chosenFact, readFacts, type Fact } from './facts';
import { questionsFor, questionsForSpan, saidQuestions, timelineQuestions, type Candidate, type Form } from './forms';
import { acceptance, features, type FeatureName } from './rank';
import { readStructure, type ArticleDetails } from './structure';

export { describeUnusableText, htmlToText, markdownToText } from './text';
export { toQuestionSet, type SetMeta } from './set';
export type { ArticleDetails } from './structure';

export interface GenerateOptions {
	/** The article's date, YYYY-MM-DD: anchors "Wednesday", "this year", "two weeks ago". Default: the date the text gives. */
	articleDate?: string;
	/** How many questions to return; default about one per 70 words, fewer when the article has fewer good facts. */
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
	/** The ranking model's chance that a teacher accepts the question as is. */
	score: number;
	type: QuestionType;
	form: Form;
	/** Id of the key fact (or other fact) it asks about. */
	fact: string;
	sentence: { text: string; start: number; end: number };
}

export interface KeyFact {
	id: string;
	/** The fact as a student reads it, standing alone. */
	text: string;
	sentence: { text: string; start: number; end: number };
	score: number;
	/** Ids of the chosen questions that ask about it. */
	coveredBy: string[];
}

export interface Rejection {
	text: string;
	reason: string;
	start: number;
	end: number;
}

export interface GenerateResult {
	/** The proposed set, in article order. */
	candidates: GeneratedCandidate[];
	/** The next-ranked questions, best first, for "more questions". */
	more: GeneratedCandidate[];
	/** The article's most central facts, most central first, with the questions that cover each. */
	keyFacts: KeyFact[];
	/** Title, date and publisher as the text gives them. */
	details: ArticleDetails;
	rejected?: Rejection[];
	wordCount: number;
}

const DEFAULT_TYPES = GENERATED_TYPES;
const WORDS_PER_QUESTION = 40;
const MINIMUM_WORDS = 90;
/** Below this chance of acceptance a candidate is offered only under "more questions"… */
const ACCEPTABLE = 0.5;
/** …unless the article has too few better ones. */
const FALLBACK = 0.45;
const MORE = 40;
/**
 * True/false at most this share of the set: each question of another kind lets in up to three. At
 * 0.65 the judged sets held fewer key facts (58% against 62%) at the same acceptance.
 */
const TRUE_FALSE_SHARE = 0.75;
/** How much lower than a true statement a question of another kind on the same fact may rank and still go first. */
const TRUE_STATEMENT_HANDICAP = 0.1;
/**
 * How much lower a false version may rank than the true statement and still replace it, to balance the
 * answers. At 0.25 the judged sets held 5 false statements in 238; at 0.4, 14, for one more R in 434.
 */
const FALSE_VERSION_MARGIN = 0.4;
/**
 * The lowest score a false version may have and still replace its true statement, and the kinds that
 * may: another figure, another date, an opposite word. Judged blind, a bare "not" was accepted as is 12
 * times in 52 and rejected 17 times; another actor ("Bruno Mars's two-point conversion") was rejected
 * 7 times in 9.
 */
const FALSE_VERSION_FLOOR = 0.3;
const BALANCING_FORMS = new Set(['false-number', 'false-opposite', 'false-date']);

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
	const analysis = analyse(text, options);
	const { article, context, facts, dropped } = analysis;
	const types = new Set(options.types && options.types.length > 0 ? options.types : DEFAULT_TYPES);
	const rejected: Rejection[] = dropped.map((d) => ({ text: d.sentence.text, reason: d.reason, start: d.sentence.start, end: d.sentence.end }));

	const ranked: Ranked[] = [];
	facts.forEach((fact, index) => {
		options.onProgress?.('writing', index, facts.length);
		for (const c of questionsFor(fact, context)) if (types.has(c.type)) ranked.push(rank(c, context));
	});
	if (types.has('ordering')) for (const c of timelineQuestions(facts)) ranked.push(rank(c, context));
	if (types.has('matching')) for (const c of saidQuestions(facts, context)) ranked.push(rank(c, context));
	for (const fact of facts) if (!ranked.some((r) => r.candidate.fact === fact)) rejected.push({ text: fact.sentence.text, reason: 'no fact a question can ask for (no name, number or date to ask about)', start: fact.sentence.start, end: fact.sentence.end });

	// A teacher who picked some types wants their questions even where the model doubts them.
	const steered = GENERATED_TYPES.some((t) => !types.has(t));
	// A question over several sentences ("who said what") stands on a fact of its own.
	const selectable = [...facts, ...new Set(ranked.map((r) => r.candidate.fact).filter((f) => !facts.includes(f)))];
	const chosen = choose(ranked, selectable, article.wordCount, options.count, steered);
	const chosenSet = new Set(chosen);
	const more = select(ranked.filter((r) => !chosenSet.has(r)), selectable, MORE, chosen, ranked);
	const keyFacts = keyFactsOf(facts, article, chosen);
	chosen.sort((a, b) => a.candidate.fact.sentence.start - b.candidate.fact.sentence.start);
	return {
		candidates: chosen.map(publish),
		more: more.map(publish),
		keyFacts,
		details: analysis.details,
		wordCount: article.wordCount,
		...(options.includeRejected ? { rejected: rejected.sort((a, b) => a.start - b.start) } : {})
	};
}

/** Every candidate the article gives, with the ranking features and score: for `npm run fit-ranker`. */
export function allCandidates(text: string, options: GenerateOptions = {}): Array<{ question: Question; form: Form; features: Record<FeatureName, number>; score: number }> {
	const { context, facts } = analyse(text, options);
	return [...facts.flatMap((fact) => questionsFor(fact, context)), ...timelineQuestions(facts), ...saidQuestions(facts, context)].map((c) => rank(c, context)).map((r) => ({ question: r.candidate.question, form: r.candidate.form, features: r.features, score: r.score }));
}

export interface Selection {
	/** Offsets in the article text, as the teacher selected them. */
	start: number;
	end: number;
}

/**
 * The questions a teacher's selection gives: a whole sentence (or a tap on it) gives every question of
 * that sentence, best first; a phrase gives the questions with that phrase as the answer. Empty, with
 * the reason, when the selection holds no sentence of the article.
 */
export function questionsAbout(text: string, selection: Selection, options: Omit<GenerateOptions, 'count' | 'includeRejected'> = {}): { candidates: GeneratedCandidate[]; error?: string } {
	const { article, context } = analyse(text, options);
	const sentence = article.sentences.find((s) => selection.start < s.end && selection.end > s.start && selection.start >= s.start - 1);
	if (!sentence) return { candidates: [], error: 'the selection is not inside a sentence of the article' };
	if (selection.end > sentence.end + 1) return { candidates: [], error: 'select words within one sentence' };
	const fact = chosenFact(context, sentence);
	const start = Math.max(0, selection.start - sentence.start);
	const end = Math.min(sentence.text.length, selection.end - sentence.start);
	const whole = start <= 1 && end >= sentence.text.length - 2;
	const found = whole ? questionsFor(fact, context) : questionsForSpan(fact, context, start, end);
	const types = new Set(options.types && options.types.length > 0 ? options.types : DEFAULT_TYPES);
	const ranked = found.filter((c) => types.has(c.type)).map((c) => rank(c, context)).sort((a, b) => b.score - a.score);
	if (ranked.length === 0) return { candidates: [], error: whole ? 'no question can be made from this sentence' : 'no question can be made with these words as the answer' };
	return { candidates: ranked.map(publish) };
}

interface Analysis {
	article: Article;
	context: ArticleContext;
	facts: Fact[];
	dropped: ReturnType<typeof readFacts>['dropped'];
	details: ArticleDetails;
}

export function analyse(text: string, options: GenerateOptions): Analysis {
	const normalised = text.replace(/\r\n?/g, '\n');
	const structure = readStructure(normalised);
	const details = { ...structure.details, ...(options.articleDate ? { date: options.articleDate } : {}) };
	const article = analyzeArticle(normalised, parseIsoDate(details.date), (done, total) => options.onProgress?.('reading', done, total), structure.blocks);
	const context = readContext(article, details);
	const { facts, dropped } = readFacts(context);
	return { article, context, facts, dropped, details };
}

interface Ranked {
	candidate: Candidate;
	score: number;
	features: Record<FeatureName, number>;
}

function rank(candidate: Candidate, context: ArticleContext): Ranked {
	const values = features(candidate, (key) => context.entities.get(key)?.mentions ?? 0);
	return { candidate, score: acceptance(values), features: values };
}

/**
 * The proposed set. Asked for a number, the best that many. By default up to one question per 40
 * words from the candidates the model expects a teacher to accept (fewer such candidates are the
 * usual limit); only when those fall short of one per 90 words, the next best (down to FALLBACK).
 */
function choose(ranked: Ranked[], facts: Fact[], words: number, count: number | undefined, steered: boolean): Ranked[] {
	if (count !== undefined) return select(ranked, facts, Math.max(0, Math.floor(count)), [], ranked);
	const target = Math.max(3, Math.round(words / WORDS_PER_QUESTION));
	const chosen = select(ranked.filter((r) => r.score >= ACCEPTABLE), facts, target, [], ranked);
	const minimum = Math.max(3, Math.round(words / MINIMUM_WORDS));
	if (chosen.length < minimum) chosen.push(...select(ranked.filter((r) => r.score >= FALLBACK && !chosen.includes(r)), facts, minimum - chosen.length, chosen, ranked));
	// Only some types chosen (ordering, select all): the best of those types, whatever the model thinks of them.
	if (steered && chosen.length < minimum) chosen.push(...select(ranked.filter((r) => !chosen.includes(r)), facts, minimum - chosen.length, chosen, ranked));
	return chosen;
}

/**
 * Key facts first: the best question of each fact, facts in order of centrality and the model's
 * score; then second questions on facts already asked. A question is skipped when its answer is in
 * a chosen question's prompt or a chosen answer is in its prompt, and true/false stays within its share (see `fits`).
 */
function select(ranked: Ranked[], facts: Fact[], wanted: number, already: Ranked[] = [], every: Ranked[] = ranked): Ranked[] {
	const chosen: Ranked[] = [];
	const all = () => [...already, ...chosen];
	// The false versions of each fact's statement, for a set whose true/false answers would all be "True".
	const falseVersions = new Map<Fact, Ranked[]>();
	for (const r of every) {
		if (r.candidate.question.type !== 'true_false' || r.candidate.question.answer || r.score < FALSE_VERSION_FLOOR || !BALANCING_FORMS.has(r.candidate.form)) continue;
		falseVersions.set(r.candidate.fact, [...(falseVersions.get(r.candidate.fact) ?? []), r].sort((a, b) => b.score - a.score));
	}
	const byFact = new Map<Fact, Ranked[]>();
	for (const r of ranked) {
		const list = byFact.get(r.candidate.fact) ?? [];
		list.push(r);
		byFact.set(r.candidate.fact, list);
	}
	// An answer named in many other facts blocks their questions (each would give it away): such a
	// question ranks a little lower than one whose answer is local to its fact.
	const spread = (r: Ranked) => {
		const answer = r.candidate.answerText.toLowerCase();
		if (!answer || r.candidate.type === 'true_false') return 0;
		return facts.filter((f) => f !== r.candidate.fact && f.text.toLowerCase().includes(answer)).length;
	};
	// A lifted true statement is the weakest kind of question (and a set of them is all "True"): a
	// question that asks for the fact's name, number or date goes first unless it ranks well below.
	const value = new Map(ranked.map((r) => [r, r.score - 0.04 * Math.min(5, spread(r)) - (r.candidate.form === 'true' ? TRUE_STATEMENT_HANDICAP : 0)]));
	for (const list of byFact.values()) list.sort((a, b) => value.get(b)! - value.get(a)!);
	const priority = (fact: Fact) => 0.5 * fact.keyScore + 0.5 * (byFact.get(fact)?.[0]?.score ?? 0);
	const order = facts.filter((f) => byFact.has(f)).sort((a, b) => priority(b) - priority(a) || a.sentence.start - b.sentence.start);
	// The type quotas count against the set this can make (one question per fact at first), not a
	// wish for more: seven questions from seven facts hold at most two true/false.
	const reachable = Math.min(wanted, byFact.size + already.length);
	// Rounds: every fact's first question, again for the facts whose question did not fit the set as it
	// then stood (a true/false waits for other kinds to come in), then second and third questions.
	for (const round of [0, 0, 1, 2]) {
		if (chosen.length >= wanted) break;
		for (const fact of order) {
			if (chosen.length >= wanted) break;
			const asked = all().filter((r) => r.candidate.fact === fact).length;
			if (asked !== round) continue;
			let pick = (byFact.get(fact) ?? []).find((r) => fits(r, all(), wanted, reachable));
			// True and false answers in balance: once "True" leads, a fact's statement is asked in its
			// false version when that ranks nearly as well.
			if (pick && pick.candidate.form === 'true') {
				const statements = all().filter((r) => r.candidate.question.type === 'true_false');
				const trues = statements.filter((r) => r.candidate.question.answer === true).length;
				if (trues > statements.length - trues) pick = (falseVersions.get(fact) ?? []).find((r) => r.score >= pick!.score - FALSE_VERSION_MARGIN && fits(r, all(), wanted, reachable)) ?? pick;
			}
			if (pick) chosen.push(pick);
		}
	}
	return chosen;
}

function fits(r: Ranked, chosen: Ranked[], wanted: number, reachable: number): boolean {
	const c = r.candidate;
	if (chosen.includes(r)) return false;
	// A varied set: true/false at most three quarters of what the article can give, dates at most a quarter of the wish.
	const trueFalse = chosen.filter((x) => x.candidate.type === 'true_false').length;
	if (c.type === 'true_false' && (trueFalse + 1 > Math.max(1, Math.floor(reachable * TRUE_FALSE_SHARE)) || trueFalse + 1 > Math.ceil((chosen.length + 1) * TRUE_FALSE_SHARE))) return false;
	if (c.type === 'date' && chosen.filter((x) => x.candidate.type === 'date').length + 1 > Math.max(1, Math.floor(wanted / 4))) return false;

	for (const other of chosen) {
		const o = other.candidate;
		if (o.answerKey === c.answerKey && (o.form === c.form || o.fact === c.fact)) return false;
		if (o.fact === c.fact && (o.type === 'true_false' || c.type === 'true_false')) return false;
		if (givesAway(c, o) || givesAway(o, c)) return false;
	}
	return true;
}

/**
 * `a` shows `b`'s answer in the same setting: its prompt or options hold the answer and share the
 * fact's other words ("skipper John Terry … Chelsea" beside "Chelsea skipper ___ was injured"). A
 * name that merely recurs in another part of the story gives nothing away.
 */
function givesAway(a: Candidate, b: Candidate): boolean {
	if (b.type === 'true_false' || !b.answerText) return false;
	const shown = `${a.question.prompt} ${a.question.type === 'multiple_choice' ? a.question.choices.join(' ') : ''}`.toLowerCase();
	const answer = b.answerText.toLowerCase();
	if (answer.length < 2) return false;
	if (!new RegExp(`(^|[^\\p{L}\\p{N}])${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(shown)) return false;
	if (a.fact === b.fact) return true;
	const answerWords = new Set(contentWords(answer));
	const setting = new Set(contentWords(b.question.prompt).filter((w) => !answerWords.has(w)));
	const shared = contentWords(a.question.prompt).filter((w) => setting.has(w) && !answerWords.has(w));
	return new Set(shared).size >= Math.min(3, Math.max(1, Math.ceil(setting.size * 0.3)));
}

function factId(fact: Fact): string {
	return `f${fact.sentence.index}`;
}

function publish(r: Ranked): GeneratedCandidate {
	const { candidate } = r;
	const s = candidate.fact.sentence;
	return {
		question: candidate.question,
		score: Math.round(r.score * 1000) / 1000,
		type: candidate.type,
		form: candidate.form,
		fact: factId(candidate.fact),
		sentence: { text: s.text, start: s.start, end: s.end }
	};
}

/** The most central facts (about one per 100 words, 4 to 12), each with the chosen questions on it. */
function keyFactsOf(facts: Fact[], article: Article, chosen: Ranked[]): KeyFact[] {
	const count = Math.max(4, Math.min(12, Math.round(article.wordCount / 100)));
	return facts
		.slice()
		.sort((a, b) => b.keyScore - a.keyScore)
		.slice(0, count)
		.map((fact) => ({
			id: factId(fact),
			text: fact.lead ? `${fact.lead} ${fact.text}` : fact.text,
			sentence: { text: fact.sentence.text, start: fact.sentence.start, end: fact.sentence.end },
			score: Math.round(fact.keyScore * 1000) / 1000,
			coveredBy: chosen.filter((r) => r.candidate.fact === fact).map((r) => r.candidate.question.id)
		}));
}
