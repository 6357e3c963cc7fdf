/**
 * Simulated workload and knowledge by desired retention, off the main thread: a year of 600
 * questions takes long enough on a phone to freeze typing. Each retention asked for is answered
 * by one message as soon as it is ready (figures are remembered, so asking again is free).
 */
import { retentionChoice, type RetentionChoice, type WorkloadOptions } from '$lib/core/simulate';
import { serveRequests } from './serve';

export interface WorkloadRequest {
	/** Echoed in every answer, so the page can ignore answers to questions it no longer asks. */
	id: number;
	retentions: number[];
	options: WorkloadOptions;
}

export type WorkloadMessage = { type: 'choice'; id: number; choice: RetentionChoice } | { type: 'done'; id: number } | { type: 'error'; id: number; message: string };

serveRequests<WorkloadRequest, WorkloadMessage>(
	({ id, retentions, options }, post) => {
		for (const desired of retentions) post({ type: 'choice', id, choice: retentionChoice(desired, options) });
		post({ type: 'done', id });
	},
	({ id }, message) => ({ type: 'error', id, message })
);
