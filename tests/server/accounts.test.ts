/**
 * Accounts on both stores, in process with a fixed clock: what only time shows (codes expiring,
 * rate-limit windows), races (two devices presenting one code at once), and how secrets are kept
 * (random, and only their digests in the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinWithCode, JOIN_CODE_MS, newJoinCode } from '$lib/server/devices';
import { newRecoveryCode, recover } from '$lib/server/accounts';
import { createShare } from '$lib/server/shares';
import { authenticate } from '$lib/server/auth';
import { ApiError } from '$lib/server/http';
import { matchesDigest, digest, randomCode, randomToken } from '$lib/server/secrets';
import { freshStore, KINDS, newDevice, questionSet, type Kind } from './stores';

type TestStore = Awaited<ReturnType<typeof freshStore>>;

const device = (name: string) => ({ name, secret: randomToken(32) });

async function refusal(work: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await work;
	} catch (error) {
		if (error instanceof ApiError) return { status: error.status, message: error.message };
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('secrets', () => {
	it('are random: tokens carry 128 bits, codes 5 bits a character, and none repeats', () => {
		const tokens = Array.from({ length: 2000 }, () => randomToken());
		expect(tokens.every((token) => Buffer.from(token, 'base64url').length === 16)).toBe(true);
		expect(new Set(tokens).size).toBe(tokens.length);
		const codes = Array.from({ length: 2000 }, () => randomCode(28));
		expect(codes.every((code) => /^[0-9A-HJKMNP-TV-Z]{28}$/.test(code))).toBe(true);
		expect(new Set(codes).size).toBe(codes.length);
		// Every character of the alphabet turns up in every position's share of draws: no fixed bits.
		expect(new Set(codes.join('')).size).toBe(32);
	});

	it('are checked against their digest, whatever the length or content of the guess', () => {
		const stored = digest('the-real-device-secret-0123456789');
		expect(matchesDigest('the-real-device-secret-0123456789', stored)).toBe(true);
		for (const guess of ['', 'the-real-device-secret-012345678', 'the-real-device-secret-0123456789x', stored]) expect(matchesDigest(guess, stored)).toBe(false);
		expect(matchesDigest('anything', 'not a digest')).toBe(false);
	});
});

describe.each(KINDS)('accounts on the %s store', (kind: Kind) => {
	let store: TestStore;
	beforeAll(async () => {
		store = await freshStore(kind, undefined, { accountsPerHour: 10_000, codeAttemptsPer10Minutes: 10 });
	});
	afterAll(async () => {
		await store.sql.close();
	});

	it('a join code works for 10 minutes only', async () => {
		const phone = await newDevice(store);
		const { code, expiresAt } = await newJoinCode(store, phone);
		expect(expiresAt).toBe(store.now() + JOIN_CODE_MS);
		store.clock.advance(JOIN_CODE_MS);
		expect(await refusal(joinWithCode(store, code, device('Late laptop'), '192.0.2.200'))).toEqual({
			status: 404,
			message: 'this code does not work: it was mistyped, already used, or older than 10 minutes; ask for a new one'
		});
		const fresh = await newJoinCode(store, phone);
		store.clock.advance(JOIN_CODE_MS - 1);
		expect((await joinWithCode(store, fresh.code, device('Laptop'), '192.0.2.201')).accountId).toBe(phone.accountId);
	});

	it('a join code presented by two devices at once lets exactly one in', async () => {
		const phone = await newDevice(store);
		const { code } = await newJoinCode(store, phone);
		const results = await Promise.allSettled([joinWithCode(store, code, device('A'), '192.0.2.210'), joinWithCode(store, code, device('B'), '192.0.2.211')]);
		expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
	});

	it('a new join code replaces the one before', async () => {
		const phone = await newDevice(store);
		const first = await newJoinCode(store, phone);
		await newJoinCode(store, phone);
		expect((await refusal(joinWithCode(store, first.code, device('Laptop'), '192.0.2.212'))).status).toBe(404);
	});

	it('typed codes are limited to 10 attempts per address per 10 minutes; the next window starts afresh', async () => {
		const phone = await newDevice(store);
		for (let i = 0; i < 10; i++) expect((await refusal(recover(store, `WRONG-CODE-${i}`, device('Guess'), '192.0.2.220'))).status).toBe(404);
		const { code } = await newRecoveryCode(store, phone);
		const limited = await refusal(recover(store, code, device('Guess'), '192.0.2.220'));
		expect(limited.status).toBe(429);
		expect(limited.message).toBe('too many attempts; try again in 600 seconds');
		store.clock.advance(10 * 60_000);
		expect((await recover(store, code, device('New phone'), '192.0.2.220')).accountId).toBe(phone.accountId);
	});

	it('the database holds no secret, code or share link in the clear', async () => {
		const phone = await newDevice(store);
		const join = await newJoinCode(store, phone);
		const recovery = await newRecoveryCode(store, phone);
		const share = await createShare(store, phone, questionSet(), 'https://factdrill.example');
		const laptop = device('Laptop');
		await joinWithCode(store, (await newJoinCode(store, phone)).code, laptop, '192.0.2.230');
		const tables = await store.sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`);
		let everything = '';
		for (const { table_name } of tables) everything += JSON.stringify(await store.sql.query(`SELECT * FROM ${table_name}`));
		expect(everything).toContain(phone.deviceId);
		for (const secret of [phone.secret, laptop.secret, join.code.replace('-', ''), recovery.code.replace(/-/g, ''), share.code]) expect(everything).not.toContain(secret);
		expect(everything).toContain(digest(phone.secret));
		// And the device signs in with the secret, not with what is stored.
		expect(await authenticate(store, `Bearer ${phone.deviceId}.${phone.secret}`)).toEqual({ accountId: phone.accountId, deviceId: phone.deviceId });
		expect((await refusal(authenticate(store, `Bearer ${phone.deviceId}.${digest(phone.secret)}`))).status).toBe(401);
	});
});
