import { accountEndpoint } from '$lib/server/api';
import { dashboard } from '$lib/server/classes';

export const prerender = false;

/** The class's figures per assigned set: each student's and each question's. */
export const GET = accountEndpoint({}, ({ store, caller, event }) => dashboard(store, caller, event.params.id ?? ''));
