import { publicEndpoint } from '$lib/server/api';
import { ApiError } from '$lib/server/http';
import { sharedSet } from '$lib/server/shares';

export const prerender = false;

/** The set behind a short link, for the share page's preview and import. */
export const GET = publicEndpoint({}, async ({ store, event }) => {
	const set = await sharedSet(store, event.params.code ?? '');
	if (!set) throw new ApiError(404, 'no set is shared under this link: it was mistyped or its owner deleted it');
	return { set };
});
