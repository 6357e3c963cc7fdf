import { accountEndpoint } from '$lib/server/api';
import { removePasskey } from '$lib/server/passkeys';

export const prerender = false;

export const DELETE = accountEndpoint({}, ({ store, caller, event }) => removePasskey(store, caller, event.params.id ?? ''));
