/**
 * What the computing workers share: each request is answered by `handle` through `post`, and a
 * request that throws ends with one error message carrying the text of what went wrong.
 */
export function serveRequests<Request, Message>(
	handle: (request: Request, post: (message: Message) => void) => void,
	failed: (request: Request, message: string) => Message
): void {
	const post = (message: Message) => (self as unknown as Worker).postMessage(message);
	self.addEventListener('message', (event: MessageEvent<Request>) => {
		try {
			handle(event.data, post);
		} catch (error) {
			post(failed(event.data, (error as Error).message));
		}
	});
}

/** Progress posted at most every `intervalMs` (always the last step when `done === total`), so a fast loop does not flood the page. */
export function throttledProgress(intervalMs: number, report: (done: number, total: number) => void): (done: number, total: number) => void {
	let last = 0;
	return (done, total) => {
		const now = performance.now();
		if (now - last < intervalMs && done < total) return;
		last = now;
		report(done, total);
	};
}
