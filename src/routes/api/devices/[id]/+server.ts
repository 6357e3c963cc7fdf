import { accountEndpoint } from '$lib/server/api';
import { removeDevice } from '$lib/server/devices';

export const prerender = false;

/** Removes a device of this account (this device itself: signing out). */
export const DELETE = accountEndpoint({}, ({ store, caller, event }) => removeDevice(store, caller, event.params.id ?? ''));
