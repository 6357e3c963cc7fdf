import { studyMoreFromLocation } from '$lib/core/study-more';
import { dayOptions } from '$lib/state/library';
import { loadSetPage, type SetPageData } from '$lib/state/open-set';
import { drillFromLocation } from '$lib/state/set-id';
import { StudySession } from '$lib/state/study-session.svelte';
import { broadcastChange } from '$lib/state/sync';
import type { PageLoad } from './$types';

// Rendered in the browser only: the set is named in the address and kept in IndexedDB (see open-set.ts).
export const ssr = false;

/**
 * The session the address asks for (`mode`, `drill`, "study more" choices) over the opened set,
 * started: its queue read and its first question ready, so that the page's first render shows
 * the question rather than a loading page followed by a second render. Or why it cannot start.
 */
async function startSession({ opened }: SetPageData, search: string): Promise<{ session?: StudySession; failure?: string }> {
	if (!opened.ok) return { failure: opened.failure };
	const { db, row, settings } = opened;
	const mode = new URLSearchParams(search).get('mode') === 'learn' ? 'learn' : 'study';
	try {
		const session = new StudySession({ db, set: row.set, settings, day: dayOptions(settings), mode, drill: drillFromLocation(search), more: studyMoreFromLocation(search), onChange: broadcastChange });
		await session.start();
		return { session };
	} catch (error) {
		return { failure: (error as Error).message };
	}
}

// The whole address counts here (mode, drill, "study more" choices): each one starts a new session.
export const load: PageLoad = async ({ url }) => {
	const page = await loadSetPage(url);
	return { ...page, ...(await startSession(page, url.search)) };
};
