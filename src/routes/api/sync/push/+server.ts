import { SYNC_LIMITS, validatePushRequest } from '$lib/formats/sync';
import { accountEndpoint } from '$lib/server/api';
import { push } from '$lib/server/sync';

export const prerender = false;

/** Stores this device's changes: review-log entries, sets, settings. Safe to retry. */
export const POST = accountEndpoint({ body: { limit: SYNC_LIMITS.pushBytes, validate: validatePushRequest } }, ({ store, caller, body }) => push(store, caller, body));
