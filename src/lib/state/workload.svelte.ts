/**
 * The settings page's workload figures: the expected answers at the retention being typed, and a
 * comparison across the allowed range, worked out by the simulated learner in a worker. A newer
 * question makes the answers to an older one irrelevant; they are dropped when they arrive.
 */
import type { RetentionChoice, WorkloadOptions } from '$lib/core/simulate';
import type { WorkloadMessage, WorkloadRequest } from '$lib/workers/workload.worker';

function keyOf(options: WorkloadOptions): string {
	return JSON.stringify([options.learningSteps, options.relearningSteps, options.weights ?? null]);
}

export class Workload {
	/** The figures at the retention asked for last; undefined while they are being worked out. */
	#estimate = $state<RetentionChoice | undefined>();
	#choices = $state<RetentionChoice[]>([]);
	#comparing = $state(false);
	#error = $state<string | undefined>();
	#worker: Worker | undefined;
	#next = 0;
	#estimateId = -1;
	#estimateKey = '';
	#compareId = -1;
	/** Reactive, as the comparison shown depends on it. */
	#compareKey = $state('');
	#compareTotal = 0;

	constructor(private readonly createWorker: () => Worker) {}

	get estimate(): RetentionChoice | undefined {
		return this.#estimate;
	}

	/** The comparison so far, in the order asked, if it was made with `options` (else nothing: it no longer applies). */
	comparisonFor(options: WorkloadOptions): RetentionChoice[] {
		return keyOf(options) === this.#compareKey ? this.#choices : [];
	}

	get comparing(): boolean {
		return this.#comparing;
	}

	/** Share of the comparison worked out (0–1). */
	get fraction(): number {
		return this.#compareTotal > 0 ? this.#choices.length / this.#compareTotal : 0;
	}

	get error(): string | undefined {
		return this.#error;
	}

	/** Works out the figures at `retention`; `estimate` holds them once ready. */
	estimateAt(retention: number, options: WorkloadOptions): void {
		const key = `${retention} ${keyOf(options)}`;
		if (key === this.#estimateKey) return;
		this.#estimateKey = key;
		this.#estimate = undefined;
		this.#estimateId = this.#send([retention], options);
	}

	/** Works out the figures at each of `retentions`, one by one into the comparison. */
	compare(retentions: readonly number[], options: WorkloadOptions): void {
		this.#choices = [];
		this.#compareKey = keyOf(options);
		this.#comparing = true;
		this.#compareTotal = retentions.length;
		this.#compareId = this.#send([...retentions], options);
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#send(retentions: number[], options: WorkloadOptions): number {
		const id = this.#next++;
		this.#error = undefined;
		if (!this.#worker) {
			this.#worker = this.createWorker();
			this.#worker.addEventListener('message', (event: MessageEvent<WorkloadMessage>) => this.#receive(event.data));
			this.#worker.addEventListener('error', (event) => this.#fail(event.message || 'the simulation stopped unexpectedly'));
		}
		// Plain copies: the options may be reactive proxies, which cannot be posted.
		const request: WorkloadRequest = { id, retentions, options: { learningSteps: [...options.learningSteps], relearningSteps: [...options.relearningSteps], ...(options.weights ? { weights: [...options.weights] } : {}) } };
		this.#worker.postMessage(request);
		return id;
	}

	#receive(message: WorkloadMessage): void {
		if (message.type === 'error') {
			if (message.id === this.#estimateId || message.id === this.#compareId) this.#fail(message.message);
			return;
		}
		if (message.id === this.#estimateId && message.type === 'choice') this.#estimate = message.choice;
		if (message.id === this.#compareId) {
			if (message.type === 'choice') this.#choices = [...this.#choices, message.choice];
			else this.#comparing = false;
		}
	}

	#fail(message: string): void {
		this.#comparing = false;
		this.#estimateKey = '';
		this.#error = `The workload could not be worked out: ${message}`;
	}
}
