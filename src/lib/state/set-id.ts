/** The set a page is about, from `?id=` in its address. Pages are prerendered, so this is read in the browser. */
export function setIdFromLocation(search: string): string | undefined {
	const id = new URLSearchParams(search).get('id');
	return id && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : undefined;
}
