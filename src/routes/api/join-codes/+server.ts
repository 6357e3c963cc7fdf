import { accountEndpoint } from '$lib/server/api';
import { newJoinCode } from '$lib/server/devices';

export const prerender = false;

/** A one-time code for another device to join this account (10 minutes, single use). */
export const POST = accountEndpoint({ status: 201 }, ({ store, caller }) => newJoinCode(store, caller));
