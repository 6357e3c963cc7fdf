/** Seeded randomness and stable hashes: the generator never calls Math.random. */
import { fnv1a, mulberry32 } from '../core/random';

export { mulberry32 };

/** FNV-1a 32-bit hash of a string (the app's one copy, in core/random.ts). */
export const hashString = fnv1a;

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
