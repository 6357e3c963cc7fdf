/**
 * Text helpers shared by the importers and exporters: input checks (size, binary), positions,
 * HTML and Markdown reduced to plain text. Pure TypeScript: no DOM, no Node-only imports.
 */

/** Largest file any importer accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A problem at a place in the input; line and column are 1-based. */
export interface TextProblem {
	line?: number;
	column?: number;
	message: string;
}

/** Maps character offsets to 1-based line and column numbers. */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			// "\r\n" counts once: the line starts after the "\n".
			if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
		}
	}

	at(offset: number): { line: number; column: number } {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - this.starts[low]! + 1 };
	}
}

export type DecodedText = { ok: true; text: string } | { ok: false; error: TextProblem };

/**
 * Turns file content into text, refusing what is too large, empty, binary or not UTF-8.
 * A leading byte-order mark is dropped.
 */
export function decodeInput(input: string | Uint8Array): DecodedText {
	let text: string;
	if (typeof input === 'string') {
		// UTF-16 length is at most the UTF-8 byte length, so this check never refuses a legal file.
		if (input.length > MAX_IMPORT_BYTES) return { ok: false, error: { message: tooLarge(input.length) } };
		text = input;
	} else {
		if (input.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: { message: tooLarge(input.byteLength) } };
		text = new TextDecoder('utf-8', { fatal: false }).decode(input);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') return { ok: false, error: { message: 'the file is empty' } };
	const bad = text.search(/[\u0000\ufffd]/);
	if (bad >= 0) {
		const where = new LineIndex(text).at(bad);
		const what = text[bad] === '\u0000' ? 'a NUL byte' : 'bytes that are not UTF-8 text';
		return {
			ok: false,
			error: { ...where, message: `this looks like a binary file, not text: it holds ${what}` }
		};
	}
	return { ok: true, text };
}

function tooLarge(bytes: number): string {
	return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most 20 MB is accepted`;
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	copy: '©',
	reg: '®',
	deg: '°',
	times: '×',
	middot: '·',
	eacute: 'é',
	egrave: 'è',
	uuml: 'ü',
	ouml: 'ö',
	auml: 'ä'
};

/** Decodes HTML character references; unknown names are left as they are. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * HTML to plain text: scripts, styles and comments vanish, line breaks and block ends become
 * newlines, every other tag is dropped, entities are decoded. What comes out is only ever text.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		// An unclosed tag at the very end ("<b class=") is markup too.
		.replace(/<[a-z][^>]*$/i, '');
	return tidyLines(decodeEntities(text));
}

/** Light Markdown to plain text: emphasis, code marks, links, headings and quotes. */
export function markdownToText(markdown: string): string {
	const text = markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|\*)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>)\s+/gm, '');
	return tidyLines(text);
}

/** Collapses runs of spaces in each line, trims lines and drops empty ones at both ends. */
export function tidyLines(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Text on one line, at most `max` characters: cut at the last space that fits, with "…". */
export function clipText(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const room = flat.slice(0, max - 1);
	const space = room.lastIndexOf(' ');
	return `${(space >= max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`;
}
