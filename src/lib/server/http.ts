/**
 * What every API endpoint shares: errors as JSON with a clear message, bodies read with a size
 * limit and parsed as JSON, and the cross-site request check.
 */
import { StoreUnavailableError } from './db/sql';

/** A refusal the client is told about: status and a message naming what is wrong and where. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly details?: string[],
		readonly headers: Record<string, string> = {}
	) {
		super(message);
		this.name = 'ApiError';
	}
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
	return new Response(JSON.stringify(body), {
		status: init.status ?? 200,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...init.headers }
	});
}

/** The answer for anything an endpoint throws; unexpected errors are logged, never shown. */
export function errorResponse(error: unknown): Response {
	if (error instanceof ApiError) return json({ error: error.message, ...(error.details ? { details: error.details } : {}) }, { status: error.status, headers: error.headers });
	if (error instanceof StoreUnavailableError) return json({ error: error.message }, { status: 503, headers: { 'retry-after': '2' } });
	console.error('factdrill server error:', error);
	return json({ error: 'the server failed to answer this request; nothing was changed' }, { status: 500 });
}

/**
 * Reads a JSON body of at most `limit` bytes. The limit is checked on the declared length and again
 * while reading, so a body that lies about its length is cut off too.
 */
export async function readJson(request: Request, limit: number): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError(415, 'send the body as JSON (Content-Type: application/json)');
	const declared = Number(request.headers.get('content-length') ?? NaN);
	// Refused unread: the connection is closed after the answer, since the rest of the body would
	// still be on its way and the next request on it would be read from the middle of it.
	if (declared > limit) throw tooLarge(limit, { connection: 'close' });
	if (!request.body) throw new ApiError(400, 'the body is empty; send a JSON object');
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await drain(reader);
			throw tooLarge(limit);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (error) {
		throw new ApiError(400, `the body is not valid JSON (${(error as Error).message})`);
	}
}

/**
 * Reads the rest of a refused body and drops it, so that the client, still sending, gets the answer
 * (cancelling would cut the connection first). The Node server bounds this (BODY_SIZE_LIMIT).
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
	try {
		while (!(await reader.read()).done);
	} catch {
		// Past the server's own limit, or the client went away: nothing more to read either way.
	}
}

function tooLarge(limit: number, headers: Record<string, string> = {}): ApiError {
	return new ApiError(413, `the body is larger than this request allows (${limit.toLocaleString('en')} bytes)`, undefined, headers);
}

/**
 * Requests that change something must come from this app's own pages, or from no browser page at
 * all (no Origin header: the command line, another server). Credentials travel in a header the
 * browser never adds by itself, so a cross-site page has nothing to forge with; this check is the
 * second wall.
 */
export function checkOrigin(request: Request, url: URL): void {
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== url.origin) throw new ApiError(403, `requests from ${origin} are not accepted here`);
	const site = request.headers.get('sec-fetch-site');
	if (site !== null && site !== 'same-origin' && site !== 'none') throw new ApiError(403, 'cross-site requests are not accepted here');
}
