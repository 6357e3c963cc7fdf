/**
 * Numbers a quiz can ask for: a quantity with its unit ("1,000 tons of oxygen", "six months",
 * "$210 million", "42%"), read with the noun phrase that says what was counted. Clock times, ordinals,
 * numbers inside names ("Expedition 70") and bare counting words are left alone.
 */
import type { Term } from './analyze';

export interface Quantity {
	start: number;
	end: number;
	/** The number as written, with its currency sign, scale word and percent sign ("$4.2 billion"). */
	text: string;
	value: number;
	/** The counted noun phrase as written after the number ("distinct outreach efforts"). */
	unitPhrase?: string;
	/** Its head noun ("efforts", "tons", "months"). */
	unit?: string;
	/** Where the unit phrase ends, with an "of …" complement ("tons of oxygen"). */
	unitEnd?: number;
	currency?: string;
	percent: boolean;
	scale?: 'thousand' | 'million' | 'billion' | 'trillion';
	/** Written in words ("six"). */
	words: boolean;
	/** "about", "more than", "nearly" just before the number. */
	approximate: boolean;
	duration: boolean;
	/** "90th", "30th": a rank, not a count. */
	ordinal?: boolean;
	/** "12 of their 16 games": the total the count is out of. */
	outOf?: number;
}

const SMALL: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
	thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };
const DURATION_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?)$/;
const NOT_UNITS = new Set(['of', 'in', 'on', 'at', 'to', 'by', 'and', 'or', 'the', 'a', 'an', 'than', 'from', 'for', 'with', 'as', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'after', 'before', 'when', 'while', 'since', 'until', 'per', 'this', 'that', 'its', 'his', 'her', 'their', 'over', 'under', 'into', 'out', 'up', 'down', 'ago', 'later', 'earlier', 'more', 'less', 'percent', 'who', 'which', 'will', 'would', 'each', 'apiece', 'total', 'other', 'others']);
const NAME_BEFORE_OK = new Set(['in', 'on', 'by', 'since', 'from', 'about', 'over', 'nearly', 'some', 'to', 'at', 'than', 'and', 'of', 'with', 'for', 'until', 'around', 'after', 'before', 'only', 'just', 'roughly', 'approximately', 'more', 'less', 'fewer', 'almost', 'the', 'a', 'an', 'all', 'those', 'these', 'its', 'his', 'her', 'their', 'our', 'under', 'between', 'among', 'during', 'within', 'across', 'nearly', 'estimated', 'another', 'every', 'each', 'up', 'as', 'or', 'but', 'then', 'now', 'today', 'last', 'first']);
const APPROXIMATE = /(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|up to|close to|an estimated|estimated|upward of|upwards of)\s+$/i;
const NUMBER_WORD = `(?:${Object.keys(SMALL).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
const DIGITS = /(?<![\p{L}\p{N}.,:\/–-])([$€£¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|trillion|bn)\b)?(\s?(?:%|percent\b|per cent\b))?/gu;
const WORDS = new RegExp(`(?<![\\p{L}-])(?:(a|an)\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?(${NUMBER_WORD}|hundred|thousand|million|billion|dozen)(?:\\s+(hundred|thousand|million|billion))?(?![\\p{L}-])`, 'giu');

/** Every quantity in the sentence, with offsets in `text`. `taken` says where a date or name already is. */
export function findQuantities(text: string, terms: Term[], taken: (start: number, end: number) => boolean): Quantity[] {
	const out: Quantity[] = [];
	DIGITS.lastIndex = 0;
	for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
		const start = m.index;
		const end = start + m[0].trimEnd().length;
		const next = text.slice(end);
		// Clock times, ranges, ordinals, codes and versions: "2:36", "30th", "3-1", "MS-25".
		if (/^[\p{L}\d]|^-\p{L}|^[.,]\d|^:\d|^[–-]\d|^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/u.test(next) && !/^-(?:year|month|day|week|hour|minute|mile|foot|meter|metre|pound|kilogram|ton|percent)/.test(next)) continue;
		// A number right after a capitalised word is part of a name: "Expedition 70", "Flight 93".
		const before = /(\S+)\s$/.exec(text.slice(Math.max(0, start - 40), start))?.[1];
		if (before && /^\p{Lu}[\p{L}-]*$/u.test(before) && !NAME_BEFORE_OK.has(before.toLowerCase()) && !m[1]) continue;
		if (taken(start, end)) continue;
		const value = Number(m[2]!.replace(/,/g, '') + (m[3] ?? '')) * (m[4] ? SCALES[m[4].toLowerCase()]! : 1);
		const yearLike = !m[1] && !m[3] && !m[4] && !m[5] && /^\d{4}$/.test(m[2]!) && value >= 1800 && value <= 2100;
		if (yearLike) continue;
		out.push(withUnit(text, terms, { start, end, text: text.slice(start, end), value, currency: m[1], percent: !!m[5], scale: m[4]?.toLowerCase().replace('bn', 'billion') as Quantity['scale'], words: false }));
	}
	// "his 90th career win", "the 30th resupply mission": a rank worth asking when a noun follows.
	const ordinals = /(?<![\p{L}\p{N}.,-])(\d{1,4})(st|nd|rd|th)\b(?=\s+\p{Ll})/gu;
	for (let m = ordinals.exec(text); m; m = ordinals.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		if (taken(start, end) || out.some((q) => start < q.end && end > q.start)) continue;
		const unit = withUnit(text, terms, { start, end, text: m[0], value: Number(m[1]), percent: false, words: false });
		if (unit.unit && Number(m[1]) >= 2) out.push({ ...unit, ordinal: true });
	}
	WORDS.lastIndex = 0;
	for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		if (taken(start, end) || out.some((q) => start < q.end && end > q.start)) continue;
		const base = m[2]!.toLowerCase().split(/[- ]/).reduce((sum, w) => sum + (SMALL[w] ?? SCALES[w] ?? 0), 0);
		// ("two hundred years": "hundred" scales as "thousand" does.)
		const value = (base === 0 ? 1 : base) * (m[3] ? (SCALES[m[3].toLowerCase()] ?? SMALL[m[3].toLowerCase()] ?? NaN) : 1);
		if (!Number.isFinite(value)) continue;
		const quantity = withUnit(text, terms, { start, end, text: m[0], value, percent: false, words: true });
		// A number written in words is only a quantity with a counted noun after it ("six months").
		if (quantity.unit) out.push(quantity);
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Words of degree between a figure and what it counts: "800,000 mainly diesel vehicles". */
const DEGREE_WORDS = /^(?:mainly|mostly|largely|primarily|predominantly|chiefly|overwhelmingly)$/;

function withUnit(text: string, terms: Term[], q: Omit<Quantity, 'approximate' | 'duration'>): Quantity {
	const approximate = APPROXIMATE.test(text.slice(Math.max(0, q.start - 24), q.start));
	const result: Quantity = { ...q, approximate, duration: false };
	if (q.percent) return result;
	// "an 11-year lull", "a 33-minute orbit": the unit joined by a hyphen.
	const joined = /^-(year|month|day|week|hour|minute|mile|foot|meter|metre|pound|kilogram|ton)s?\b(?!-)/.exec(text.slice(q.end));
	if (joined) {
		result.unit = `${joined[1]}s`;
		result.unitPhrase = joined[1];
		result.unitEnd = q.end + joined[0].length;
		result.duration = DURATION_UNITS.test(result.unit);
		return result;
	}
	// "a 56 yard pass", "the 20 yard line": a measure in the singular before a noun is the unit, as with a hyphen.
	const attributive = /^\s+(yard|foot|mile|meter|metre|kilometre|kilometer|inch|pound|kilogram|ton|minute|second|hour|day|week|month|year)\b(?=\s+\p{Ll}{2,})(?!\s+(?:of|and|or|to|in|on|at|for|by|from|with|as|is|was|are|were|old)\b)/u.exec(text.slice(q.end));
	if (attributive && q.value !== 1 && /\d$/.test(q.text)) {
		result.unit = `${attributive[1]}s`.replace(/^foots$/, 'feet').replace(/^inchs$/, 'inches');
		result.unitPhrase = attributive[1];
		result.unitEnd = q.end + attributive[0].length;
		result.duration = DURATION_UNITS.test(result.unit);
		return result;
	}
	// "a magnitude 6.6 aftershock", "a magnitude-5.6 quake": an earthquake's size, named before the figure.
	if (/\bmagnitude(?:[- ]|\s+of\s+)$/i.test(text.slice(Math.max(0, q.start - 14), q.start))) {
		result.unit = 'magnitude';
		result.unitPhrase = 'magnitude';
		result.unitEnd = q.end;
		return result;
	}
	// "650 light years": a distance, whatever "years" says.
	const light = /^\s+light[- ]years?\b/.exec(text.slice(q.end));
	if (light) {
		result.unit = 'light years';
		result.unitPhrase = light[0].trim();
		result.unitEnd = q.end + light[0].length;
		return result;
	}
	// "won 12 of their 16 games", "39 of 40 constituencies": counted in the total's unit, and no more than it.
	const share = /^\s+(?:out\s+)?of\s+(?:(?:the|their|its|his|her|all)\s+)?(\d{1,3}(?:,\d{3})*)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+s)\b/u.exec(text.slice(q.end));
	if (share && !/\b(?:per ?cent|percent)\b/.test(share[0])) {
		result.unit = share[2];
		result.outOf = Number(share[1]!.replace(/,/g, ''));
		return result;
	}
	// The counted noun phrase: adjectives and nouns after the number, the last noun its head.
	// "13,031 eligible, at-risk Veterans": adjectives may be listed with commas.
	const re = /^\s+((?:[\p{L}][\p{L}’'-]*)(?:,?\s+[\p{L}][\p{L}’'-]*){0,4})/u;
	const m = re.exec(text.slice(q.end));
	if (!m) return result;
	const words = m[1]!.split(/,?\s+/);
	let offset = q.end + (m[0].length - m[1]!.length);
	let head: string | undefined;
	let headEnd = offset;
	let phraseStart = -1;
	let degree = false;
	for (const word of words) {
		const start = text.indexOf(word, offset);
		const end = start + word.length;
		offset = end;
		const lower = word.toLowerCase();
		if (NOT_UNITS.has(lower) && !(phraseStart < 0 && DEGREE_WORDS.test(lower))) break;
		// A hyphenated word ("state-of-the-art") takes the tags of its last part.
		const parts = terms.filter((t) => t.start < end && t.end > start);
		const tags = parts.length > 0 ? parts[parts.length - 1]!.tags : new Set<string>();
		// "800,000 mainly diesel vehicles", "300 mostly young people": a word of degree before what was counted.
		if (phraseStart < 0 && DEGREE_WORDS.test(lower)) {
			degree = true;
			continue;
		}
		// (The word after it describes what was counted, whatever the tagger says: "mainly diesel vehicles".)
		if (degree && phraseStart < 0 && /^\p{Ll}+$/u.test(word) && !tags.has('Preposition') && !tags.has('Determiner') && !/[^s]s$/.test(lower)) {
			phraseStart = start;
			continue;
		}
		if (lower === 'and' && (head === undefined || /-/.test(head))) continue;
		// "25,605 unsheltered Veterans": a participle right after the number describes what was counted.
		const participle = phraseStart < 0 && /(?:ed|en)$/.test(lower) && tags.has('Verb');
		// "310 patrols", "57 swimmers": a plural right after a number is what was counted, whatever the tagger says.
		// (Also after a name used as a modifier: "28,000 Andy Warhol photographs".)
		const afterName = head !== undefined && /^\p{Lu}/u.test(text.slice(headEnd - head.length, headEnd)) && /^\p{Ll}/u.test(word);
		const countedPlural = (phraseStart < 0 || afterName) && /[^s]s$/.test(lower) && !/^(?:was|is|has|does|goes|says)$/.test(lower);
		if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective') && !participle && !countedPlural) break;
		if (tags.has('Preposition') || tags.has('Determiner') || tags.has('Pronoun') || tags.has('Conjunction') || (tags.has('Adverb') && !tags.has('Adjective'))) break;
		if (/^\p{Lu}/u.test(word) && !/^(?:U\.S\.|Veterans?)$/u.test(word) && head === undefined && !tags.has('Noun')) break;
		// "21 Lutetia, which is …", "1950 DA": a name right after the number is what it names, not a unit;
		// a name before a counted noun ("28,000 Andy Warhol photographs", "25 Apollo missions") is not.
		if (/^\p{Lu}/u.test(word) && !/^(?:U\.S\.|Veterans?)$/u.test(word) && head === undefined && !/^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && !/^(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}\s+(?:\p{Ll}+\s+)?\p{Ll}+s\b|^\s+\p{Lu}\p{Ll}+[^s]s\b/u.test(text.slice(end))) break;
		// "53,000 square miles, WTVAHCS serves …": a name after the counted noun and a comma begins the next phrase.
		if (/^\p{Lu}/u.test(word) && head !== undefined && text.slice(headEnd, start).includes(',')) break;
		if (phraseStart < 0) phraseStart = start;
		const nounLike = countedPlural || (!participle && (tags.has('Noun') || tags.has('Plural') || /[^s]s$/.test(lower) || DURATION_UNITS.test(lower)));
		if (nounLike) {
			head = lower;
			headEnd = end;
		} else if (head !== undefined && !(tags.has('Adjective') && !tags.has('Noun'))) break;
		// "856 emergency mental health referrals": a noun, then an adjective, then the counted noun; an
		// adjective with no noun after it ("300 miles long") leaves the head as it was.
		// A duration or a measure ends its phrase: "six months aboard", "12 kilograms per second".
		if (head && DURATION_UNITS.test(head)) break;
	}
	if (!head || phraseStart < 0) return result;
	result.unit = head;
	result.unitPhrase = text.slice(phraseStart, headEnd);
	result.unitEnd = headEnd;
	// "tons of oxygen", "pounds of cargo": the complement says what was measured.
	// "members of the Legislative Council": a named complement goes with the noun.
	const named = /^\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*/u.exec(text.slice(headEnd));
	if (named) {
		result.unitEnd = headEnd + named[0].length;
		result.duration = DURATION_UNITS.test(head);
		return result;
	}
	const of = /^\s+of\s+([\p{Ll}][\p{L}-]*)(\s+[\p{Ll}][\p{L}-]*)?/u.exec(text.slice(headEnd));
	if (of && !NOT_UNITS.has(of[1]!) && !/^(every|each|all|some|any|about|around|more|less)$/.test(of[1]!)) {
		const second = of[2]?.trim();
		// ("three days of national mourning": an adjective after "of" needs its noun.)
		const keepSecond = second && !NOT_UNITS.has(second) && !/^(every|each|per|during|within|across|around|about|over|under|after|before|until|since)$/.test(second) && (/s$|tion$|ment$|ity$/.test(second) || /(?:al|ic|ive|ous|ful|ary|ian|ese|ish|ern)$/.test(of[1]!));
		result.unitEnd = headEnd + of[0].length - (keepSecond ? 0 : (of[2]?.length ?? 0));
	}
	result.duration = DURATION_UNITS.test(head);
	return result;
}
