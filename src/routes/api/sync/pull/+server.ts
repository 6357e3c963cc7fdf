import { SYNC_LIMITS } from '$lib/formats/sync';
import { accountEndpoint } from '$lib/server/api';
import { ApiError } from '$lib/server/http';
import { pull } from '$lib/server/sync';

export const prerender = false;

function whole(params: URLSearchParams, name: string, fallback: number, max: number): number {
	const text = params.get(name);
	if (text === null) return fallback;
	const value = Number(text);
	if (!/^\d{1,15}$/.test(text) || value > max) throw new ApiError(400, `"${name}" must be a whole number from 0 to ${max}`);
	return value;
}

/** The account's changes after `?after=CURSOR` (default 0), at most `?limit=` (default 500). */
export const GET = accountEndpoint({}, ({ store, caller, event }) => {
	const after = whole(event.url.searchParams, 'after', 0, Number.MAX_SAFE_INTEGER);
	const limit = whole(event.url.searchParams, 'limit', SYNC_LIMITS.pullPage, SYNC_LIMITS.pullPageMost);
	if (limit === 0) throw new ApiError(400, '"limit" must be at least 1');
	return pull(store, caller, after, limit);
});
