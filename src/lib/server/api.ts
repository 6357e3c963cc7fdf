/**
 * The frame every /api endpoint runs in, so that each +server.ts stays a few lines: the cross-site
 * check, the store, the caller (for endpoints of an account), the body (read within its size
 * limit and validated by the shared format module), and errors as JSON.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Checked } from '$lib/formats/sync';
import { authenticate, type Caller } from './auth';
import { ApiError, checkOrigin, errorResponse, json, readJson } from './http';
import { processStore, type Store } from './store';

export interface BodySpec<B> {
	limit: number;
	validate: (raw: unknown) => Checked<B>;
}

interface Input<B> {
	store: Store;
	event: RequestEvent;
	body: B;
}

interface Options<B> {
	body?: BodySpec<B>;
	/** Status of a successful answer with a body (default 200); a handler returning nothing answers 204. */
	status?: number;
}

async function run<B, C>(event: RequestEvent, options: Options<B>, who: (store: Store) => Promise<C>, work: (input: Input<B> & { caller: C }) => Promise<unknown>): Promise<Response> {
	try {
		checkOrigin(event.request, event.url);
		const store = await processStore();
		// Who is asking comes first: a stranger's body is never read.
		const caller = await who(store);
		let body = undefined as B;
		if (options.body) {
			const checked = options.body.validate(await readJson(event.request, options.body.limit));
			if (!checked.ok) throw new ApiError(400, `the request is not valid: ${checked.issues[0]}`, checked.issues);
			body = checked.value;
		}
		const result = await work({ store, event, body, caller });
		return result === undefined ? new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } }) : json(result, { status: options.status ?? 200 });
	} catch (error) {
		return errorResponse(error);
	}
}

/** An endpoint anyone may call (creating an account, joining with a code, reading a share link). */
export function publicEndpoint<B = undefined>(options: Options<B>, work: (input: Input<B>) => Promise<unknown>) {
	return (event: RequestEvent) => run(event, options, async () => undefined, work);
}

/** An endpoint of the caller's own account: refused (401) without a valid device token. */
export function accountEndpoint<B = undefined>(options: Options<B>, work: (input: Input<B> & { caller: Caller }) => Promise<unknown>) {
	return (event: RequestEvent) => run(event, options, (store) => authenticate(store, event.request.headers.get('authorization')), work);
}

/** The client's address, as the load balancer reports it when there is one (adapter-node's ADDRESS_HEADER). */
export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** The WebAuthn relying party: this server's host and origin. */
export function relyingParty(event: RequestEvent): { id: string; origin: string } {
	return { id: process.env.FACTDRILL_RP_ID || event.url.hostname, origin: event.url.origin };
}
