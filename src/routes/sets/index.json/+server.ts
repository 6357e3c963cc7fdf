import { json } from '@sveltejs/kit';
import { summaries } from '$lib/server/builtin-sets';

export const prerender = true;

export function GET() {
	return json(summaries());
}
