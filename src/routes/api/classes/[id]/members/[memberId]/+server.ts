import { accountEndpoint } from '$lib/server/api';
import { removeMember } from '$lib/server/classes';

export const prerender = false;

/** Removes a student from the class; what they reported to it is deleted. */
export const DELETE = accountEndpoint({}, ({ store, caller, event }) => removeMember(store, caller, event.params.id ?? '', event.params.memberId ?? ''));
