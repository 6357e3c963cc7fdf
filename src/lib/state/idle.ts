/**
 * Work the first screen does not need (starting sync, loading the next page's code) waits until
 * the page has loaded, a moment more, and the browser is idle, so that it never competes with
 * the page's own start: idle moments come early too, while a page waits for its data.
 */

/** The part of `window` this uses, so that a test can hand in its own. */
export type IdleTarget = Pick<Window, 'addEventListener' | 'setTimeout'> & {
	document: Pick<Document, 'readyState'>;
	requestIdleCallback?: Window['requestIdleCallback'];
};

/** After the page's load event: this long, then the first idle moment (or `timeoutMs` more at the latest). */
export const IDLE_DELAY_MS = 1_500;

/** Runs `task` once the page has loaded, `IDLE_DELAY_MS` have passed and the browser is idle. */
export function whenIdle(task: () => void, target: IdleTarget = window, timeoutMs = 3_000): void {
	// Browsers without idle callbacks (Safari) run it after the delay.
	const idle = () => (target.requestIdleCallback ? target.requestIdleCallback(() => task(), { timeout: timeoutMs }) : task());
	const later = () => target.setTimeout(idle, IDLE_DELAY_MS);
	if (target.document.readyState === 'complete') later();
	else target.addEventListener('load', later, { once: true });
}
