import { CLASS_LIMITS, validateLiveProgress } from '$lib/formats/classes';
import { accountEndpoint } from '$lib/server/api';
import { reportLiveProgress } from '$lib/server/live-tests';

export const prerender = false;

/** How far this student is in the live test `{ answered, total }`; answers whether it has ended. */
export const PUT = accountEndpoint({ body: { limit: CLASS_LIMITS.smallBytes, validate: validateLiveProgress } }, ({ store, caller, body, event }) =>
	reportLiveProgress(store, caller, event.params.classId ?? '', event.params.liveId ?? '', body)
);
