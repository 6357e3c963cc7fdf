/**
 * A join code that arrived in the address (`#join=CODE`, the link a QR code holds), on the Sync page
 * (another device of the account) and the Classes page (a class). It is taken out of the address at
 * once, so that a reload or a shared screenshot does not carry it.
 */
export function takeJoinCode(): string | undefined {
	const fromLink = /^#join=([A-Za-z0-9-]{4,64})$/.exec(location.hash);
	if (!fromLink) return undefined;
	history.replaceState(history.state, '', location.pathname);
	return fromLink[1];
}
