/**
 * Simulated workload and knowledge by desired retention, off the main thread: a year of 600
 * questions takes long enough on a phone to freeze typing. Each retention asked for is answered
 * by one message as soon as it is ready (figures are remembered, so asking again is free).
 */
import { retentionChoice, type RetentionChoice, type WorkloadOptions } from '$lib/core/simulate';

export interface WorkloadRequest {
	/** Echoed in every answer, so the page can ignore answers to questions it no longer asks. */
	id: number;
	retentions: number[];
	options: WorkloadOptions;
}

export type WorkloadMessage = { type: 'choice'; id: number; choice: RetentionChoice } | { type: 'done'; id: number } | { type: 'error'; id: number; message: string };

const post = (message: WorkloadMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkloadRequest>) => {
	const { id, retentions, options } = event.data;
	try {
		for (const desired of retentions) post({ type: 'choice', id, choice: retentionChoice(desired, options) });
		post({ type: 'done', id });
	} catch (error) {
		post({ type: 'error', id, message: (error as Error).message });
	}
});
