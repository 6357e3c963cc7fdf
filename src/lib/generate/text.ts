/** Plain-text handling: markup stripping, input checks, paragraph and sentence splitting with offsets. */

import { htmlToText as cellText } from '../formats/text';

export interface Span {
	text: string;
	start: number;
	end: number;
}

const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'st', 'jr', 'sr', 'inc',
	'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
	'nov', 'dec', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
	// Ranks before a name ("Gaza police chief Maj. Gen. Tawfiq Jaber").
	'maj', 'brig', 'adm', 'cmdr', 'cpl', 'pte', 'pvt', 'supt', 'insp', 'rev', 'hon', 'fr',
	// Numbered parts of a title ("Guardians of the Galaxy Vol. 3").
	'vol', 'vols', 'nos', 'pp'
]);

/** Paragraphs are lines: a caption without a full stop never runs into the next paragraph. */
export function splitParagraphs(text: string): Span[] {
	const out: Span[] = [];
	const line = /[^\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		const raw = m[0];
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed) out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
	}
	return out;
}

/**
 * Sentences of one paragraph. Breaks after . ! ? (and any closing quotes or brackets) before an
 * upper-case letter, digit or opening quote — including `…comradeship.” Shoigu`, which compromise misses.
 */
export function splitSentences(paragraph: Span): Span[] {
	const text = paragraph.text;
	const out: Span[] = [];
	let start = 0;
	const boundary = /[.!?…]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
	for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
		const end = m.index + m[0].length;
		if (m[0].startsWith('.') && isAbbreviation(text, m.index)) continue;
		// ("(12:04 p.m. EEST) near Grammatiko": no sentence ends inside brackets that close soon after.)
		const open = text.slice(start, m.index).lastIndexOf('(');
		if (open >= 0 && !text.slice(start + open, end).includes(')') && /^[^()]{0,80}\)/.test(text.slice(end))) continue;
		push(start, end);
		start = end;
	}
	push(start, text.length);
	return out;

	function push(from: number, to: number): void {
		const chunk = text.slice(from, to);
		const lead = chunk.length - chunk.trimStart().length;
		const trimmed = chunk.trim();
		if (trimmed) out.push({ text: trimmed, start: paragraph.start + from + lead, end: paragraph.start + from + lead + trimmed.length });
	}
}

/** True when the full stop at `dot` ends an abbreviation or an initial ("Nov.", "U.S.", "J."). */
function isAbbreviation(text: string, dot: number): boolean {
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
	if (!before) return false;
	const word = before[1]!.toLowerCase().replace(/^\.+/, '');
	// "6:25 a.m. Engine 1 responded": a time ends the sentence unless a day, a month or a time zone follows.
	if (word === 'a.m' || word === 'p.m') return /^\s+["“‘(]?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]{1,4}T\b|GMT|UTC|BST|CES?T|IST|JST|AEST|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Universal|Moscow|Beijing|Local|Hawaii|Alaska|\p{Lu}[\p{L}-]*\s+(?:time|Time)\b)/u.test(text.slice(dot + 1));
	if (ABBREVIATIONS.has(word)) return true;
	// "Ron Briggs v. Brown": a case's "v." between the parties' names.
	if (word === 'v' && /\p{Lu}[\p{L}'’-]*\s+v$/u.test(text.slice(Math.max(0, dot - 40), dot)) && /^\s+\p{Lu}/u.test(text.slice(dot + 1))) return true;
	// "J." is an initial; "17A." ends a sentence.
	if (/^\p{Lu}$/u.test(before[1]!)) return !/\d$/.test(text.slice(0, dot - 1));
	// "U.S." at a sentence end is ambiguous; treat it as an abbreviation only when a lower-case word follows.
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
	return false;
}

/**
 * A web page to the article's text: the page's chrome (navigation, footer, figures, scripts) dropped,
 * every block on a line of its own, then the one HTML-to-text reading the importers use.
 */
export function htmlToText(html: string): string {
	const body = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(noscript|template|svg|head|nav|footer|figure)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<(?:\/(?:section|article|header)|p|div|h[1-6]|li)\b[^>]*>/gi, '\n$&');
	return cellText(body).replace(/ *\n[\n ]*/g, '\n');
}

/** Markdown to plain text: headings, emphasis, links, images, code and list markers removed. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/```[\s\S]*?```/g, '\n')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}#{1,6}\s+/gm, '')
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/^\s*[-*+]\s+/gm, '')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/^\s*([-*_]\s*){3,}$/gm, '');
}

const COMMON_ENGLISH = new Set([
	'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'it', 'from',
	'his', 'her', 'their', 'has', 'have', 'had', 'be', 'been', 'are', 'were', 'an', 'which', 'said', 'this', 'not',
	'but', 'or', 'its', 'will', 'would', 'after', 'who', 'they', 'he', 'she', 'than', 'more', 'also', 'into'
]);

/** Why a text cannot be used as an article, or null when it can. One short sentence. */
export function describeUnusableText(text: string): string | null {
	if (text.trim() === '') return 'the article is empty';
	if (/\u0000/.test(text)) return 'the file looks binary, not text';
	const sample = text.slice(0, 20000);
	const control = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	if (control > sample.length * 0.01) return 'the file looks binary, not text';
	const letters = sample.match(/\p{L}/gu)?.length ?? 0;
	if (letters < 20) return 'the article has no sentences to build questions from';
	const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
	const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
	const common = words.filter((w) => COMMON_ENGLISH.has(w)).length;
	if (latin < letters * 0.7 || words.length < 8 || common < words.length * 0.08) {
		return 'the article does not look like English text';
	}
	if (!/\p{L}[^.!?\n]{10,}[.!?]/u.test(sample)) return 'the article has no sentences to build questions from';
	return null;
}
