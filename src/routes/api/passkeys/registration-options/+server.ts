import { accountEndpoint, relyingParty } from '$lib/server/api';
import { registrationOptions } from '$lib/server/passkeys';

export const prerender = false;

/** Options for navigator.credentials.create(), and the id of their challenge. */
export const POST = accountEndpoint({}, ({ store, caller, event }) => registrationOptions(store, caller, relyingParty(event)));
