import { CLASS_LIMITS, validateJoinClass } from '$lib/formats/classes';
import { accountEndpoint, clientAddress } from '$lib/server/api';
import { joinClass, memberships } from '$lib/server/classes';

export const prerender = false;

/** The classes this account is a student in, with their assigned sets. */
export const GET = accountEndpoint({}, ({ store, caller }) => memberships(store, caller));

/** Joins a class with its code and a display name. */
export const POST = accountEndpoint({ body: { limit: CLASS_LIMITS.smallBytes, validate: validateJoinClass }, status: 201 }, ({ store, caller, body, event }) =>
	joinClass(store, caller, body, clientAddress(event))
);
