/**
 * The settings page's "fit FSRS to my reviews": reads the log, runs the optimiser in a worker with
 * progress, and stores the new weights only when they predict the later reviews better. A failure
 * leaves the current weights in place and says why.
 */
import { default_w } from 'ts-fsrs';
import type { OptimizeMessage, OptimizeRequest } from '$lib/workers/optimize.worker';
import { scheduledReviews, type OptimizeResult } from '$lib/core/optimize';
import type { DayOptions } from '$lib/core/day';
import type { Database } from '$lib/storage/db';
import type { FittedParameters } from '$lib/core/records';
import { clearFittedParameters, getFittedParameters, optimizerRecords, putFittedParameters } from '$lib/storage/stats';

export type OptimizerStatus = 'idle' | 'reading' | 'fitting' | 'done' | 'failed';

export class Optimizer {
	#status = $state<OptimizerStatus>('idle');
	#fraction = $state(0);
	#message = $state<string | undefined>();
	#result = $state<OptimizeResult | undefined>();
	#fitted = $state<FittedParameters | undefined>();
	#reviews = $state<number | undefined>();
	#worker: Worker | undefined;

	constructor(
		private readonly db: Database,
		private readonly createWorker: () => Worker,
		private readonly now: () => number = Date.now
	) {}

	get status(): OptimizerStatus {
		return this.#status;
	}

	get fraction(): number {
		return this.#fraction;
	}

	get message(): string | undefined {
		return this.#message;
	}

	get result(): OptimizeResult | undefined {
		return this.#result;
	}

	/** The weights in use when they were fitted here; undefined means ts-fsrs's defaults. */
	get fitted(): FittedParameters | undefined {
		return this.#fitted;
	}

	/** Reviews in the log a fit can use (a day or more after the one before), once `count` has read them. */
	get reviews(): number | undefined {
		return this.#reviews;
	}

	async load(): Promise<void> {
		this.#fitted = await getFittedParameters(this.db);
	}

	/** Reads the log to tell whether a fit can run; the page offers it only then. */
	async count(day: DayOptions): Promise<void> {
		this.#reviews = scheduledReviews(await optimizerRecords(this.db), day);
	}

	async run(day: DayOptions): Promise<void> {
		if (this.#status === 'reading' || this.#status === 'fitting') return;
		this.#status = 'reading';
		this.#fraction = 0;
		this.#message = undefined;
		this.#result = undefined;
		try {
			const records = await optimizerRecords(this.db);
			const current = this.#fitted?.weights ?? [...default_w];
			this.#status = 'fitting';
			const result = await this.#fit({ records, day, current });
			this.#result = result;
			this.#reviews = result.reviews;
			if (result.status === 'too-few') {
				this.#status = 'done';
				this.#message = `Not enough reviews yet: ${result.reviews} reviews a day or more apart, ${result.missing} more needed (${result.reviews + result.missing} in all). Your parameters are unchanged.`;
				return;
			}
			if (!result.better) {
				this.#status = 'done';
				this.#message = `The fitted parameters did not predict your later reviews better (log loss ${result.after.loss.toFixed(4)} against ${result.before.loss.toFixed(4)}), so your parameters are unchanged.`;
				return;
			}
			const fitted: FittedParameters = { weights: result.weights, fittedAt: this.now(), logLossBefore: result.before.loss, logLossAfter: result.after.loss, reviews: result.reviews };
			await putFittedParameters(this.db, fitted);
			this.#fitted = fitted;
			this.#status = 'done';
			this.#message = `New parameters applied: log loss on your later reviews ${result.before.loss.toFixed(4)} → ${result.after.loss.toFixed(4)}.`;
		} catch (error) {
			this.#status = 'failed';
			this.#message = `Optimisation failed, your parameters are unchanged: ${(error as Error).message}`;
		}
	}

	async reset(): Promise<void> {
		await clearFittedParameters(this.db);
		this.#fitted = undefined;
		this.#result = undefined;
		this.#message = 'Back to the default FSRS parameters.';
	}

	#fit(request: OptimizeRequest): Promise<OptimizeResult> {
		this.#worker ??= this.createWorker();
		const worker = this.#worker;
		return new Promise((resolve, reject) => {
			const onMessage = (event: MessageEvent<OptimizeMessage>) => {
				const message = event.data;
				if (message.type === 'progress') {
					this.#fraction = message.total > 0 ? message.done / message.total : 0;
					return;
				}
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				if (message.type === 'result') resolve(message.result);
				else reject(new Error(message.message));
			};
			const onError = (event: ErrorEvent) => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				reject(new Error(event.message || 'the optimiser stopped unexpectedly'));
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage(request);
		});
	}
}
