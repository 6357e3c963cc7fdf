import { SYNC_LIMITS, validatePasskeyRequest } from '$lib/formats/sync';
import { clientAddress, publicEndpoint, relyingParty } from '$lib/server/api';
import { signInWithPasskey } from '$lib/server/passkeys';

export const prerender = false;

/** Signs this device in with a passkey of an account: the device joins that account. */
export const POST = publicEndpoint(
	{ body: { limit: SYNC_LIMITS.smallBytes, validate: (raw) => validatePasskeyRequest(raw, { device: true }) }, status: 201 },
	({ store, event, body }) => signInWithPasskey(store, body.challengeId, body.response, body.device!, relyingParty(event), clientAddress(event))
);
