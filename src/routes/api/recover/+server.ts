import { SYNC_LIMITS, validateCodeRequest } from '$lib/formats/sync';
import { recover } from '$lib/server/accounts';
import { clientAddress, publicEndpoint } from '$lib/server/api';

export const prerender = false;

/** Signs this device in with the account's recovery code. */
export const POST = publicEndpoint({ body: { limit: SYNC_LIMITS.smallBytes, validate: validateCodeRequest }, status: 201 }, ({ store, event, body }) =>
	recover(store, body.code, body.device, clientAddress(event))
);
