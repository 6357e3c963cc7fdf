/**
 * Seeded randomness and a stable string hash, one copy for the whole app, the generator included
 * (src/lib/generate/random.ts re-exports these). Pure: the same seed, the same numbers.
 */

/** mulberry32: a small, fast 32-bit generator; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a over a string's UTF-16 code units: a cheap, stable 32-bit hash. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
