import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { decodeShareLink, encodeShareLink, MAX_LINK_LENGTH, shareQr } from '../../src/lib/formats/share';
import { builtin } from './builtin';

const ORIGIN = 'https://factdrill.example';

/** The first questions of the built-in set, with their facts: small enough for a link. */
function smallSet(count: number): QuestionSet {
	const questions = builtin.questions.slice(0, count);
	const factIds = new Set(questions.map((question) => question.provenance?.fact));
	return { ...builtin, facts: builtin.facts?.filter((fact) => factIds.has(fact.id)), questions };
}

function link(set: QuestionSet): string {
	const result = encodeShareLink(set, ORIGIN);
	if (!result.ok) throw new Error(result.reason);
	return result.url;
}

describe('share link', () => {
	it('carries the whole set in the fragment and gives it back', () => {
		const set = smallSet(20);
		const url = link(set);
		expect(url.startsWith(`${ORIGIN}/share#set=`)).toBe(true);
		expect(url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
		expect(new URL(url).search).toBe('');
		expect(decodeShareLink(url)).toEqual({ ok: true, set });
		// The fragment alone works too, with or without "#".
		expect(decodeShareLink(new URL(url).hash)).toEqual({ ok: true, set });
		expect(decodeShareLink(new URL(url).hash.slice(1))).toEqual({ ok: true, set });
	});

	it('a link that unpacks to more than any set a link carries is refused as too large, not as damaged', () => {
		const json = JSON.stringify({ ...smallSet(1), description: 'x'.repeat(10 * 1024 * 1024) });
		// Raw DEFLATE, as the app writes it (Node's zlib is quicker at 10 MB than fflate).
		const body = deflateRawSync(json, { level: 9 });
		const bytes = new Uint8Array(5 + body.length);
		bytes[0] = 1;
		// The size is checked before the checksum, so any checksum will do.
		bytes.set(body, 5);
		const fragment = `#set=${Buffer.from(bytes).toString('base64url')}`;
		expect(fragment.length).toBeLessThan(MAX_LINK_LENGTH * 2);
		expect(decodeShareLink(fragment)).toEqual({
			ok: false,
			error: "this link is too large: its set unpacks to 10.0 MB, more than any set a link can carry (8 MB); ask for the set's file instead"
		});
	}, 30_000);

	it('refuses a set too large for a link, saying to use the file', () => {
		const result = encodeShareLink(builtin, ORIGIN);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/^too large for a link: .*use the file instead$/);
	});

	it('rejects a truncated link, whatever the cut', () => {
		const url = link(smallSet(10));
		for (const cut of [1, 2, 5, 17, 100, Math.floor(url.length / 2)]) {
			const result = decodeShareLink(url.slice(0, -cut));
			expect(result.ok).toBe(false);
			expect(!result.ok && result.error).toMatch(/cut short|damaged|characters/);
		}
	});

	it('rejects a tampered link: any changed character', () => {
		const url = link(smallSet(10));
		const start = url.indexOf('=') + 1;
		for (let position = start; position < url.length; position += 37) {
			const c = url[position]!;
			const tampered = url.slice(0, position) + (c === 'A' ? 'B' : 'A') + url.slice(position + 1);
			const result = decodeShareLink(tampered);
			expect(result.ok, `changed at ${position}`).toBe(false);
		}
	});

	it('rejects a well-formed link whose set is invalid, naming question and field', () => {
		const bad = { ...smallSet(2), questions: [{ ...builtin.questions[0]!, prompt: '' }] } as QuestionSet;
		const result = decodeShareLink(link(bad));
		expect(result).toEqual({ ok: false, error: expect.stringMatching(/not valid: question ".*", field "prompt": must not be empty/) });
	});

	it('says so when the link has no set or foreign characters', () => {
		expect(decodeShareLink(`${ORIGIN}/share`)).toEqual({ ok: false, error: expect.stringMatching(/no question set/) });
		expect(decodeShareLink(`${ORIGIN}/share#set=ab<script>`)).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
	});
});

/** Draws the module matrix into an RGBA image, `scale` pixels per module. */
function render(modules: boolean[][], scale: number): { data: Uint8ClampedArray; width: number } {
	const width = modules.length * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	modules.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const offset = ((y * scale + dy) * width + x * scale + dx) * 4;
					data[offset] = data[offset + 1] = data[offset + 2] = 0;
				}
			}
		})
	);
	return { data, width };
}

describe('share QR code', () => {
	it('decodes, with an independent reader (jsQR), back to the very link', () => {
		const url = link(smallSet(6));
		const qr = shareQr(url);
		if (!qr.ok) throw new Error(qr.reason);
		const image = render(qr.modules, 4);
		const decoded = jsQR(image.data, image.width, image.width);
		expect(decoded?.data).toBe(url);
		expect(decodeShareLink(decoded!.data)).toEqual({ ok: true, set: smallSet(6) });
	});

	it('draws the same matrix as SVG, one unit per module', () => {
		const qr = shareQr(`${ORIGIN}/share#set=abc`);
		if (!qr.ok) throw new Error(qr.reason);
		expect(qr.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}"`));
		const dark = qr.modules.flat().filter(Boolean).length;
		expect(qr.svg.match(/h1v1h-1z/g)).toHaveLength(dark);
	});

	it('refuses a link longer than a QR code can hold', () => {
		const result = shareQr(`${ORIGIN}/share#set=${'a'.repeat(3000)}`);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/QR code holds at most 2,953/) });
	});
});
