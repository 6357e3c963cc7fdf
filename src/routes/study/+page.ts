import { loadSetPage } from '$lib/state/open-set';
import type { PageLoad } from './$types';

// Rendered in the browser only: the set is named in the address and kept in IndexedDB (see open-set.ts).
export const ssr = false;

// The whole address counts here (mode, drill, "study more" choices): each one starts a new session.
export const load: PageLoad = async ({ url }) => ({ ...(await loadSetPage(url)), search: url.search });
