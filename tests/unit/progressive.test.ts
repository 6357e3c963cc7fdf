import { describe, expect, it } from 'vitest';
import { ProgressiveList } from '../../src/lib/state/progressive.svelte';

/** A scheduler run by hand: `turn()` runs what is waiting. */
function manual() {
	let waiting: (() => void) | undefined;
	return {
		schedule: (next: () => void) => {
			waiting = next;
			return () => (waiting = undefined);
		},
		turn: () => {
			const next = waiting;
			waiting = undefined;
			next?.();
		},
		get pending() {
			return waiting !== undefined;
		}
	};
}

describe('a long list shown a slice at a time', () => {
	it('shows a short list whole at once; before it starts, no more than the first slice', () => {
		const clock = manual();
		const list = new ProgressiveList({ first: 100, step: 50, schedule: clock.schedule });
		expect(list.limit).toBe(100);
		list.start(74);
		expect(list.limit).toBe(Infinity);
		expect(list.complete).toBe(true);
		expect(clock.pending).toBe(false);
	});

	it('shows 5,000 items a slice per turn until all are shown', () => {
		const clock = manual();
		const list = new ProgressiveList({ first: 100, step: 1000, schedule: clock.schedule });
		list.start(5000);
		expect(list.limit).toBe(100);
		expect(list.shown).toEqual({ count: 100, total: 5000 });
		const limits = [];
		while (clock.pending) {
			clock.turn();
			limits.push(list.limit);
		}
		expect(limits).toEqual([1100, 2100, 3100, 4100, Infinity]);
		expect(list.shown).toEqual({ count: 5000, total: 5000 });
	});

	it('reveals an item further down at once, or everything (to print), and stops when the page leaves', () => {
		const clock = manual();
		const list = new ProgressiveList({ first: 100, step: 100, schedule: clock.schedule });
		list.start(5000);
		list.reveal(2500);
		expect(list.limit).toBe(2500);
		clock.turn();
		expect(list.limit).toBe(2600);
		list.reveal();
		expect(list.complete).toBe(true);
		expect(clock.pending).toBe(false);
		list.start(3000);
		list.stop();
		expect(clock.pending).toBe(false);
		expect(list.limit).toBe(100);
	});
});
