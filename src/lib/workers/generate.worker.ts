/**
 * Runs the question generator off the main thread, so the page never freezes. Two jobs: a whole
 * article (progress posted at most every 50 ms, then the result) and the questions a teacher's
 * selection gives. Each reply carries the job's number; a one-line error ends a job that fails.
 */
import { generateQuestions, questionsAbout, type GenerateOptions, type GenerateResult, type GeneratedCandidate, type Selection } from '$lib/generate';

export type GenerateRequest =
	| { job: number; kind: 'generate'; text: string; options: Omit<GenerateOptions, 'onProgress'> }
	| { job: number; kind: 'about'; text: string; selection: Selection; options: Pick<GenerateOptions, 'types' | 'articleDate'> };

export type GenerateMessage =
	| { job: number; type: 'progress'; stage: 'reading' | 'writing'; done: number; total: number }
	| { job: number; type: 'result'; result: GenerateResult }
	| { job: number; type: 'about'; candidates: GeneratedCandidate[]; error?: string }
	| { job: number; type: 'error'; message: string };

const post = (message: GenerateMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
	const request = event.data;
	const { job } = request;
	try {
		if (request.kind === 'about') {
			const found = questionsAbout(request.text, request.selection, request.options);
			post({ job, type: 'about', candidates: found.candidates, ...(found.error ? { error: found.error } : {}) });
			return;
		}
		let last = 0;
		const result = generateQuestions(request.text, {
			...request.options,
			onProgress(stage, done, total) {
				const now = performance.now();
				if (now - last < 50) return;
				last = now;
				post({ job, type: 'progress', stage, done, total });
			}
		});
		post({ job, type: 'result', result });
	} catch (error) {
		post({ job, type: 'error', message: (error as Error).message });
	}
});
