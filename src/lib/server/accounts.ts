/**
 * Accounts: no password and no e-mail. The first sync creates an account for the device; other
 * devices join by a one-time code, a passkey or the printable recovery code. Every function here
 * acts on the caller's own account only.
 */
import type { DeviceRegistration, SignedIn } from '$lib/formats/sync';
import { addDevice, type Caller } from './auth';
import { ApiError } from './http';
import { hit } from './rate-limit';
import { digest, groupCode, normaliseCode, randomCode, randomToken, RECOVERY_CODE_LENGTH } from './secrets';
import type { Store } from './store';

const HOUR = 3_600_000;

/** A new account holding one device: the one that asked. */
export async function createAccount(store: Store, device: DeviceRegistration, clientAddress: string): Promise<SignedIn> {
	const now = store.now();
	await hit(store.sql, `account:${clientAddress}`, store.limits.accountsPerHour, HOUR, now);
	return store.sql.transaction(async (tx) => {
		const accountId = randomToken();
		await tx.query('INSERT INTO accounts (id, created_at) VALUES ($1::text, $2::bigint)', [accountId, now]);
		return addDevice(tx, accountId, device, now);
	});
}

export interface AccountSummary {
	accountId: string;
	deviceId: string;
	createdAt: number;
	devices: number;
	passkeys: number;
	hasRecoveryCode: boolean;
}

export async function describeAccount(store: Store, caller: Caller): Promise<AccountSummary> {
	const [row] = await store.sql.query<{ created_at: number; devices: number; passkeys: number; has_recovery: boolean }>(
		`SELECT created_at, recovery_hash IS NOT NULL AS has_recovery,
			(SELECT count(*)::int FROM devices WHERE account_id = $1::text) AS devices,
			(SELECT count(*)::int FROM passkeys WHERE account_id = $1::text) AS passkeys
		 FROM accounts WHERE id = $1::text`,
		[caller.accountId]
	);
	if (!row) throw new ApiError(404, 'no such account');
	return { accountId: caller.accountId, deviceId: caller.deviceId, createdAt: row.created_at, devices: row.devices, passkeys: row.passkeys, hasRecoveryCode: row.has_recovery };
}

/** Deletes the account and everything in it: devices, reviews, sets, settings, shares, passkeys. */
export async function deleteAccount(store: Store, caller: Caller, confirm: string): Promise<void> {
	if (confirm !== caller.accountId) throw new ApiError(400, 'field "confirm": must be this account\'s id, to confirm the deletion');
	await store.sql.query('DELETE FROM accounts WHERE id = $1::text', [caller.accountId]);
}

/** A new printable recovery code; the one before it stops working. Shown once: only its digest is kept. */
export async function newRecoveryCode(store: Store, caller: Caller): Promise<{ code: string }> {
	const code = randomCode(RECOVERY_CODE_LENGTH);
	await store.sql.query('UPDATE accounts SET recovery_hash = $2::text WHERE id = $1::text', [caller.accountId, digest(code)]);
	return { code: groupCode(code) };
}

/** Signs a new device in with the recovery code. Typing codes is rate limited per client address. */
export async function recover(store: Store, typed: string, device: DeviceRegistration, clientAddress: string): Promise<SignedIn> {
	const now = store.now();
	await hit(store.sql, `code:${clientAddress}`, store.limits.codeAttemptsPer10Minutes, 10 * 60_000, now);
	// Looked up by digest: comparing digests of a random 140-bit code reveals nothing about the code.
	const [account] = await store.sql.query<{ id: string }>('SELECT id FROM accounts WHERE recovery_hash = $1::text', [digest(normaliseCode(typed))]);
	if (!account) throw new ApiError(404, 'this recovery code does not open any account; check it and type it again');
	return addDevice(store.sql, account.id, device, now);
}

/** Everything the server holds for the account, as one JSON document (the learner's download). */
export async function exportAccount(store: Store, caller: Caller): Promise<Record<string, unknown>> {
	const id = [caller.accountId];
	return store.sql.transaction(async (tx) => {
		// One snapshot for the whole download.
		await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
		const [account] = await tx.query<{ created_at: number; has_recovery: boolean }>('SELECT created_at, recovery_hash IS NOT NULL AS has_recovery FROM accounts WHERE id = $1::text', id);
		const devices = await tx.query('SELECT id, name, created_at AS "createdAt", last_seen_at AS "lastSeenAt" FROM devices WHERE account_id = $1::text ORDER BY created_at', id);
		const passkeys = await tx.query('SELECT credential_id AS id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM passkeys WHERE account_id = $1::text ORDER BY created_at', id);
		const reviews = await tx.query<{ id: string; entry: unknown; deleted: boolean }>('SELECT entry_id AS id, entry, deleted FROM reviews WHERE account_id = $1::text ORDER BY seq', id);
		const sets = await tx.query('SELECT set_id AS id, revision, document AS set, changed_at AS "changedAt", device_id AS "deviceId" FROM sets WHERE account_id = $1::text ORDER BY set_id', id);
		const settings = await tx.query('SELECT field, value, changed_at AS "changedAt", device_id AS "deviceId" FROM settings WHERE account_id = $1::text ORDER BY field', id);
		const shares = await tx.query('SELECT id, title, question_count AS "questionCount", created_at AS "createdAt", document AS set FROM shares WHERE account_id = $1::text ORDER BY created_at', id);
		return {
			format: 'factdrill-account-export',
			version: 1,
			exportedAt: store.now(),
			account: { id: caller.accountId, createdAt: account?.created_at, hasRecoveryCode: account?.has_recovery ?? false },
			devices,
			passkeys,
			reviews: reviews.map((row) => (row.deleted ? { id: row.id, deleted: true } : { id: row.id, entry: row.entry })),
			sets,
			settings,
			shares
		};
	});
}
