/** Shared pieces of the property tests: hostile text generators and a time box. */
import fc from 'fast-check';
import { expect } from 'vitest';

/** Inputs per parser; `PROPERTY_RUNS` lowers it for a quick local run. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
/** No single input may take longer than this (a hang or a pathological regex would). */
export const TIME_BOX_MS = 2_000;

/** Text that looks a little like every import format, with the characters that break parsers. */
const TOKENS = [
	',', ';', '\t', '\n', '\r\n', '\r', '"', '""', "'", '{', '}', '=', '~', '#', '::', '//', '\\', '$CATEGORY:', '%', '->', ':', '[', ']',
	'<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '#separator:tab', '#html:true', '#columns:Front\tBack', 'TRUE', 'FALSE', 'T', 'F',
	'question', 'answer', 'prompt', 'type', 'choices', 'id', '1', '0', '-1', '1e308', 'NaN', '\u0000', '\ufeff', '\u2028', '\ud800', 'é', '😀', ' ', '    '
];

export const formatish: fc.Arbitrary<string> = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** Any text: formatted-looking, random unicode, or JSON of anything. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
	formatish,
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
	fc.anything({ maxDepth: 3 }).map((value) => {
		try {
			return JSON.stringify(value) ?? 'undefined';
		} catch {
			return String(value);
		}
	})
);

/** One character changed, inserted or removed at a random place: a damaged copy of a good file. */
export function mutated(text: string): fc.Arbitrary<string> {
	return fc
		.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.constantFrom('replace', 'insert', 'delete', 'truncate'), fc.constantFrom(...TOKENS, 'x', '9', '"', '}'))
		.map(([at, how, piece]) => {
			if (how === 'truncate') return text.slice(0, at);
			if (how === 'delete') return text.slice(0, at) + text.slice(at + 1);
			if (how === 'insert') return text.slice(0, at) + piece + text.slice(at);
			return text.slice(0, at) + piece + text.slice(at + 1);
		});
}

/** Awaits `parse`, failing the property if it rejects or takes longer than the time box. */
export async function timedAsync<T>(parse: () => Promise<T>): Promise<T> {
	const started = performance.now();
	const result = await parse();
	const elapsed = performance.now() - started;
	expect(elapsed, `one input took ${Math.round(elapsed)} ms`).toBeLessThan(TIME_BOX_MS);
	return result;
}

/** Runs `parse`, failing the property if it throws or takes longer than the time box. */
export function timed<T>(parse: () => T): T {
	const started = performance.now();
	const result = parse();
	const elapsed = performance.now() - started;
	expect(elapsed, `one input took ${Math.round(elapsed)} ms`).toBeLessThan(TIME_BOX_MS);
	return result;
}

/** An error message a person can act on: words, not "[object Object]", not a bare "undefined" or "Error". */
export function clearMessage(message: unknown): void {
	expect(typeof message).toBe('string');
	expect((message as string).trim().length).toBeGreaterThan(5);
	expect(message).not.toMatch(/\[object [A-Z]|^(undefined|null|NaN|Error)$/);
	expect(message).toMatch(/[a-z]{2,} [a-z]{2,}/);
}
