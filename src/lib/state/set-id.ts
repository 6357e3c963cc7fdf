import { QUESTION_ID, SET_ID } from '$lib/formats/question-set';

/** The set a page is about, from `?id=` in its address. Pages are prerendered, so this is read in the browser. */
export function setIdFromLocation(search: string): string | undefined {
	const id = new URLSearchParams(search).get('id');
	return id && SET_ID.test(id) ? id : undefined;
}

/** Question ids to drill, from `?drill=a,b,c` (at most 200, each a valid question id); undefined when absent. */
export function drillFromLocation(search: string): string[] | undefined {
	const raw = new URLSearchParams(search).get('drill');
	if (raw === null) return undefined;
	return raw
		.split(',')
		.filter((id) => QUESTION_ID.test(id))
		.slice(0, 200);
}
