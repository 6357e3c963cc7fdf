import { json } from '$lib/server/http';

export const prerender = false;

/** Any other /api address: a JSON 404, not the app's page. */
export function fallback({ url }: { url: URL }) {
	return json({ error: `no API endpoint at ${url.pathname}` }, { status: 404 });
}
