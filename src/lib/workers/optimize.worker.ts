/**
 * Fits FSRS weights to the learner's review log off the main thread. Progress is posted at most
 * every 100 ms; the result (or a one-line error) ends the job.
 */
import { optimize, type OptimizeResult, type ReviewRecord } from '$lib/core/optimize';
import type { DayOptions } from '$lib/core/day';
import { serveRequests, throttledProgress } from './serve';

export interface OptimizeRequest {
	records: ReviewRecord[];
	day: DayOptions;
	current: number[];
}

export type OptimizeMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: OptimizeResult } | { type: 'error'; message: string };

serveRequests<OptimizeRequest, OptimizeMessage>(
	({ records, day, current }, post) => {
		const onProgress = throttledProgress(100, (done, total) => post({ type: 'progress', done, total }));
		post({ type: 'result', result: optimize(records, day, current, { onProgress }) });
	},
	(_request, message) => ({ type: 'error', message })
);
