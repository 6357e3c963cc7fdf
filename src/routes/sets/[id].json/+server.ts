import { error, json } from '@sveltejs/kit';
import { builtinSets } from '$lib/server/builtin-sets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => builtinSets.map((set) => ({ id: set.id }));

export const GET: RequestHandler = ({ params }) => {
	const set = builtinSets.find((candidate) => candidate.id === params.id);
	if (!set) error(404, `No built-in set "${params.id}"`);
	return json(set);
};
