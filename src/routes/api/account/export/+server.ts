import { accountEndpoint } from '$lib/server/api';
import { exportAccount } from '$lib/server/accounts';

export const prerender = false;

/** Everything the server holds for this account, as one JSON document. */
export const GET = accountEndpoint({}, async ({ store, caller, event }) => {
	event.setHeaders({ 'content-disposition': `attachment; filename="factdrill-account-${new Date(store.now()).toISOString().slice(0, 10)}.json"` });
	return exportAccount(store, caller);
});
