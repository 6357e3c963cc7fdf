import { SYNC_LIMITS, validateDeleteAccount, validateNewAccount } from '$lib/formats/sync';
import { createAccount, deleteAccount, describeAccount } from '$lib/server/accounts';
import { accountEndpoint, clientAddress, publicEndpoint } from '$lib/server/api';

export const prerender = false;

/** First sync: a new account holding this device. */
export const POST = publicEndpoint({ body: { limit: SYNC_LIMITS.smallBytes, validate: validateNewAccount }, status: 201 }, ({ store, event, body }) =>
	createAccount(store, body.device, clientAddress(event))
);

export const GET = accountEndpoint({}, ({ store, caller }) => describeAccount(store, caller));

/** Deletes the account and everything in it; the body repeats the account id. */
export const DELETE = accountEndpoint({ body: { limit: SYNC_LIMITS.smallBytes, validate: validateDeleteAccount } }, ({ store, caller, body }) =>
	deleteAccount(store, caller, body.confirm)
);
