/**
 * The devices of an account: list them, remove one (signing it out), and let a new one join with a
 * one-time code shown on a signed-in device (typed, or scanned as a QR code). Every query here is
 * bound to the caller's account.
 */
import type { DeviceRegistration, SignedIn } from '$lib/formats/sync';
import { addDevice, type Caller } from './auth';
import { ApiError } from './http';
import { hit } from './rate-limit';
import { digest, groupCode, JOIN_CODE_LENGTH, normaliseCode, randomCode } from './secrets';
import type { Store } from './store';

/** How long a join code works. */
export const JOIN_CODE_MS = 10 * 60_000;

export interface DeviceSummary {
	id: string;
	name: string;
	createdAt: number;
	lastSeenAt: number;
	/** The device that asked. */
	current: boolean;
}

export async function listDevices(store: Store, caller: Caller): Promise<DeviceSummary[]> {
	const rows = await store.sql.query<{ id: string; name: string; created_at: number; last_seen_at: number }>(
		'SELECT id, name, created_at, last_seen_at FROM devices WHERE account_id = $1::text ORDER BY created_at, id',
		[caller.accountId]
	);
	return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, lastSeenAt: row.last_seen_at, current: row.id === caller.deviceId }));
}

/** Removes a device of the caller's account (the caller itself: signing out). Its secret stops working at once. */
export async function removeDevice(store: Store, caller: Caller, deviceId: string): Promise<void> {
	const removed = await store.sql.query('DELETE FROM devices WHERE account_id = $1::text AND id = $2::text RETURNING id', [caller.accountId, deviceId]);
	if (removed.length === 0) throw new ApiError(404, 'no such device in this account');
}

/** A new one-time code for another device to join this account; earlier unused codes stop working. */
export async function newJoinCode(store: Store, caller: Caller): Promise<{ code: string; expiresAt: number }> {
	const now = store.now();
	const code = randomCode(JOIN_CODE_LENGTH);
	const expiresAt = now + JOIN_CODE_MS;
	await store.sql.transaction(async (tx) => {
		await tx.query('DELETE FROM join_codes WHERE account_id = $1::text OR expires_at <= $2::bigint', [caller.accountId, now]);
		await tx.query('INSERT INTO join_codes (code_hash, account_id, created_at, expires_at) VALUES ($1::text, $2::text, $3::bigint, $4::bigint)', [
			digest(code),
			caller.accountId,
			now,
			expiresAt
		]);
	});
	return { code: groupCode(code), expiresAt };
}

/**
 * Joins a device to the account whose code it typed. The code is used up by the first device that
 * presents it (deleted in the same statement that reads it); typing codes is rate limited.
 */
export async function joinWithCode(store: Store, typed: string, device: DeviceRegistration, clientAddress: string): Promise<SignedIn> {
	const now = store.now();
	await hit(store.sql, `code:${clientAddress}`, store.limits.codeAttemptsPer10Minutes, 10 * 60_000, now);
	return store.sql.transaction(async (tx) => {
		// Looked up by digest, so the code itself is never compared; a digest match is all-or-nothing.
		const [used] = await tx.query<{ account_id: string; expires_at: number }>('DELETE FROM join_codes WHERE code_hash = $1::text RETURNING account_id, expires_at', [
			digest(normaliseCode(typed))
		]);
		if (!used || used.expires_at <= now) throw new ApiError(404, 'this code does not work: it was mistyped, already used, or older than 10 minutes; ask for a new one');
		return addDevice(tx, used.account_id, device, now);
	});
}
