import { accountEndpoint } from '$lib/server/api';
import { leaveClass } from '$lib/server/classes';

export const prerender = false;

/** Leaves the class; what this account reported to it is deleted. */
export const DELETE = accountEndpoint({}, ({ store, caller, event }) => leaveClass(store, caller, event.params.classId ?? ''));
