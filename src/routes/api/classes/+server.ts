import { CLASS_LIMITS, validateNewClass } from '$lib/formats/classes';
import { accountEndpoint } from '$lib/server/api';
import { createClass, listClasses } from '$lib/server/classes';

export const prerender = false;

/** The classes this account teaches. */
export const GET = accountEndpoint({}, ({ store, caller }) => listClasses(store, caller));

/** A new class, with its first join code. */
export const POST = accountEndpoint({ body: { limit: CLASS_LIMITS.smallBytes, validate: validateNewClass }, status: 201 }, ({ store, caller, body }) => createClass(store, caller, body.name));
