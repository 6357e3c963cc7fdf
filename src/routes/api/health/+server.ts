import { LATEST_VERSION } from '$lib/server/db/migrations';
import { publicEndpoint } from '$lib/server/api';

export const prerender = false;

/** Whether this process can reach its store, and which kind it is. */
export const GET = publicEndpoint({}, async ({ store }) => {
	await store.sql.query('SELECT 1');
	return { ok: true, store: store.sql.kind, schema: LATEST_VERSION };
});
