import { accountEndpoint } from '$lib/server/api';
import { newClassCode } from '$lib/server/classes';

export const prerender = false;

/** A new join code for the class (a week, any number of students); the previous one stops working. */
export const POST = accountEndpoint({ status: 201 }, ({ store, caller, event }) => newClassCode(store, caller, event.params.id ?? ''));
