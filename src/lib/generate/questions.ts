/** From a screened sentence to candidate questions: a self-contained fact first, then one question per kind. */
import type { Question, QuestionType } from '../formats/question-set';
import { nameKey, type Article, type Mention, type Sentence } from './analyze';
import { attributionAt, type Attribution } from './attribution';
import { formatLike, isAlias, pickDistractors, type Pools } from './distractors';
import { COUNTRIES, PLACE_ALIASES } from './lexicon';
import { hashString, shuffled } from './random';

export interface Fact {
	text: string;
	/** Mentions with offsets in `text`. */
	mentions: Mention[];
	/** Maps an offset of the sentence to an offset of `text`. */
	map: (offset: number) => number;
}

export interface Candidate {
	question: Question;
	score: number;
	type: QuestionType;
	sentence: Sentence;
	answerKey: string;
	fact: Fact;
}

export interface Rejection {
	text: string;
	reason: string;
	start: number;
	end: number;
}

const KIND_WEIGHT: Record<string, number> = { person: 1, organization: 0.9, place: 0.8, model: 1, number: 0.9, year: 0.85, date: 0.75 };
const TYPE_WEIGHT: Record<QuestionType, number> = { cloze: 1, multiple_choice: 1, short_answer: 0.97, true_false: 0.85, numeric: 0.92, date: 0.92, flashcard: 0.5 };
const BLANK = '___';

type Draft = Question extends unknown ? (Question extends infer Q ? (Q extends Question ? Omit<Q, 'id'> : never) : never) : never;

/** Rewrites the sentence as a self-contained fact: surnames as full names, relative dates as absolute ones. */
export function buildFact(sentence: Sentence): Fact {
	const edits: Array<{ start: number; end: number; text: string }> = [];
	const seenPeople = new Set<string>();
	for (const m of sentence.mentions) {
		if (m.kind === 'person') {
			if (m.replacement && !m.inQuote && !m.modifier && !seenPeople.has(m.key)) edits.push({ start: m.start, end: m.end, text: m.replacement });
			seenPeople.add(m.key);
		}
	}
	for (const d of sentence.dates) if (d.replacement && !sentence.quotes.some(([a, b]) => d.start >= a && d.start < b)) edits.push({ start: d.start, end: d.end, text: d.replacement });
	edits.sort((a, b) => a.start - b.start);
	let text = '';
	let last = 0;
	const shifts: Array<{ at: number; end: number; delta: number; newLength: number }> = [];
	for (const e of edits) {
		if (e.start < last) continue;
		text += sentence.text.slice(last, e.start) + e.text;
		shifts.push({ at: e.start, end: e.end, delta: e.text.length - (e.end - e.start), newLength: e.text.length });
		last = e.end;
	}
	text += sentence.text.slice(last);
	const map = (offset: number) => {
		let delta = 0;
		for (const s of shifts) {
			if (offset >= s.end) delta += s.delta;
			else if (offset > s.at) return s.at + delta + s.newLength;
		}
		return offset + delta;
	};
	const mentions = sentence.mentions.map((m) => {
		const start = map(m.start);
		const edited = edits.find((e) => e.start === m.start && e.end === m.end);
		const end = edited ? start + edited.text.length : map(m.end);
		return { ...m, start, end, surface: text.slice(start, end) };
	});
	return { text, mentions, map };
}

export interface BuildContext {
	article: Article;
	pools: Pools;
	random: () => number;
	reject: (r: Rejection) => void;
}

/** Every question the sentence can give; rejected answers go to `reject` with the reason. */
export function buildCandidates(sentence: Sentence, attribution: Attribution, ctx: BuildContext): Candidate[] {
	const fact = buildFact(sentence);
	const out: Candidate[] = [];
	const words = fact.text.split(/\s+/).length;
	let sentenceScore = 1 - Math.max(0, words - 30) * 0.02 - Math.max(0, 10 - words) * 0.03;
	if (sentence.quotes.length > 0) sentenceScore -= 0.15;
	sentenceScore -= 0.1 * (sentence.index / Math.max(1, ctx.article.sentences.length));
	const rejectAnswer = (m: Mention, reason: string) => ctx.reject({ text: `${sentence.text} [answer: ${m.surface}]`, reason, start: sentence.start, end: sentence.end });

	for (const m of fact.mentions) {
		const reason = unusableAnswer(m, fact);
		if (reason) {
			if (reason !== 'skip') rejectAnswer(m, reason);
			continue;
		}
		const isSource = attribution.claims.some((c) => c.sourceMention && c.sourceMention.start === sentence.mentions.find((x) => x.key === m.key)?.start);
		const mentionCount = ctx.article.sentencesByKey.get(m.key)?.length ?? 1;
		const centrality = Math.min(0.1, (mentionCount - 1) * 0.03);
		const base = (KIND_WEIGHT[m.kind] ?? 0.5) * sentenceScore * (isSource ? 0.8 : 1) + centrality;
		const originalOffset = sentence.mentions.find((x) => x.key === m.key && x.kind === m.kind)?.start ?? 0;
		const attributionText = attributionAt(attribution, originalOffset);
		const blanked = fact.text.slice(0, m.start) + BLANK + fact.text.slice(m.end);
		const explanation = `From the article: “${sentence.text}”`;
		const common = { explanation, ...(attributionText ? { attribution: attributionText } : {}), provenance: { sentence: sentence.text, start: sentence.start, end: sentence.end } };
		const accepted = acceptedAnswers(m, ctx.article);
		const add = (type: QuestionType, question: Draft, weight = 1) => {
			const answerText = 'answer' in question ? String(question.answer) : '';
			const id = `q-${hashString(`${type}|${sentence.text}|${m.key}|${answerText}`).toString(36)}`;
			out.push({ question: { ...question, id } as Question, score: base * TYPE_WEIGHT[type] * weight, type, sentence, answerKey: m.key, fact });
		};

		if (m.kind === 'number') {
			const digits = /\d[\d,]*(\.\d+)?/.exec(m.surface)!;
			const numericPrompt = fact.text.slice(0, m.start + digits.index) + BLANK + fact.text.slice(m.start + digits.index + digits[0].length);
			add('numeric', { type: 'numeric', prompt: `Fill in the number: ${numericPrompt}`, answer: m.value!, tolerance: 0, ...(numericUnit(m) ? { unit: numericUnit(m) } : {}), ...common });
		} else if (m.kind === 'year' || m.kind === 'date') {
			const precision = m.date!.length === 4 ? 'year' : m.date!.length === 7 ? 'month and year' : 'date';
			add('date', { type: 'date', prompt: `Fill in the ${precision}: ${blanked}`, answer: m.date!, ...common }, m.kind === 'date' ? 0.9 : 1);
		}
		if (m.kind !== 'date') {
			add('cloze', { type: 'cloze', prompt: blanked, answer: m.surface, ...(accepted.length ? { accepted } : {}), ...common });
		}

		const wh = whQuestion(sentence, attribution, fact, m);
		if (wh) add('short_answer', { type: 'short_answer', prompt: wh, answer: m.name, ...(accepted.length ? { accepted: accepted.filter((a) => a !== m.name) } : {}), ...common });

		if (m.kind !== 'date') {
			const { names, fromArticle } = pickDistractors(m, fact.mentions, ctx.pools, 3, ctx.random);
			if (names.length === 3) {
				const answerChoice = m.kind === 'person' || m.kind === 'organization' || m.kind === 'place' ? (wh ? m.name : m.surface) : m.surface;
				const choices = shuffled([answerChoice, ...names], ctx.random);
				const distinct = new Set(choices.map((c) => c.toLowerCase())).size === choices.length;
				if (distinct) {
					add('multiple_choice', { type: 'multiple_choice', prompt: wh ?? blanked, choices, answer: choices.indexOf(answerChoice), ...common }, 0.97 + 0.01 * fromArticle);
				}
			} else rejectAnswer(m, 'not enough distractors of the same kind for multiple choice');
		}

		if (words <= 35 && !isSource) {
			const swap = falseStatement(sentence, fact, m, ctx);
			if (swap.statement) {
				add('true_false', { type: 'true_false', prompt: swap.statement, answer: false, ...common, explanation: `False: the article has ${m.surface}, not ${swap.replacement}. ${explanation}` });
			} else if (swap.reason) rejectAnswer(m, swap.reason);
			add('true_false', { type: 'true_false', prompt: fact.text, answer: true, ...common }, 0.9);
		}
	}
	return out;
}

/** Why a mention cannot be the answer; 'skip' for mentions that are plainly not answers. */
function unusableAnswer(m: Mention, fact: Fact): string | null {
	if (m.inQuote || m.modifier || m.weak || m.kind === 'other') return 'skip';
	if (m.kind === 'person' && m.name.split(/\s+/).length < 2) return 'broken name (no full name in the article)';
	if (/-$|^-/.test(m.surface) || /^\p{Ll}/u.test(m.surface)) return 'broken name';
	if (m.kind === 'number') {
		const special = /[$€£¥%]|percent|per cent|million|billion|trillion|\./.test(m.surface);
		if ((m.value ?? 0) < 10 && !special) return 'trivial blank (small counting number)';
		if (!m.unit && !special) return 'number without a unit';
	}
	if ((m.kind === 'date' || m.kind === 'year') && !m.date) return 'relative date cannot be anchored';
	const others = fact.mentions.filter((x) => x !== m && x.kind === m.kind && (x.key === m.key || (m.kind !== 'number' && m.kind !== 'year' && isAlias(x.name, m.name, m.kind))));
	if (others.length > 0) return 'answer appears in the prompt';
	const rest = (fact.text.slice(0, m.start) + ' ' + fact.text.slice(m.end)).toLowerCase();
	if (m.kind !== 'number' && m.kind !== 'year' && m.kind !== 'date' && new RegExp(`\\b${escapeRegExp(m.name.toLowerCase())}\\b`).test(rest)) return 'answer appears in the prompt';
	// A surname inside another name gives the answer away ("Comet 88P/Varga ... astronomer ___").
	if (m.kind === 'person' && m.name.split(/[\s-]+/).some((part) => part.length >= 3 && new RegExp(`\\b${escapeRegExp(part.toLowerCase())}\\b`).test(rest))) return 'part of the answer appears in the prompt';
	return null;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function acceptedAnswers(m: Mention, article: Article): string[] {
	const out = new Set<string>();
	if (m.kind === 'person') {
		const person = article.people.get(m.key);
		for (const v of person?.variants ?? []) out.add(v);
		out.add(m.name);
	} else if (m.kind === 'model') {
		out.add(m.name);
		out.add(m.name.replace(/-/g, ' '));
	} else if (m.kind === 'organization' || m.kind === 'place') {
		out.add(m.name);
		// Other names of the same country ("United States" for "America"), never its capital.
		if (m.kind === 'place' && m.subKind === 'country') {
			const group = PLACE_ALIASES.find((g) => g.includes(m.name) || g.includes(m.surface));
			for (const alias of group ?? []) if (alias !== 'Korea' && alias !== 'England' && (COUNTRIES.includes(alias) || /^[A-Z.]{2,6}$/.test(alias))) out.add(alias);
			if (m.name === 'Korea' || m.surface === 'Korea') out.clear();
		}
	} else if (m.kind === 'number') {
		out.add(String(m.value));
	}
	out.delete(m.surface);
	return [...out].filter((a) => a.trim() !== '');
}

const WH_FOR: Record<string, string> = { news: 'which news outlet', company: 'which company', university: 'which university', organization: 'which organisation', country: 'which country', city: 'which city', region: 'which region' };

/** "According to Rodong Sinmun, who personally greeted Sergei Shoigu …?" when the answer is the claim's subject. */
function whQuestion(sentence: Sentence, attribution: Attribution, fact: Fact, m: Mention): string | undefined {
	if (!['person', 'organization', 'place'].includes(m.kind) || m.possessive) return undefined;
	let prefix = '';
	let bodyStart = 0;
	let bodyEnd = fact.text.replace(/[.]["”’]?$/, '').length;
	if (attribution.claims.length > 0) {
		const sourceIsAnswer = attribution.claims.length === 1 && attribution.claims[0]!.sourceMention && fact.map(attribution.claims[0]!.sourceMention.start) === m.start;
		if (!sourceIsAnswer) {
			if (!attribution.body) return undefined;
			bodyStart = fact.map(attribution.body.start);
			bodyEnd = fact.map(attribution.body.end);
			prefix = `According to ${attribution.body.source}, `;
			// A hedge outside the body would be lost.
			const outside = fact.text.slice(0, bodyStart) + fact.text.slice(bodyEnd);
			if (/\b(reportedly|allegedly|apparently|purportedly|supposedly)\b/i.test(outside)) return undefined;
		}
	}
	const lead = fact.text.slice(bodyStart, m.start);
	if (!/^(the\s+|The\s+)?((\p{Lu}[\p{L}.-]*|\p{Ll}+)\s+){0,4}$/u.test(lead)) return undefined;
	if (lead.trim() !== '' && !/^((The|the)\s+)?((\p{Lu}[\p{L}.-]*)\s+)*((leader|dictator|strongman|minister|president|chief|executive|striker|coach|manager|founder|captain|researcher|scientist|physicist|economist|analyst|spokesperson|spokesman|spokeswoman|officer|head|director|chairman|chairwoman|midfielder|forward|defender|goalkeeper|winger|astronaut|ceo|governor|mayor|senator)\s+)?$/u.test(lead)) return undefined;
	if (m.kind !== 'person' && lead.trim() !== '' && lead.trim().toLowerCase() !== 'the') return undefined;
	const after = fact.text.slice(m.end, bodyEnd);
	const originalEnd = sentence.mentions.find((x) => x.key === m.key)?.end ?? 0;
	const next = sentence.terms.filter((t) => t.start >= originalEnd);
	const first = next[0];
	const verb = first && (first.tags.has('Verb') && !first.tags.has('Gerund') ? first : first.tags.has('Adverb') && next[1]?.tags.has('Verb') ? next[1] : undefined);
	if (!verb || !/^\s+\p{Ll}/u.test(after) || verb.tags.has('Infinitive') && !verb.tags.has('PresentTense')) return undefined;
	if (/^\s+(and|or|,)/.test(after)) return undefined;
	const wh = m.kind === 'person' ? 'who' : WH_FOR[m.subKind ?? ''];
	if (!wh) return undefined;
	const question = `${prefix}${wh}${after.replace(/\s+$/, '')}?`;
	return question.charAt(0).toUpperCase() + question.slice(1);
}

/** The fact with `m` swapped for another of its kind that the article shows to be wrong. */
function falseStatement(sentence: Sentence, fact: Fact, m: Mention, ctx: BuildContext): { statement?: string; replacement?: string; reason?: string } {
	if (m.kind === 'date') return {};
	// One item of a list ("Hyundai and Volkswagen"): the article does not show a swapped item to be false.
	const before = fact.text.slice(Math.max(0, m.start - 6), m.start);
	const after = fact.text.slice(m.end, m.end + 6);
	if (/(,|\band|\bor|&)\s*$/.test(before) || /^(['’]s)?\s*(,\s*(and|or)?|and\b|or\b|&)/.test(after)) {
		if (!/^,\s/.test(after) || /(,|\band|\bor)\s*$/.test(before)) return { reason: 'one item of a list: a swap is not shown false' };
	}
	if (m.kind === 'organization' || m.kind === 'place') return { reason: 'swapped organisations and places are rarely shown false' };
	const { names } = pickDistractors(m, fact.mentions, ctx.pools, 3, ctx.random);
	const keys = fact.mentions.filter((x) => x !== m && ['person', 'organization', 'place', 'model'].includes(x.kind) && !x.inQuote).map((x) => x.key);
	for (const name of names) {
		// Accidentally true: another sentence puts the swapped-in thing with the same other participants.
		const bare = m.kind === 'model' && m.plural ? name.replace(/s$/, '') : name;
		const nearby = [...(ctx.article.sentencesByKey.get(m.kind === 'number' || m.kind === 'year' ? name : nameKey(bare)) ?? []), ...(ctx.article.sentencesByKey.get(bare) ?? [])];
		const risky = nearby.some((s) => {
			if (s === sentence) return false;
			const has = s.mentions.some((x) => (m.kind === 'number' || m.kind === 'year' ? x.surface === name : isAlias(x.name, bare, m.kind)));
			if (!has) return false;
			if (m.kind === 'number' || m.kind === 'year') return true;
			const shared = keys.filter((k) => s.mentions.some((x) => x.key === k)).length;
			return keys.length === 0 || shared >= Math.ceil(keys.length / 2);
		});
		if (risky) continue;
		const statement = fact.text.slice(0, m.start) + name + fact.text.slice(m.end);
		return { statement, replacement: name };
	}
	return names.length ? { reason: 'every swap could be accidentally true' } : {};
}

export { formatLike };

/** "trillion won" for "19.3 trillion won": the unit a learner reads after the number. */
function numericUnit(m: Mention): string | undefined {
	if (!m.unit || m.unit.includes(' ')) return undefined;
	const multiplier = /\b(million|billion|trillion)\b/.exec(m.surface)?.[1];
	return multiplier ? `${multiplier} ${m.unit}` : m.unit;
}
