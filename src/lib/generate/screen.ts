/** Sentence screening: sentences that lean on context, captions, quotations and the like are dropped, with the reason. */
import type { Sentence } from './analyze';
import type { Attribution } from './attribution';

const OPENERS =
	/^(despite (this|that|it)|however|but|and|so|also|still|yet|meanwhile|instead|nevertheless|nonetheless|moreover|furthermore|in addition|as a result|therefore|thus|then|later|afterwards|both|either|neither|such|another|others|other|similarly|likewise|in turn|in response|in contrast|by contrast|even so|at the same time|for (his|her|their|its) part|on the other hand|this|that|these|those|here|there|it|he|she|they|his|her|their|its|we|i|our|us)\b/i;
const LEANING_PHRASES = /\b(the two|the pair|both men|both women|both sides|both countries|the former|the latter|the same|in turn|the duo|the trio|the move|the decision|the incident|the announcement|the deal|the news|the remarks|the comments|the statement|the latter)\b/i;
const PRONOUNS = /\b(he|she|they|him|her|them|his|their|its|it|hers|theirs)\b/i;
const FIRST_PERSON = /\b(I|we|our|us|my|me)\b/;
const DEMONSTRATIVE_NP = /\b(this|these|those)\s+(?!year\b|month\b|week\b|morning\b|afternoon\b|evening\b|season\b|summer\b|winter\b|spring\b|autumn\b|fall\b)\p{Ll}+/iu;
const ANAPHORS: Record<string, 'place' | 'organization' | 'person' | 'event'> = {
	country: 'place', nation: 'place', state: 'place', regime: 'place', capital: 'place', city: 'place', region: 'place',
	island: 'place', town: 'place', province: 'place',
	company: 'organization', firm: 'organization', group: 'organization', agency: 'organization', newspaper: 'organization',
	outlet: 'organization', organisation: 'organization', organization: 'organization', club: 'organization', team: 'organization',
	ministry: 'organization', party: 'organization', bank: 'organization', university: 'organization', institute: 'organization',
	council: 'organization', league: 'organization', board: 'organization', startup: 'organization', lab: 'organization',
	laboratory: 'organization', side: 'organization', squad: 'organization', paper: 'organization', network: 'organization',
	minister: 'person', president: 'person', leader: 'person', official: 'person', man: 'person', woman: 'person',
	coach: 'person', player: 'person', chief: 'person', executive: 'person', spokesman: 'person', spokeswoman: 'person',
	spokesperson: 'person', scientist: 'person', researcher: 'person', author: 'person', manager: 'person',
	striker: 'person', goalkeeper: 'person', founder: 'person', dictator: 'person', senator: 'person', ceo: 'person',
	researchers: 'person', scientists: 'person', authors: 'person', officials: 'person', player_: 'person', veteran: 'person',
	midfielder: 'person', defender: 'person', captain: 'person', winner: 'person', champion: 'person', governor: 'person',
	study: 'event', report: 'event', survey: 'event', mission: 'event', project: 'event',
	missile: 'event', vaccine: 'event', drug: 'event', trial: 'event', plan: 'event',
	bill: 'event', law: 'event', proposal: 'event', visit: 'event', match: 'event',
	game: 'event', race: 'event', tournament: 'event', product: 'event', device: 'event',
	rocket: 'event', spacecraft: 'event', probe: 'event', telescope: 'event', meeting: 'event',
	agreement: 'event', acquisition: 'event', merger: 'event', offer: 'event', fine: 'event', purchase: 'event',
	takeover: 'event', budget: 'event', test: 'event', mutiny: 'event', talks: 'event', sale: 'event', attack: 'event', crash: 'event',
	election: 'event', vote: 'event', exhibition: 'event', tour: 'event', concert: 'event', event: 'event', finding: 'event', result: 'event'
};

/** Why a sentence cannot become a self-contained question, or null when it can. */
export function screenSentence(sentence: Sentence, attribution: Attribution): string | null {
	const text = sentence.text;
	const words = text.split(/\s+/);
	const outsideQuotes = removeQuotes(sentence);
	if (sentence.captionParagraph) return 'photo caption or credit';
	if (/\b(pictured|seen here|in this photo|file photo|photo taken|\(left\)|\(right\)|, (left|right|center|centre), )/i.test(text)) return 'photo caption';
	if (sentence.unterminated) return 'heading or caption line (no full stop)';
	if (/\?["”’]?$/.test(text)) return 'not a statement (a question)';
	if (/!["”’]?$/.test(text)) return 'not a statement (an exclamation)';
	if (!/^["“‘(]?[\p{Lu}\d]/u.test(text)) return 'broken sentence (starts in lower case)';
	if (words.length < 6) return 'too short to hold a fact';
	if (words.length > 45) return 'too long to quiz as one fact';
	const quoted = sentence.quotes.reduce((sum, [a, b]) => sum + (b - a), 0);
	if (quoted > text.length * 0.4) return 'mostly quotation';
	if (/[[\]]/.test(text)) return "editor's brackets in a quotation";
	if (/…|\.\.\./.test(text)) return 'quotation with omissions';
	const opener = OPENERS.exec(text.replace(/^["“‘(]+/, ''));
	if (opener) return `leans on an earlier sentence (opens with "${opener[0]}")`;
	const leaning = LEANING_PHRASES.exec(outsideQuotes);
	if (leaning) return `leans on an earlier sentence ("${leaning[0]}")`;
	const demonstrative = DEMONSTRATIVE_NP.exec(outsideQuotes);
	if (demonstrative && !sentence.dates.some((d) => d.text.toLowerCase().includes(demonstrative[0].toLowerCase()))) {
		return `leans on an earlier sentence ("${demonstrative[0]}")`;
	}
	if (FIRST_PERSON.test(outsideQuotes)) return 'first person: the speaker is unclear';
	const firstName = sentence.mentions.find((m) => ['person', 'organization', 'place'].includes(m.kind) && !m.inQuote);
	const pronoun = PRONOUNS.exec(outsideQuotes);
	if (pronoun && (!firstName || indexOutside(sentence, pronoun.index) < firstName.start)) {
		return `pronoun with no antecedent in the sentence ("${pronoun[0]}")`;
	}
	const anaphor = findAnaphor(sentence, outsideQuotes);
	if (anaphor) return `leans on an earlier sentence ("${anaphor}")`;
	const definite = definiteSubject(sentence);
	if (definite) return `leans on an earlier sentence ("${definite}")`;
	const unanchored = sentence.dates.find((d) => d.unanchored);
	if (unanchored) return `relative date cannot be anchored ("${unanchored.text}"; give the article's date)`;
	if (attribution.unclearSpeaker) return 'claim whose speaker is unclear';
	const longQuote = sentence.quotes.some(([a, b]) => text.slice(a, b).split(/\s+/).length >= 4);
	if (longQuote && attribution.claims.every((c) => !c.source)) return 'quotation whose speaker is unclear';
	return null;
}

/** The sentence with quoted stretches blanked out (same length, so offsets still hold). */
function removeQuotes(sentence: Sentence): string {
	let out = sentence.text;
	for (const [a, b] of sentence.quotes) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
	return out;
}

function indexOutside(_sentence: Sentence, index: number): number {
	return index;
}

/** "the country" with no place named before it in the sentence, and the like. */
function findAnaphor(sentence: Sentence, text: string): string | null {
	const re = /\b[Tt]he\s+(\p{Ll}+)\b/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const noun = m[1]!;
		const kind = ANAPHORS[noun];
		if (!kind) continue;
		const next = text.slice(m.index + m[0].length);
		if (kind === 'event') {
			// "the plan to ...", "the study of ...", "the deal announced ..." say which one; a bare "the plan" does not.
			if (/^\s+(of|to|for|that|which|called|named|announced|published|led|by|between|with|on|in|at|from)\b|^\s+[\p{Lu}]/u.test(next)) continue;
			return m[0];
		}
		// "the company Helix", "the study of ...", "the team’s ... " stay anchored when a name follows.
		if (/^\s+(of|at|in|from|behind|led|called|named|known)\b|^\s+[\p{Lu}]|^,\s+[\p{Lu}]/u.test(next)) continue;
		const before = sentence.mentions.some((x) => x.start < m!.index && !x.inQuote && (x.kind === kind || (kind === 'organization' && ['organization', 'model', 'other'].includes(x.kind)) || (kind === 'place' && x.kind === 'place')));
		if (!before) return m[0];
	}
	return null;
}

const AUXILIARY = new Set(['still', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'said', 'says', 'also', 'now', 'then', 'needs', 'need', 'did', 'does', 'do', 'remains', 'became', 'been', 'be']);

/** "The deal, ...", "The company has ...": a definite subject with no name, pointing back to an earlier sentence. */
function definiteSubject(sentence: Sentence): string | null {
	const m = /^The\s+/.exec(sentence.text);
	if (!m) return null;
	const rest = sentence.text.slice(m[0].length);
	const re = /([\p{L}-]+)([^\p{L}]*)/gu;
	const np: string[] = [];
	for (let w = re.exec(rest); w && np.length < 4; w = re.exec(rest)) {
		const word = w[1]!;
		const offset = m[0].length + w.index;
		const tags = sentence.terms.find((t) => t.start <= offset && t.end > offset)?.tags;
		if (/^\p{Lu}/u.test(word)) return null;
		const stop = AUXILIARY.has(word) || tags?.has('Verb') || tags?.has('Preposition') || tags?.has('Adverb') || tags?.has('Conjunction') || tags?.has('Determiner');
		if (stop) {
			if (/^(of|in|at|from|for|behind|whose|on)$/.test(word)) return null;
			break;
		}
		np.push(word);
		if (/[,;:]/.test(w[2]!)) break;
	}
	return np.length > 0 ? `The ${np.join(' ')}` : null;
}
