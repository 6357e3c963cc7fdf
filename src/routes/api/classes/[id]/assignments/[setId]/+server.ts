import { accountEndpoint } from '$lib/server/api';
import { unassignSet } from '$lib/server/classes';

export const prerender = false;

export const DELETE = accountEndpoint({}, ({ store, caller, event }) => unassignSet(store, caller, event.params.id ?? '', event.params.setId ?? ''));
