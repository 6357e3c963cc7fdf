/**
 * A question is its source sentence with edits: spans replaced, deleted or inserted at, always in the
 * sentence's own offsets. Rewrites (a pronoun resolved, a connective dropped) and question forms (the
 * subject replaced by "Who", the answer blanked) are both edits, so they compose without re-parsing.
 */

export interface Edit {
	start: number;
	/** Equal to `start` for an insertion. */
	end: number;
	text: string;
	/** Among edits at the same place, lower goes first; a question's edits win over a rewrite's. */
	priority?: number;
}

/** Applies non-overlapping edits; an edit overlapping one of higher priority (lower number) is dropped. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	const kept: Edit[] = [];
	const ordered = edits.slice().sort((a, b) => (a.priority ?? 5) - (b.priority ?? 5));
	for (const e of ordered) {
		const clash = kept.some((k) => (e.start < k.end && e.end > k.start) || (e.start === e.end && e.start > k.start && e.start < k.end) || (k.start === k.end && k.start > e.start && k.start < e.end));
		if (!clash) kept.push(e);
	}
	kept.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || (a.priority ?? 5) - (b.priority ?? 5));
	let out = '';
	let last = 0;
	for (const e of kept) {
		out += text.slice(last, e.start) + e.text;
		last = Math.max(last, e.end);
	}
	return out + text.slice(last);
}

/** Tidies spacing and punctuation left by edits, and capitalises the first letter. */
export function tidy(text: string): string {
	let out = text
		.replace(/\s+/g, ' ')
		.replace(/\(\s*\)/g, '')
		.replace(/\s+([,.;:?!%)\]”’])/g, '$1')
		.replace(/([(\[“‘])\s+/g, '$1')
		.replace(/,\s*,/g, ',')
		// "NASA’s’ CLPS initiative": a stray mark after a possessive (in the article itself).
		.replace(/([’']s)[’'](?=\s)/g, '$1')
		.replace(/,\s*([.?!;:])/g, '$1')
		// "to make it 3-2..": a full stop written twice (in the article itself), not an ellipsis.
		.replace(/(?<!\.)\.\.(?!\.)/g, '.')
		.replace(/^[\s,;:–—-]+/, '')
		.replace(/\s*[–—]\s*([.?!])$/, '$1')
		.replace(/\b(a|an|the)\s+(a|an|the)\b/gi, '$1')
		// "calling the signing a "a triumph for peace"": the article's slip across a quotation mark.
		.replace(/\b(a|an|the)\s+(["“])(a|an|the)\s+/gi, (whole, outer: string, mark: string, inner: string) => (outer.toLowerCase() === inner.toLowerCase() ? `${mark}${inner} ` : whole))
		// "launch the spacecraft from from Vandenberg": a word written twice (in the article itself).
		.replace(/\b(from|to|in|on|at|of|for|with|by|and|or)\s+\1\b/gi, '$1')
		// ("going down down the field", "revenge revenge": any small word written twice, but "had had", "that that".)
		.replace(/\b(\p{Ll}+)\s+\1\b/gu, (whole, word: string) => (/^(?:had|that|very|no|so|bye|ha|boo|tut|knock|pom|hush|yum|blah|chop|bang|bora|aye|now|far|more|on|out)$/.test(word) ? whole : word))
		// "a women died": the article's slip, one word.
		.replace(/\b([Aa]) women\b/g, '$1 woman')
		// "almost 25years", "about 30miles": a figure run into its unit (in the article itself).
		.replace(/\b(\d[\d,.]*|___)(years|months|weeks|days|hours|minutes|seconds|miles|kilometres|kilometers|metres|meters|feet|inches|pounds|tonnes|tons|acres|people)\b/g, '$1 $2')
		.trim();
	out = out.replace(/\ba (?=[aeiou]\w|(?:hour|honest|honou?r|heir)\w*\b)/gi, (m) => (m[0] === 'A' ? 'An ' : 'an ')).replace(/\ban (?!(?:hour|honest|honou?r|heir))(?=(?:[bcdfghjklmnpqrstvwxyz]|u(?:[bcdfghjklmpqrstvwxyz][aeiou]|ni(?![dmn])|nan))\w)/gi, (m) => (m[0] === 'A' ? 'A ' : 'a '));
	// "an UKTI market visit", "an USI instructor": an acronym from "U" is read "you".
	out = out.replace(/\b([Aa])n (?=U[A-Z]{1,6}\b)/g, '$1 ');
	// "an European", "an unique": a vowel read as "you" (not the "un-" of "an unidentified", "an unimportant").
	out = out.replace(/\b([Aa])n (?=(?:Eu|eu|[Uu]ni(?![dmn])|use|usu|one\b))/g, '$1 ');
	// "a 11 yard run", "an 6 yard run": a figure takes the article its first word is read with ("eleven", "eight").
	out = out.replace(/\b([Aa])n? (?=(\d[\d,]*))/g, (whole, a: string, figure: string) => `${a}${vowelFigure(figure) ? 'n' : ''} `);
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Whether a figure is read from a vowel: 8, 80, 800, 8,000, 11, 18, 11,000, 1850 ("eighteen fifty"). */
function vowelFigure(figure: string): boolean {
	const digits = figure.replace(/,$/, '');
	const lead = digits.includes(',') ? digits.split(',')[0]! : digits.length === 4 ? digits.slice(0, 2) : digits.slice(0, ((digits.length - 1) % 3) + 1);
	return lead.startsWith('8') || lead === '11' || lead === '18';
}

/** Ends the text with a question mark instead of its full stop. */
export function asQuestion(text: string): string {
	return text.replace(/[.!;:,\s]*(["”’]?)\s*$/, '$1').replace(/(["”’]?)$/, '?$1').replace(/\?(["”’])$/, '$1?');
}

/** Ends the text with one full stop. */
export function asStatement(text: string): string {
	const trimmed = text.replace(/[\s,;:]+$/, '');
	return /[.!?]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
