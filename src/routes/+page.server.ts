import { summaries } from '$lib/server/builtin-sets';

export function load() {
	return { builtins: summaries() };
}
