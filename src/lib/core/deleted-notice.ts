/**
 * The home page's notice after a set was deleted, carried in the address the set page goes to.
 * Apart from the deletion itself (state/delete-set.ts), which brings the stores' writes and sync:
 * the home page needs only this, and loads it on every visit.
 */

/** The home page's address that tells what was deleted. */
export function deletedAddress(title: string): string {
	return `/?deleted=${encodeURIComponent(title)}`;
}

/** The home page's notice after a deletion, from its address; undefined when there is none. */
export function deletedNotice(search: URLSearchParams): string | undefined {
	const title = search.get('deleted');
	return title ? `“${title.slice(0, 200)}” was deleted.` : undefined;
}
