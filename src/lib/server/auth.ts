/**
 * Who is asking. A device signs each request with `Authorization: Bearer DEVICE_ID.SECRET`: the id
 * the server gave it and the secret it made itself and keeps in IndexedDB. The server stores only
 * the secret's SHA-256 digest and compares in constant time. Every resource module takes the
 * resulting `Caller` and reads and writes only rows of `caller.accountId`.
 */
import type { DeviceRegistration } from '$lib/formats/sync';
import { ApiError } from './http';
import { digest, matchesDigest, randomToken } from './secrets';
import type { Queryable } from './db/sql';
import type { Store } from './store';

export interface Caller {
	accountId: string;
	deviceId: string;
}

const TOKEN = /^Bearer ([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{22,128})$/;
// A digest to compare with when the device does not exist, so that both answers take as long.
const NO_DEVICE = digest('no such device');
/** Last-seen times are written at most once a minute per device. */
const SEEN_EVERY_MS = 60_000;

function unauthorised(message: string): ApiError {
	return new ApiError(401, message, undefined, { 'www-authenticate': 'Bearer realm="factdrill"' });
}

/** The caller of a request, or 401. */
export async function authenticate(store: Store, header: string | null): Promise<Caller> {
	if (header === null) throw unauthorised('sign in first: this request needs the device\'s Authorization header');
	const match = TOKEN.exec(header);
	if (!match) throw unauthorised('the Authorization header is not "Bearer DEVICE_ID.SECRET"');
	const [, deviceId, secret] = match as unknown as [string, string, string];
	const [device] = await store.sql.query<{ account_id: string; secret_hash: string; last_seen_at: number }>(
		'SELECT account_id, secret_hash, last_seen_at FROM devices WHERE id = $1::text',
		[deviceId]
	);
	const ok = matchesDigest(secret, device?.secret_hash ?? NO_DEVICE);
	if (!device || !ok) throw unauthorised('this device is signed out (removed from its account, or the account was deleted)');
	const now = store.now();
	if (now - device.last_seen_at >= SEEN_EVERY_MS) {
		await store.sql.query('UPDATE devices SET last_seen_at = $2::bigint WHERE id = $1::text', [deviceId, now]);
	}
	return { accountId: device.account_id, deviceId };
}

/** Adds a device to an account; the device's secret is kept only as its digest. */
export async function addDevice(db: Queryable, accountId: string, device: DeviceRegistration, now: number): Promise<Caller> {
	const deviceId = randomToken();
	await db.query(
		'INSERT INTO devices (id, account_id, name, secret_hash, created_at, last_seen_at) VALUES ($1::text, $2::text, $3::text, $4::text, $5::bigint, $5::bigint)',
		[deviceId, accountId, device.name.trim(), digest(device.secret), now]
	);
	return { accountId, deviceId };
}
