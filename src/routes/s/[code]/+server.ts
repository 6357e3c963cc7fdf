import { redirect } from '@sveltejs/kit';
import { SHARE_PATH } from '$lib/formats/share';
import { errorResponse } from '$lib/server/http';
import { processStore } from '$lib/server/store';
import { sharedSet } from '$lib/server/shares';

export const prerender = false;

/**
 * A short link opens the share page, which previews and imports the set as it does for the long
 * links; the code goes in the fragment, so no later request carries it.
 */
export async function GET({ params }) {
	let found: boolean;
	try {
		found = (await sharedSet(await processStore(), params.code)) !== undefined;
	} catch (error) {
		return errorResponse(error);
	}
	if (!found) return new Response('No set is shared under this link: it was mistyped or its owner deleted it.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	redirect(303, `${SHARE_PATH}#s=${params.code}`);
}
