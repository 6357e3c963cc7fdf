/**
 * A sentence's main clause in four parts — a leading adverbial ("From January 2023 to August 2025,"),
 * the subject, the verb group and the rest — read from compromise's part-of-speech tags. Enough to
 * turn a plain declarative sentence into a question ("How many … did X complete?", "Who announced …?");
 * sentences it cannot read simply keep the fill-in-the-blank forms.
 */
import nlp from 'compromise';
import type { Sentence } from './analyze';

export interface Token {
	text: string;
	start: number;
	end: number;
	tags: Set<string>;
}

export interface Span {
	start: number;
	end: number;
}

export interface Clause {
	lead?: Span;
	subject: Span;
	/** Auxiliaries, adverbs and the main verb: "has now been disseminated". */
	verb: Span;
	/** The first auxiliary or modal ("has", "will", "was"), when there is one. */
	auxiliary?: Token;
	main: Token;
	rest: Span;
	/** Offset of the final punctuation (the end of the text when there is none). */
	end: number;
	tense: 'past' | 'present';
	pluralSubject: boolean;
	copular: boolean;
	passive: boolean;
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'although', 'though', 'as', 'because', 'if', 'unless', 'once', 'until', 'following', 'despite', 'during', 'with', 'without', 'under', 'over', 'from', 'in', 'on', 'at', 'by', 'for', 'through', 'throughout', 'among', 'between', 'beyond', 'within', 'like', 'unlike', 'prior', 'upon', 'across', 'along', 'around', 'now', 'today', 'recently', 'earlier', 'later', 'last', 'this', 'next', 'shortly', 'just', 'here']);
const GROUP_ADVERBS = new Set(['not', 'also', 'now', 'previously', 'already', 'still', 'recently', 'first', 'initially', 'successfully', 'officially', 'automatically', 'formally', 'jointly', 'eventually', 'finally', 'currently', 'originally', 'largely', 'mostly', 'directly', 'only', 'just', 'then', 'again', 'soon', 'ever', 'never', 'regularly', 'often', 'typically', 'usually', 'generally', 'actually', 'reportedly', 'allegedly', 'likely', 'immediately', 'quickly', 'slowly', 'nearly', 'almost', 'successfully', 'publicly', 'previously']);
const AUXILIARIES = /^(is|are|was|were|be|been|being|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|am)$/i;

/** Words with their compromise tags; hyphenated parts ("state-of-the-art") are one token. */
export function tokensOf(sentence: Sentence): Token[] {
	const out: Token[] = [];
	const re = /[\p{L}\p{N}$€£¥][\p{L}\p{N}'’.,%$&/-]*[\p{L}\p{N}%]|[\p{L}\p{N}$%]/gu;
	const text = sentence.text;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let word = m[0];
		// A trailing full stop belongs to the sentence unless the word is an abbreviation ("U.S.", "Nov.").
		const start = m.index;
		const end = start + word.length;
		const tags = new Set<string>();
		for (const t of sentence.terms) if (t.start < end && t.end > start) for (const tag of t.tags) tags.add(tag);
		// "2,500-fold" keeps its number; "1,940," loses the comma.
		word = word.replace(/,$/, '');
		out.push({ text: word, start, end: start + word.length, tags });
	}
	return out;
}

/** Finds the main clause, or null when the sentence is not a plain statement. */
export function parseClause(sentence: Sentence, tokens: Token[] = tokensOf(sentence)): Clause | null {
	const text = sentence.text;
	if (tokens.length < 3) return null;
	const end = /[.!?]["”’)]*$/.test(text) ? text.search(/[.!?]["”’)]*$/) : text.length;
	const reader: Reader = { text, tokens, end, inParens: parenthesised(text), inQuote: (offset) => sentence.quotes.some(([a, b]) => offset >= a && offset < b) };
	const first = tokens[0]!;
	const opener = first.text.toLowerCase();
	const adverbial =
		SUBORDINATORS.has(opener) ||
		(first.tags.has('Preposition') && !/^(to|than)$/i.test(opener)) ||
		first.tags.has('Gerund') ||
		/^(based|comprised|inspired|empowered|built|located|founded|published|recognizing|recognising|continuing|using|following|meanwhile|additionally|however|moreover|furthermore|consequently|still|also|yet|instead|overall|together|currently|previously|initially|ultimately|eventually|finally|historically|traditionally|of|despite|amid|amidst|unlike|beyond|besides|thanks|due)$/.test(opener);
	if (!adverbial) return clauseFrom(reader, 0);
	// A leading adverbial ("On April 9,", "Through case management, peer support and counselling,") ends
	// at the first comma after which a subject and a finite verb read cleanly.
	for (let k = 0; k < tokens.length - 2; k++) {
		if (!/^\s*,/.test(between(reader, tokens[k]!, tokens[k + 1])) || reader.inParens(tokens[k]!.end) || reader.inQuote(tokens[k]!.end)) continue;
		const clause = clauseFrom(reader, k + 1);
		if (clause) return { ...clause, lead: { start: 0, end: tokens[k + 1]!.start } };
	}
	return null;
}

interface Reader {
	text: string;
	tokens: Token[];
	end: number;
	inParens: (offset: number) => boolean;
	inQuote: (offset: number) => boolean;
}

function between(reader: Reader, a: Token, b: Token | undefined): string {
	return b ? reader.text.slice(a.end, b.start) : reader.text.slice(a.end);
}

/** The subject from token `i`, the verb group after it and the rest; null when any part reads badly. */
function clauseFrom(reader: Reader, i: number): Clause | null {
	const { text, tokens, end, inParens, inQuote } = reader;
	const gapBefore = (k: number) => (k > 0 ? between(reader, tokens[k - 1]!, tokens[k]) : '');
	const subjectStart = i;
	let verbIndex = -1;
	let relative = false;
	for (let k = i; k < tokens.length; k++) {
		const t = tokens[k]!;
		if (inParens(t.start) || inQuote(t.start)) continue;
		const gap = gapBefore(k);
		if (k > subjectStart && /,/.test(gap)) {
			// ", who …," / ", a …," / ", the …,": an appositive or relative clause; skip to its closing comma.
			if (/^(who|which|whose|a|an|the|its|his|her|their|now|both|each|one|part|director|chief|head|also|formerly)$/i.test(t.text) || t.tags.has('Determiner') || t.tags.has('Value')) {
				const close = tokens.findIndex((x, n) => n > k && /,/.test(between(reader, x, tokens[n + 1])) && !inParens(x.end));
				if (close < 0) return null;
				k = close;
				continue;
			}
			// A list of names as the subject ("Dyson, Novitskiy, and Vasilevskaya will …") continues; a
			// comma before a verb closes nothing we can read.
			if (t.tags.has('Verb') && !t.tags.has('Noun')) return null;
			continue;
		}
		if (/^(who|which|that)$/i.test(t.text) && k > subjectStart) {
			relative = true;
			continue;
		}
		if (isFiniteVerb(t, tokens[k - 1], tokens[k + 1])) {
			if (relative) {
				// The relative clause's own verb: the main verb comes later ("participants who completed … reported").
				relative = false;
				continue;
			}
			verbIndex = k;
			break;
		}
	}
	if (verbIndex <= subjectStart) return null;
	// "Grantees also provided": adverbs before the verb belong to the verb group.
	let groupStart = verbIndex;
	const adverb = (t: Token) => GROUP_ADVERBS.has(t.text.toLowerCase()) || (t.tags.has('Adverb') && /ly$/i.test(t.text));
	while (groupStart - 1 > subjectStart && adverb(tokens[groupStart - 1]!) && /^\s+$/.test(gapBefore(groupStart))) groupStart--;
	const subjectTokens = tokens.slice(subjectStart, groupStart);
	const lastOfSubject = subjectTokens[subjectTokens.length - 1]!;
	// A relative clause is not a main clause: "…, which measure about 12 feet each".
	if (/^(which|who|whose|that|where|when|whom)$/i.test(tokens[subjectStart]!.text)) return null;
	if (lastOfSubject.tags.has('Conjunction') || lastOfSubject.tags.has('Preposition') || lastOfSubject.tags.has('Determiner') || /^(and|or|but|of|the|a|an)$/i.test(lastOfSubject.text)) return null;

	// The verb group: auxiliaries, a few adverbs and the main verb.
	let j = verbIndex;
	let auxiliary: Token | undefined;
	let main = tokens[j]!;
	while (j < tokens.length) {
		const t = tokens[j]!;
		if (j > verbIndex && !/^\s+$/.test(gapBefore(j))) break;
		const lower = t.text.toLowerCase();
		if (AUXILIARIES.test(lower) && (t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal'))) {
			auxiliary ??= t;
			main = t;
			j++;
			continue;
		}
		if (GROUP_ADVERBS.has(lower) || t.tags.has('Negative')) {
			j++;
			continue;
		}
		if (t.tags.has('Verb') && !t.tags.has('Noun')) {
			main = t;
			j++;
			break;
		}
		break;
	}
	const groupEnd = main.end;
	const after = tokens[j];
	// A second verb group right after this one means the parse is wrong ("The data Juno gathers will add …").
	if (after && AUXILIARIES.test(after.text) && (after.tags.has('Modal') || after.tags.has('Auxiliary')) && /^\s+$/.test(between(reader, main, after))) return null;
	const mainLower = main.text.toLowerCase();
	const copular = /^(is|are|was|were|am|be|been)$/.test(mainLower);
	const beforeMain = tokens[tokens.indexOf(main) - 1];
	const passive = !!auxiliary && auxiliary !== main && /^(is|are|was|were|be|been|being)$/i.test(beforeMain?.text ?? '') && (main.tags.has('PastTense') || main.tags.has('Participle') || main.tags.has('Passive'));
	const firstVerb = auxiliary ?? main;
	const tense: Clause['tense'] = firstVerb.tags.has('PastTense') || /^(was|were|had|did|could|would|might)$/i.test(firstVerb.text) ? 'past' : 'present';
	const subjectText = text.slice(tokens[subjectStart]!.start, lastOfSubject.end);
	// "WTVAHCS serves" (an acronym ending in S) is one thing; "Dyson and Novitskiy will" are two.
	const head = headOf(subjectTokens);
	const acronym = !!head && /^[A-Z][A-Z0-9.&-]+$/.test(head.text);
	const pluralSubject = /\band\b/.test(subjectText) || (head?.tags.has('Plural') === true && !acronym) || /^(are|were|have|do)$/i.test(firstVerb.text);
	const restStart = Math.min(end, groupEnd + (text.slice(groupEnd).length - text.slice(groupEnd).trimStart().length));
	return {
		subject: { start: tokens[subjectStart]!.start, end: closeParen(text, tokens[subjectStart]!.start, lastOfSubject.end) },
		verb: { start: tokens[groupStart]!.start, end: groupEnd },
		...(auxiliary && auxiliary !== main ? { auxiliary } : copular ? { auxiliary: main } : {}),
		main,
		rest: { start: restStart, end },
		end,
		tense,
		pluralSubject,
		copular,
		passive
	};
}

/** Moves a span's end past a ")" that closes a "(" inside it. */
function closeParen(text: string, start: number, end: number): number {
	const inside = text.slice(start, end);
	return (inside.match(/\(/g)?.length ?? 0) > (inside.match(/\)/g)?.length ?? 0) && text[end] === ')' ? end + 1 : end;
}

/** The head noun of a noun phrase: its last noun before a preposition or relative word. */
function headOf(tokens: Token[]): Token | undefined {
	let head: Token | undefined;
	for (const t of tokens) {
		if (t.tags.has('Preposition') || /^(who|which|that)$/i.test(t.text)) break;
		if (t.tags.has('Noun') || t.tags.has('ProperNoun')) head = t;
	}
	return head;
}

function isFiniteVerb(t: Token, before: Token | undefined, after: Token | undefined): boolean {
	if (!t.tags.has('Verb') || t.tags.has('Negative')) return false;
	if (t.tags.has('Gerund') && !AUXILIARIES.test(t.text)) return false;
	const lower = t.text.toLowerCase();
	if (AUXILIARIES.test(lower)) return true;
	if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
	if (t.tags.has('Infinitive') && !t.tags.has('PresentTense')) return false;
	if (before && /^to$/i.test(before.text)) return false;
	// "the grant program embodies": a present or past verb after a noun.
	if (t.tags.has('PastTense') || t.tags.has('PresentTense')) {
		// A past participle right after a noun and before "by" is a reduced relative ("the data collected by …").
		if (t.tags.has('PastTense') && after && /^by$/i.test(after.text) && before?.tags.has('Noun')) return false;
		return true;
	}
	return false;
}

/** A test for "is this offset inside parentheses". */
function parenthesised(text: string): (offset: number) => boolean {
	const ranges: Array<[number, number]> = [];
	const stack: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '(') stack.push(i);
		else if (text[i] === ')' && stack.length > 0) ranges.push([stack.pop()!, i + 1]);
	}
	return (offset) => ranges.some(([a, b]) => offset > a && offset < b);
}

/** "complete" for "completed", "carry" for "carries"; the word itself when compromise cannot tell. */
export function infinitive(verb: string): string {
	const lower = verb.toLowerCase();
	const irregular: Record<string, string> = { have: 'have', has: 'have', had: 'have', was: 'be', were: 'be', is: 'be', are: 'be', did: 'do', does: 'do', went: 'go', made: 'make', led: 'lead', won: 'win', lost: 'lose', began: 'begin', took: 'take', gave: 'give', found: 'find', built: 'build', spent: 'spend', sent: 'send', held: 'hold', met: 'meet', left: 'leave', saw: 'see', grew: 'grow', flew: 'fly', rose: 'rise', fell: 'fall', brought: 'bring', bought: 'buy', sold: 'sell', paid: 'pay', kept: 'keep', told: 'tell', said: 'say', became: 'become', came: 'come', ran: 'run', wrote: 'write', chose: 'choose', drove: 'drive', struck: 'strike', caught: 'catch', taught: 'teach', thought: 'think', felt: 'feel', broke: 'break', beat: 'beat', hit: 'hit', set: 'set', put: 'put', cut: 'cut', shut: 'shut', cost: 'cost', let: 'let', spread: 'spread', read: 'read', led_: 'lead' };
	if (irregular[lower]) return irregular[lower]!;
	const known = INFINITIVES.get(lower);
	if (known) return known;
	// In a clause compromise reads the word as a verb ("engaged" alone could be an adjective).
	const inf = nlp(`they ${lower} it`).verbs().toInfinitive().text().trim().replace(/^they\s+/, '').replace(/\s+it$/, '');
	// (compromise reads "they have it" as the verb "it": a result that is the frame's own word is no answer.)
	const result = inf && !/\s/.test(inf) && inf !== 'it' && inf !== 'they' ? inf : lower;
	INFINITIVES.set(lower, result);
	return result;
}

/** compromise is slow to start on one word: each verb's infinitive is worked out once. */
const INFINITIVES = new Map<string, string>();
