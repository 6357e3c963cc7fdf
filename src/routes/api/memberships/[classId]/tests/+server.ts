import { CLASS_LIMITS, validateTestReport } from '$lib/formats/classes';
import { accountEndpoint } from '$lib/server/api';
import { reportTests } from '$lib/server/classes';

export const prerender = false;

/** Finished tests of the class's assigned sets, reported by the student's device; safe to repeat. */
export const POST = accountEndpoint({ body: { limit: CLASS_LIMITS.smallBytes * 8, validate: validateTestReport } }, ({ store, caller, body, event }) =>
	reportTests(store, caller, event.params.classId ?? '', body)
);
