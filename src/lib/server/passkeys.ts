/**
 * Passkeys (WebAuthn, through @simplewebauthn/server): a signed-in device registers one to protect
 * the account; on a new device the passkey alone signs in (a discoverable credential whose user
 * handle is the account id) and adds that device to the account. Challenges are random, stored
 * server-side, bound to their purpose (and account), single use and short-lived.
 */
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import type { DeviceRegistration, SignedIn } from '$lib/formats/sync';
import { addDevice, type Caller } from './auth';
import { ApiError } from './http';
import { hit } from './rate-limit';
import { randomToken } from './secrets';
import type { Store } from './store';

/** The relying party: this server's host name and origin. */
export interface RelyingParty {
	id: string;
	origin: string;
}

const CHALLENGE_MS = 5 * 60_000;
const MAX_PASSKEYS = 20;

export interface PasskeySummary {
	id: string;
	name: string;
	createdAt: number;
	lastUsedAt: number | null;
}

export async function registrationOptions(store: Store, caller: Caller, rp: RelyingParty): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
	const existing = await store.sql.query<{ credential_id: string; transports: string[] }>('SELECT credential_id, transports FROM passkeys WHERE account_id = $1::text', [caller.accountId]);
	if (existing.length >= MAX_PASSKEYS) throw new ApiError(409, `this account already has ${MAX_PASSKEYS} passkeys; remove one first`);
	const options = await generateRegistrationOptions({
		rpName: 'Factdrill',
		rpID: rp.id,
		userName: 'Factdrill learner',
		userDisplayName: 'Factdrill learner',
		userID: new TextEncoder().encode(caller.accountId),
		attestationType: 'none',
		excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: row.transports })),
		authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' }
	});
	const challengeId = await saveChallenge(store, caller.accountId, 'register', options.challenge);
	return { challengeId, options };
}

export async function registerPasskey(store: Store, caller: Caller, challengeId: string, response: unknown, name: string | undefined, rp: RelyingParty): Promise<PasskeySummary> {
	const challenge = await takeChallenge(store, challengeId, 'register', caller.accountId);
	let verification;
	try {
		verification = await verifyRegistrationResponse({
			response: response as RegistrationResponseJSON,
			expectedChallenge: challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			requireUserVerification: false
		});
	} catch (error) {
		throw new ApiError(400, `the passkey was not accepted: ${(error as Error).message}`);
	}
	if (!verification.verified) throw new ApiError(400, 'the passkey was not accepted: its registration could not be verified');
	const { credential } = verification.registrationInfo;
	const now = store.now();
	const summary: PasskeySummary = { id: credential.id, name: name?.trim() || 'Passkey', createdAt: now, lastUsedAt: null };
	const inserted = await store.sql.query(
		`INSERT INTO passkeys (credential_id, account_id, name, public_key, counter, transports, created_at)
		 VALUES ($1::text, $2::text, $3::text, $4::text, $5::bigint, $6::text::jsonb, $7::bigint) ON CONFLICT (credential_id) DO NOTHING RETURNING credential_id`,
		[credential.id, caller.accountId, summary.name, Buffer.from(credential.publicKey).toString('base64url'), credential.counter, JSON.stringify(credential.transports ?? []), now]
	);
	if (inserted.length === 0) throw new ApiError(409, 'this passkey is already registered');
	return summary;
}

export async function authenticationOptions(store: Store, rp: RelyingParty, clientAddress: string): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
	await hit(store.sql, `passkey-options:${clientAddress}`, store.limits.codeAttemptsPer10Minutes * 3, 10 * 60_000, store.now());
	const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'preferred' });
	const challengeId = await saveChallenge(store, null, 'authenticate', options.challenge);
	return { challengeId, options };
}

/** Signs a new device in with a passkey of the account: the device joins the passkey's account. */
export async function signInWithPasskey(store: Store, challengeId: string, response: unknown, device: DeviceRegistration, rp: RelyingParty, clientAddress: string): Promise<SignedIn> {
	const now = store.now();
	await hit(store.sql, `code:${clientAddress}`, store.limits.codeAttemptsPer10Minutes, 10 * 60_000, now);
	const challenge = await takeChallenge(store, challengeId, 'authenticate', null);
	const answer = response as AuthenticationResponseJSON;
	const [passkey] = await store.sql.query<{ account_id: string; public_key: string; counter: number; transports: string[] }>(
		'SELECT account_id, public_key, counter, transports FROM passkeys WHERE credential_id = $1::text',
		[answer.id]
	);
	if (!passkey) throw new ApiError(404, 'this passkey belongs to no account on this server (it may have been removed)');
	if (answer.response.userHandle && Buffer.from(answer.response.userHandle, 'base64url').toString('utf8') !== passkey.account_id) {
		throw new ApiError(400, 'the passkey was not accepted: it names another account');
	}
	let verification;
	try {
		verification = await verifyAuthenticationResponse({
			response: answer,
			expectedChallenge: challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			credential: { id: answer.id, publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')), counter: passkey.counter, transports: passkey.transports as never },
			requireUserVerification: false
		});
	} catch (error) {
		throw new ApiError(400, `the passkey was not accepted: ${(error as Error).message}`);
	}
	if (!verification.verified) throw new ApiError(400, 'the passkey was not accepted: its signature could not be verified');
	return store.sql.transaction(async (tx) => {
		await tx.query('UPDATE passkeys SET counter = $2::bigint, last_used_at = $3::bigint WHERE credential_id = $1::text', [answer.id, verification.authenticationInfo.newCounter, now]);
		return addDevice(tx, passkey.account_id, device, now);
	});
}

export async function listPasskeys(store: Store, caller: Caller): Promise<PasskeySummary[]> {
	return store.sql.query<PasskeySummary>(
		'SELECT credential_id AS id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM passkeys WHERE account_id = $1::text ORDER BY created_at, credential_id',
		[caller.accountId]
	);
}

export async function removePasskey(store: Store, caller: Caller, id: string): Promise<void> {
	const removed = await store.sql.query('DELETE FROM passkeys WHERE account_id = $1::text AND credential_id = $2::text RETURNING credential_id', [caller.accountId, id]);
	if (removed.length === 0) throw new ApiError(404, 'no such passkey in this account');
}

async function saveChallenge(store: Store, accountId: string | null, purpose: 'register' | 'authenticate', challenge: string): Promise<string> {
	const id = randomToken();
	const now = store.now();
	await store.sql.query('DELETE FROM webauthn_challenges WHERE expires_at <= $1::bigint', [now]);
	await store.sql.query('INSERT INTO webauthn_challenges (id, account_id, purpose, challenge, expires_at) VALUES ($1::text, $2::text, $3::text, $4::text, $5::bigint)', [
		id,
		accountId,
		purpose,
		challenge,
		now + CHALLENGE_MS
	]);
	return id;
}

/** The challenge, used up: deleted as it is read. Bound to its purpose and, for registration, to the account. */
async function takeChallenge(store: Store, id: string, purpose: 'register' | 'authenticate', accountId: string | null): Promise<string> {
	const [row] = await store.sql.query<{ challenge: string; expires_at: number }>(
		'DELETE FROM webauthn_challenges WHERE id = $1::text AND purpose = $2::text AND account_id IS NOT DISTINCT FROM $3::text RETURNING challenge, expires_at',
		[id, purpose, accountId]
	);
	if (!row || row.expires_at <= store.now()) throw new ApiError(400, 'this passkey request has expired or was already used; start again');
	return row.challenge;
}
