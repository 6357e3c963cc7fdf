import { CLASS_LIMITS, validateLiveStart } from '$lib/formats/classes';
import { accountEndpoint } from '$lib/server/api';
import { liveView, startLiveTest } from '$lib/server/live-tests';

export const prerender = false;

/** The class's latest live test and where each student is in it. */
export const GET = accountEndpoint({}, ({ store, caller, event }) => liveView(store, caller, event.params.id ?? ''));

/** Starts a live test of an assigned set `{ setId, questionCount }`. */
export const POST = accountEndpoint({ body: { limit: CLASS_LIMITS.smallBytes, validate: validateLiveStart }, status: 201 }, ({ store, caller, body, event }) =>
	startLiveTest(store, caller, event.params.id ?? '', body)
);
