import { CLASS_LIMITS, validateAssign } from '$lib/formats/classes';
import { accountEndpoint } from '$lib/server/api';
import { assignSet } from '$lib/server/classes';

export const prerender = false;

/** Assigns a set to the class (again: replaces the set and its due date). */
export const POST = accountEndpoint({ body: { limit: CLASS_LIMITS.assignmentBytes, validate: validateAssign }, status: 201 }, ({ store, caller, body, event }) =>
	assignSet(store, caller, event.params.id ?? '', body)
);
