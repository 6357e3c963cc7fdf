import { describe, expect, it } from 'vitest';
import { IDLE_DELAY_MS, whenIdle, type IdleTarget } from '../../src/lib/state/idle';

/** A page that records its listeners, idle callbacks and timers, and lets the test run them. */
function fakePage(readyState: DocumentReadyState, idleCallbacks = true) {
	const loads: Array<() => void> = [];
	const idle: Array<{ run: () => void; timeout?: number }> = [];
	const timers: Array<{ run: () => void; ms?: number }> = [];
	const target = {
		document: { readyState },
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'load') loads.push(listener);
		},
		setTimeout: (run: () => void, ms?: number) => timers.push({ run, ms }),
		...(idleCallbacks ? { requestIdleCallback: (run: () => void, options?: { timeout?: number }) => idle.push({ run, timeout: options?.timeout }) } : {})
	} as unknown as IdleTarget;
	return { target, loads, idle, timers };
}

describe('whenIdle', () => {
	it('waits for the page to load, then a moment, then for the browser to be idle (at most the timeout)', () => {
		const page = fakePage('interactive');
		const runs: string[] = [];
		whenIdle(() => runs.push('sync'), page.target, 3000);
		expect(page.timers).toHaveLength(0);
		page.loads.forEach((load) => load());
		expect(page.timers.map((timer) => timer.ms)).toEqual([IDLE_DELAY_MS]);
		expect(page.idle).toHaveLength(0);
		page.timers[0]!.run();
		expect(runs).toEqual([]);
		expect(page.idle.map((entry) => entry.timeout)).toEqual([3000]);
		page.idle[0]!.run();
		expect(runs).toEqual(['sync']);
	});

	it('on a page already loaded, waits only the moment and for the browser to be idle', () => {
		const page = fakePage('complete');
		const runs: string[] = [];
		whenIdle(() => runs.push('sync'), page.target);
		expect(page.loads).toHaveLength(0);
		page.timers[0]!.run();
		expect(runs).toEqual([]);
		page.idle[0]!.run();
		expect(runs).toEqual(['sync']);
	});

	it('without idle callbacks, runs after the moment', () => {
		const page = fakePage('loading', false);
		const runs: string[] = [];
		whenIdle(() => runs.push('sync'), page.target);
		page.loads.forEach((load) => load());
		expect(runs).toEqual([]);
		page.timers[0]!.run();
		expect(runs).toEqual(['sync']);
	});
});
