import { describe, expect, it } from 'vitest';
import { Workload } from '../../src/lib/state/workload.svelte';
import type { WorkloadMessage, WorkloadRequest } from '../../src/lib/workers/workload.worker';

/** A stand-in worker: keeps the requests, and lets the test answer them in any order. */
class FakeWorker {
	requests: WorkloadRequest[] = [];
	listeners = new Map<string, Array<(event: { data?: WorkloadMessage; message?: string }) => void>>();
	terminated = false;
	addEventListener(type: string, listener: (event: { data?: WorkloadMessage; message?: string }) => void) {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}
	postMessage(request: WorkloadRequest) {
		this.requests.push(structuredClone(request));
	}
	answer(message: WorkloadMessage) {
		for (const listener of this.listeners.get('message') ?? []) listener({ data: message });
	}
	crash(message: string) {
		for (const listener of this.listeners.get('error') ?? []) listener({ message });
	}
	terminate() {
		this.terminated = true;
	}
}

const options = { learningSteps: ['1m', '10m'], relearningSteps: ['10m'] } as const;
const choice = (desired: number) => ({ desired, perQuestion: desired * 10, known: desired });

function setUp() {
	const worker = new FakeWorker();
	let created = 0;
	const workload = new Workload(() => {
		created++;
		return worker as unknown as Worker;
	});
	return { worker, workload, created: () => created };
}

describe('workload figures from the worker', () => {
	it('shows the estimate for the retention asked last; a late answer to an earlier one is dropped', () => {
		const { worker, workload, created } = setUp();
		workload.estimateAt(0.8, options);
		workload.estimateAt(0.9, options);
		expect(worker.requests.map((request) => request.retentions)).toEqual([[0.8], [0.9]]);
		expect(created()).toBe(1);
		worker.answer({ type: 'choice', id: worker.requests[1]!.id, choice: choice(0.9) });
		worker.answer({ type: 'choice', id: worker.requests[0]!.id, choice: choice(0.8) });
		expect(workload.estimate?.desired).toBe(0.9);
	});

	it('asks nothing again for the same retention and options, but does when the steps change', () => {
		const { worker, workload } = setUp();
		workload.estimateAt(0.9, options);
		workload.estimateAt(0.9, { ...options });
		expect(worker.requests).toHaveLength(1);
		workload.estimateAt(0.9, { ...options, learningSteps: [] });
		expect(worker.requests).toHaveLength(2);
	});

	it('fills the comparison row by row with progress, then stops comparing', () => {
		const { worker, workload } = setUp();
		workload.compare([0.7, 0.8], options);
		expect(workload.comparing).toBe(true);
		const { id } = worker.requests[0]!;
		worker.answer({ type: 'choice', id, choice: choice(0.7) });
		expect(workload.fraction).toBe(0.5);
		worker.answer({ type: 'choice', id, choice: choice(0.8) });
		worker.answer({ type: 'done', id });
		expect(workload.comparisonFor(options).map((row) => row.desired)).toEqual([0.7, 0.8]);
		expect(workload.comparing).toBe(false);
		// Other steps: the comparison no longer applies.
		expect(workload.comparisonFor({ ...options, learningSteps: ['5m'] })).toEqual([]);
	});

	it('says why when the worker fails, and can be asked again', () => {
		const { worker, workload } = setUp();
		workload.compare([0.7], options);
		worker.crash('out of memory');
		expect(workload.comparing).toBe(false);
		expect(workload.error).toBe('The workload could not be worked out: out of memory');
		workload.estimateAt(0.9, options);
		expect(workload.error).toBeUndefined();
		workload.destroy();
		expect(worker.terminated).toBe(true);
	});
});
