import { accountEndpoint } from '$lib/server/api';
import { newRecoveryCode } from '$lib/server/accounts';

export const prerender = false;

/** A new printable recovery code (the previous one stops working); shown once. */
export const POST = accountEndpoint({ status: 201 }, ({ store, caller }) => newRecoveryCode(store, caller));
