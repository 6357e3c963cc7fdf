import { accountEndpoint } from '$lib/server/api';
import { listDevices } from '$lib/server/devices';

export const prerender = false;

export const GET = accountEndpoint({}, ({ store, caller }) => listDevices(store, caller));
