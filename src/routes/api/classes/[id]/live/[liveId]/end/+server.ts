import { accountEndpoint } from '$lib/server/api';
import { endLiveTest } from '$lib/server/live-tests';

export const prerender = false;

/** Ends the live test; results arriving later are stored, marked as after the end. */
export const POST = accountEndpoint({}, ({ store, caller, event }) => endLiveTest(store, caller, event.params.id ?? '', event.params.liveId ?? ''));
