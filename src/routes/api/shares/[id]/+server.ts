import { accountEndpoint } from '$lib/server/api';
import { deleteShare } from '$lib/server/shares';

export const prerender = false;

export const DELETE = accountEndpoint({}, ({ store, caller, event }) => deleteShare(store, caller, event.params.id ?? ''));
