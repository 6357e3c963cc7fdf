import { accountEndpoint } from '$lib/server/api';
import { liveNow } from '$lib/server/live-tests';

export const prerender = false;

/** The live tests running now in this account's classes. */
export const GET = accountEndpoint({}, ({ store, caller }) => liveNow(store, caller));
