/**
 * Runs the question generator off the main thread, so the page never freezes. Two jobs: a whole
 * article (progress posted at most every 50 ms, then the result) and the questions a teacher's
 * selection gives. Each reply carries the job's number; a one-line error ends a job that fails.
 */
import { generateQuestions, questionsAbout, type GenerateOptions, type GenerateResult, type GeneratedCandidate, type Selection } from '$lib/generate';
import { serveRequests, throttledProgress } from './serve';

export type GenerateRequest =
	| { job: number; kind: 'generate'; text: string; options: Omit<GenerateOptions, 'onProgress'> }
	| { job: number; kind: 'about'; text: string; selection: Selection; options: Pick<GenerateOptions, 'types' | 'articleDate'> };

export type GenerateMessage =
	| { job: number; type: 'progress'; stage: 'reading' | 'writing'; done: number; total: number }
	| { job: number; type: 'result'; result: GenerateResult }
	| { job: number; type: 'about'; candidates: GeneratedCandidate[]; error?: string }
	| { job: number; type: 'error'; message: string };

serveRequests<GenerateRequest, GenerateMessage>(
	(request, post) => {
		const { job } = request;
		if (request.kind === 'about') {
			const found = questionsAbout(request.text, request.selection, request.options);
			post({ job, type: 'about', candidates: found.candidates, ...(found.error ? { error: found.error } : {}) });
			return;
		}
		let stage: 'reading' | 'writing' = 'reading';
		const progress = throttledProgress(50, (done, total) => post({ job, type: 'progress', stage, done, total }));
		const result = generateQuestions(request.text, {
			...request.options,
			onProgress(now, done, total) {
				stage = now;
				progress(done, total);
			}
		});
		post({ job, type: 'result', result });
	},
	({ job }, message) => ({ job, type: 'error', message })
);
