import { accountEndpoint } from '$lib/server/api';
import { deleteClass, describeClass } from '$lib/server/classes';

export const prerender = false;

/** One class this account teaches: its students and assigned sets. */
export const GET = accountEndpoint({}, ({ store, caller, event }) => describeClass(store, caller, event.params.id ?? ''));

/** Deletes the class, its memberships, assignments and reported tests. */
export const DELETE = accountEndpoint({}, ({ store, caller, event }) => deleteClass(store, caller, event.params.id ?? ''));
