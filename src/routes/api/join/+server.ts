import { SYNC_LIMITS, validateCodeRequest } from '$lib/formats/sync';
import { clientAddress, publicEndpoint } from '$lib/server/api';
import { joinWithCode } from '$lib/server/devices';

export const prerender = false;

/** Joins this device to the account whose one-time code it presents. */
export const POST = publicEndpoint({ body: { limit: SYNC_LIMITS.smallBytes, validate: validateCodeRequest }, status: 201 }, ({ store, event, body }) =>
	joinWithCode(store, body.code, body.device, clientAddress(event))
);
