/**
 * Fits FSRS weights to the learner's review log off the main thread. Progress is posted at most
 * every 100 ms; the result (or a one-line error) ends the job.
 */
import { optimize, type OptimizeResult, type ReviewRecord } from '$lib/core/optimize';
import type { DayOptions } from '$lib/core/day';

export interface OptimizeRequest {
	records: ReviewRecord[];
	day: DayOptions;
	current: number[];
}

export type OptimizeMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: OptimizeResult } | { type: 'error'; message: string };

const post = (message: OptimizeMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<OptimizeRequest>) => {
	const { records, day, current } = event.data;
	let last = 0;
	try {
		const result = optimize(records, day, current, {
			onProgress(done, total) {
				const now = performance.now();
				if (now - last < 100 && done < total) return;
				last = now;
				post({ type: 'progress', done, total });
			}
		});
		post({ type: 'result', result });
	} catch (error) {
		post({ type: 'error', message: (error as Error).message });
	}
});
