import { loadEditPage } from '$lib/state/open-editor';
import type { PageLoad } from './$types';

// Rendered in the browser only: the set is named in the address and kept in IndexedDB (see open-set.ts).
export const ssr = false;

export const load: PageLoad = ({ url }) => loadEditPage(url);
