/**
 * Shows a long list a slice at a time, so that opening a page of 5,000 questions never freezes the
 * tab: the first slice at once, then one more slice per turn of the event loop until all are
 * shown. A short list is shown whole at once. The scheduler is injected so tests run it by hand.
 */

export interface ProgressiveOptions {
	/** Items shown at once (a short list is shown whole). */
	first?: number;
	/** Items added per turn after that. */
	step?: number;
	/** Runs `next` later, once; returns a way to cancel it. Default: a timer (the page can paint and take input between slices). */
	schedule?: (next: () => void) => () => void;
}

const later = (next: () => void) => {
	const timer = setTimeout(next, 0);
	return () => clearTimeout(timer);
};

export class ProgressiveList {
	/** How many items to show; Infinity once the list is whole. Before `start`, the first slice only. */
	#limit = $state(0);
	#total = $state(0);
	#cancel: (() => void) | undefined;
	readonly #first: number;
	readonly #step: number;
	readonly #schedule: (next: () => void) => () => void;

	constructor(options: ProgressiveOptions = {}) {
		this.#first = options.first ?? 100;
		this.#step = options.step ?? 100;
		this.#schedule = options.schedule ?? later;
		// A page may render the list before it calls start (an effect runs after the first render).
		this.#limit = this.#first;
	}

	/** How many items to render: `items.slice(0, list.limit)`. */
	get limit(): number {
		return this.#limit;
	}

	/** Every item is shown. */
	get complete(): boolean {
		return this.#limit === Infinity;
	}

	/** Items shown so far, of how many (for "Showing 300 of 5,000…"). */
	get shown(): { count: number; total: number } {
		return { count: Math.min(this.#limit, this.#total), total: this.#total };
	}

	/** Starts showing a list of `total` items. */
	start(total: number): void {
		this.stop();
		this.#total = total;
		if (total <= this.#first) {
			this.#limit = Infinity;
			return;
		}
		this.#limit = this.#first;
		this.#next();
	}

	/** Shows at least the first `count` items now (all by default): to reach an item, or to print. */
	reveal(count = Infinity): void {
		if (count <= this.#limit) return;
		if (count >= this.#total) {
			this.stop();
			this.#limit = Infinity;
		} else this.#limit = count;
	}

	/** Stops adding slices (the page is leaving). */
	stop(): void {
		this.#cancel?.();
		this.#cancel = undefined;
	}

	#next(): void {
		this.#cancel = this.#schedule(() => {
			this.#cancel = undefined;
			const limit = this.#limit + this.#step;
			if (limit >= this.#total) this.#limit = Infinity;
			else {
				this.#limit = limit;
				this.#next();
			}
		});
	}
}
