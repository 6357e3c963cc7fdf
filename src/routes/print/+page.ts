import { loadSetPage } from '$lib/state/open-set';
import type { PageLoad } from './$types';

// Rendered in the browser only: the set is named in the address and kept in IndexedDB (see open-set.ts).
export const ssr = false;

export const load: PageLoad = ({ url }) => loadSetPage(url, { noId: 'This address names no set to print. Open a set and choose Print.' });
