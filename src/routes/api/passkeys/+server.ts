import { SYNC_LIMITS, validatePasskeyRequest } from '$lib/formats/sync';
import { accountEndpoint, relyingParty } from '$lib/server/api';
import { listPasskeys, registerPasskey } from '$lib/server/passkeys';

export const prerender = false;

export const GET = accountEndpoint({}, ({ store, caller }) => listPasskeys(store, caller));

/** Registers the passkey the browser made from /api/passkeys/registration-options. */
export const POST = accountEndpoint(
	{ body: { limit: SYNC_LIMITS.smallBytes, validate: (raw) => validatePasskeyRequest(raw, { device: false }) }, status: 201 },
	({ store, caller, body, event }) => registerPasskey(store, caller, body.challengeId, body.response, body.name, relyingParty(event))
);
