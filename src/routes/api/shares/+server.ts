import { SYNC_LIMITS, validateShareRequest } from '$lib/formats/sync';
import { accountEndpoint } from '$lib/server/api';
import { createShare, listShares } from '$lib/server/shares';

export const prerender = false;

/** Stores a set of any size and answers with its short link, /s/CODE. */
export const POST = accountEndpoint({ body: { limit: SYNC_LIMITS.shareBytes, validate: validateShareRequest }, status: 201 }, ({ store, caller, body, event }) =>
	createShare(store, caller, body.set, event.url.origin)
);

export const GET = accountEndpoint({}, ({ store, caller }) => listShares(store, caller));
