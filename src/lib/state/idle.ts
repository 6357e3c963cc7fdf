/**
 * Work the first screen does not need (starting sync) waits until the page has loaded and the
 * browser has a moment to spare, so that it never competes with the page's own start.
 */

/** The part of `window` this uses, so that a test can hand in its own. */
export type IdleTarget = Pick<Window, 'addEventListener' | 'setTimeout'> & {
	document: Pick<Document, 'readyState'>;
	requestIdleCallback?: Window['requestIdleCallback'];
};

/** Runs `task` once the page has loaded and the browser is idle, or `timeoutMs` after the load at the latest. */
export function whenIdle(task: () => void, target: IdleTarget = window, timeoutMs = 3_000): void {
	// Browsers without idle callbacks (Safari) run it a moment after the load.
	const idle = () => (target.requestIdleCallback ? target.requestIdleCallback(() => task(), { timeout: timeoutMs }) : target.setTimeout(task, 200));
	if (target.document.readyState === 'complete') idle();
	else target.addEventListener('load', idle, { once: true });
}
