/**
 * Runs the question generator off the main thread, so the page never freezes. Progress is posted
 * at most every 50 ms; the result or a one-line error ends each job.
 */
import { generateQuestions, type GenerateOptions, type GenerateResult } from '$lib/generate';

export interface GenerateRequest {
	text: string;
	options: Omit<GenerateOptions, 'onProgress'>;
}

export type GenerateMessage =
	| { type: 'progress'; stage: 'reading' | 'writing'; done: number; total: number }
	| { type: 'result'; result: GenerateResult }
	| { type: 'error'; message: string };

const post = (message: GenerateMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
	const { text, options } = event.data;
	let last = 0;
	try {
		const result = generateQuestions(text, {
			...options,
			onProgress(stage, done, total) {
				const now = performance.now();
				if (now - last < 50) return;
				last = now;
				post({ type: 'progress', stage, done, total });
			}
		});
		post({ type: 'result', result });
	} catch (error) {
		post({ type: 'error', message: (error as Error).message });
	}
});
