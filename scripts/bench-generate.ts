/** Generator timings for `npm run bench`: a 6 KB article after warm-up, and a 600 KB text (linear cost). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateQuestions } from '../src/lib/generate/index';

const FIXTURES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'tests', 'fixtures', 'articles');

function median(values: number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** Fixture articles joined (paragraph breaks kept) until the text reaches `bytes`. */
function corpus(bytes: number): string {
	const articles = readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(join(FIXTURES, f), 'utf8').trim());
	let text = '';
	for (let i = 0; text.length < bytes; i++) text += articles[i % articles.length]! + '\n\n';
	return text.slice(0, text.lastIndexOf('\n', bytes) > 0 ? text.lastIndexOf('\n', bytes) : bytes);
}

export async function benchGenerate(): Promise<{ generate_ms_6kb: number; generate_ms_600kb: number }> {
	const small = corpus(6 * 1024);
	const large = corpus(600 * 1024);
	for (let i = 0; i < 3; i++) void generateQuestions(small, { articleDate: '2023-11-14' });
	const runs: number[] = [];
	for (let i = 0; i < 7; i++) {
		const t0 = performance.now();
		generateQuestions(small, { articleDate: '2023-11-14' });
		runs.push(performance.now() - t0);
	}
	const t0 = performance.now();
	generateQuestions(large, { articleDate: '2023-11-14' });
	const largeMs = performance.now() - t0;
	return { generate_ms_6kb: Math.round(median(runs)), generate_ms_600kb: Math.round(largeMs) };
}

if (process.argv[1] && /bench-generate\.ts$/.test(process.argv[1])) {
	benchGenerate().then((r) => console.log(JSON.stringify(r)));
}
