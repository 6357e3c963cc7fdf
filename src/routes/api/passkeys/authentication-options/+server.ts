import { clientAddress, publicEndpoint, relyingParty } from '$lib/server/api';
import { authenticationOptions } from '$lib/server/passkeys';

export const prerender = false;

/** Options for navigator.credentials.get() on a device not yet signed in, and the id of their challenge. */
export const POST = publicEndpoint({}, ({ store, event }) => authenticationOptions(store, relyingParty(event), clientAddress(event)));
