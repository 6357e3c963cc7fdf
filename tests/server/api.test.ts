/**
 * The built Node server over HTTP, on both stores: accounts without passwords, joining by a
 * one-time code, the recovery code, passkeys, devices, the download, deleting the account, short
 * share links, and the walls around them (authentication, rate limits, body limits, the
 * cross-site check, the security headers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SoftwarePasskey } from './authenticator';
import { Client, newPlace, startServer, type Device, type Place, type RunningServer } from './server';
import { KINDS, questionSet, reviews, type Kind } from './stores';

const HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'no-referrer',
	'cross-origin-opener-policy': 'same-origin'
};

const secret = () => randomBytes(32).toString('base64url');

describe.each(KINDS)('the server on the %s store', (kind: Kind) => {
	let place: Place;
	let server: RunningServer;
	let client: Client;

	beforeAll(async () => {
		place = await newPlace(kind);
		server = await startServer(place);
		client = new Client(server.url);
	});
	afterAll(async () => {
		await server?.stop();
		await place?.remove();
	});

	it('serves the app and the API, with the security headers on every response', async () => {
		const health = await client.request('GET', '/api/health');
		expect(health.body).toEqual({ ok: true, store: kind, schema: expect.any(Number) });
		for (const path of ['/', '/settings', '/manifest.webmanifest', '/favicon.svg', '/api/health', '/api/nothing-here', '/s/not-a-code', '/no-such-page']) {
			const answer = await client.request('GET', path);
			for (const [name, value] of Object.entries(HEADERS)) expect(answer.headers.get(name), `${name} on ${path}`).toBe(value);
			expect(answer.headers.get('content-security-policy'), `CSP on ${path}`).toContain("frame-ancestors 'none'");
		}
		const page = await client.request('GET', '/');
		expect(page.status).toBe(200);
		expect(page.body).toContain('<meta http-equiv="content-security-policy"');
		expect((await client.request('GET', '/api/health')).headers.get('content-security-policy')).toContain("default-src 'none'");
		const missing = await client.request('GET', '/api/nothing-here');
		expect(missing).toMatchObject({ status: 404, body: { error: 'no API endpoint at /api/nothing-here' } });
	});

	it('creates an account for a device on its first sync; only that device\'s secret signs its requests', async () => {
		const phone = await client.newAccount('Phone');
		expect(phone.accountId).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(phone.deviceId).toMatch(/^[A-Za-z0-9_-]{22}$/);
		const me = await client.request('GET', '/api/account', { device: phone });
		expect(me.body).toMatchObject({ accountId: phone.accountId, deviceId: phone.deviceId, devices: 1, passkeys: 0, hasRecoveryCode: false });
		const anonymous = await client.request('GET', '/api/account');
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
		expect((await client.request('GET', '/api/account', { device: { ...phone, secret: secret() } })).status).toBe(401);
		expect((await client.request('GET', '/api/account', { headers: { authorization: `Bearer ${phone.deviceId}` } })).body.error).toBe('the Authorization header is not "Bearer DEVICE_ID.SECRET"');
	});

	it('lets another device join with a one-time code, once, and lists both devices', async () => {
		const phone = await client.newAccount('Phone');
		const { status, body } = await client.request('POST', '/api/join-codes', { device: phone });
		expect(status).toBe(201);
		expect(body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		const laptop = { name: 'Laptop', secret: secret() };
		// Typed by hand: lower case, no dash.
		const joined = await client.request('POST', '/api/join', { body: { code: body.code.replace('-', '').toLowerCase(), device: laptop } });
		expect(joined.status).toBe(201);
		expect(joined.body.accountId).toBe(phone.accountId);
		const again = await client.request('POST', '/api/join', { body: { code: body.code, device: { name: 'Tablet', secret: secret() } } });
		expect(again).toMatchObject({ status: 404, body: { error: expect.stringContaining('already used') } });
		const devices = await client.request('GET', '/api/devices', { device: phone });
		expect(devices.body.map((device: { name: string; current: boolean }) => [device.name, device.current])).toEqual([
			['Phone', true],
			['Laptop', false]
		]);
	});

	it('rate limits typed codes per client address: after 10 wrong codes even the right one is refused there', async () => {
		const phone = await client.newAccount();
		const { body } = await client.request('POST', '/api/join-codes', { device: phone });
		const guesser = new Client(server.url);
		for (let i = 0; i < 10; i++) {
			const wrong = await guesser.request('POST', '/api/join', { body: { code: `WRONG${i}XX`, device: { name: 'Guess', secret: secret() } } });
			expect(wrong.status).toBe(404);
		}
		const limited = await guesser.request('POST', '/api/join', { body: { code: body.code, device: { name: 'Guess', secret: secret() } } });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await guesser.request('POST', '/api/recover', { body: { code: 'A'.repeat(28), device: { name: 'Guess', secret: secret() } } })).status).toBe(429);
		// The code was not used up by the refused attempt: the owner's own device still joins with it.
		const owner = await new Client(server.url).request('POST', '/api/join', { body: { code: body.code, device: { name: 'Laptop', secret: secret() } } });
		expect(owner.status).toBe(201);
	});

	it('rate limits new accounts per client address', async () => {
		const busy = new Client(server.url);
		for (let i = 0; i < 30; i++) await busy.newAccount(`Device ${i}`);
		const refused = await busy.request('POST', '/api/account', { body: { device: { name: 'One more', secret: secret() } } });
		expect(refused.status).toBe(429);
		expect(refused.body.error).toMatch(/^too many attempts; try again in \d+ seconds$/);
	});

	it('signs a new device in with the printable recovery code; a new code replaces the old one', async () => {
		const phone = await client.newAccount();
		const first = await client.request('POST', '/api/account/recovery-code', { device: phone });
		expect(first.status).toBe(201);
		expect(first.body.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
		const second = await client.request('POST', '/api/account/recovery-code', { device: phone });
		const old = await new Client(server.url).request('POST', '/api/recover', { body: { code: first.body.code, device: { name: 'New phone', secret: secret() } } });
		expect(old.status).toBe(404);
		const restored = await new Client(server.url).request('POST', '/api/recover', { body: { code: second.body.code, device: { name: 'New phone', secret: secret() } } });
		expect(restored.status).toBe(201);
		expect(restored.body.accountId).toBe(phone.accountId);
		expect((await client.request('GET', '/api/account', { device: phone })).body).toMatchObject({ devices: 2, hasRecoveryCode: true });
	});

	it('protects the account with a passkey that alone signs a new device in, once per challenge', async () => {
		const phone = await client.newAccount();
		const key = new SoftwarePasskey(server.url);
		const options = await client.request('POST', '/api/passkeys/registration-options', { device: phone });
		expect(options.body.options.rp).toEqual({ name: 'Factdrill', id: '127.0.0.1' });
		const registered = await client.request('POST', '/api/passkeys', { device: phone, body: { challengeId: options.body.challengeId, response: key.create(options.body.options), name: 'Phone passkey' } });
		expect(registered).toMatchObject({ status: 201, body: { id: key.id, name: 'Phone passkey' } });
		expect((await client.request('GET', '/api/passkeys', { device: phone })).body.map((passkey: { id: string }) => passkey.id)).toEqual([key.id]);

		const newPhone = new Client(server.url);
		const request = await newPhone.request('POST', '/api/passkeys/authentication-options');
		const answer = key.get(request.body.options);
		const signedIn = await newPhone.request('POST', '/api/passkeys/sign-in', { body: { challengeId: request.body.challengeId, response: answer, device: { name: 'New phone', secret: secret() } } });
		expect(signedIn.status).toBe(201);
		expect(signedIn.body.accountId).toBe(phone.accountId);
		// The same answer again (replayed): its challenge is used up.
		const replay = await newPhone.request('POST', '/api/passkeys/sign-in', { body: { challengeId: request.body.challengeId, response: answer, device: { name: 'Thief', secret: secret() } } });
		expect(replay).toMatchObject({ status: 400, body: { error: 'this passkey request has expired or was already used; start again' } });
		// An answer made for another site (a phishing page) is refused.
		const phished = await newPhone.request('POST', '/api/passkeys/authentication-options');
		const forged = await newPhone.request('POST', '/api/passkeys/sign-in', {
			body: { challengeId: phished.body.challengeId, response: key.get(phished.body.options, { origin: 'https://factdrill.example.net' }), device: { name: 'Thief', secret: secret() } }
		});
		expect(forged.status).toBe(400);
		expect(forged.body.error).toContain('the passkey was not accepted');
		expect((await client.request('GET', '/api/account', { device: phone })).body.devices).toBe(2);

		expect((await client.request('DELETE', `/api/passkeys/${key.id}`, { device: phone })).status).toBe(204);
		const after = await newPhone.request('POST', '/api/passkeys/authentication-options');
		const removed = await newPhone.request('POST', '/api/passkeys/sign-in', { body: { challengeId: after.body.challengeId, response: key.get(after.body.options), device: { name: 'Late', secret: secret() } } });
		expect(removed.status).toBe(404);
	});

	it('signs a device out and removes another: their secrets stop working at once', async () => {
		const phone = await client.newAccount('Phone');
		const laptop = await client.join(phone, 'Laptop');
		const tablet = await client.join(phone, 'Tablet');
		expect((await client.request('DELETE', `/api/devices/${laptop.deviceId}`, { device: laptop })).status).toBe(204);
		expect((await client.request('GET', '/api/account', { device: laptop })).status).toBe(401);
		expect((await client.request('DELETE', `/api/devices/${tablet.deviceId}`, { device: phone })).status).toBe(204);
		expect((await client.request('GET', '/api/sync/pull', { device: tablet })).status).toBe(401);
		const left = await client.request('GET', '/api/devices', { device: phone });
		expect(left.body.map((device: { name: string }) => device.name)).toEqual(['Phone']);
	});

	it('downloads everything the account holds as one JSON file', async () => {
		const phone = await client.newAccount();
		const entries = reviews('export', 3);
		await client.request('POST', '/api/sync/push', {
			device: phone,
			body: { reviews: entries.map((entry) => ({ id: entry.id, entry })), sets: [{ id: 'news-set', baseRevision: 0, set: questionSet(), changedAt: Date.UTC(2024, 2, 1) }], settings: { newPerDay: { value: 12, changedAt: Date.UTC(2024, 2, 1) } } }
		});
		await client.request('POST', '/api/shares', { device: phone, body: { set: questionSet('shared-set', 'Shared') } });
		const download = await client.request('GET', '/api/account/export', { device: phone });
		expect(download.status).toBe(200);
		expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="factdrill-account-\d{4}-\d{2}-\d{2}\.json"$/);
		expect(download.body).toMatchObject({
			format: 'factdrill-account-export',
			account: { id: phone.accountId },
			devices: [{ id: phone.deviceId, name: 'Phone' }],
			reviews: entries.map((entry) => ({ id: entry.id, entry })),
			sets: [{ id: 'news-set', revision: 1, set: questionSet() }],
			settings: [{ field: 'newPerDay', value: 12 }],
			shares: [{ title: 'Shared', questionCount: 3, set: questionSet('shared-set', 'Shared') }]
		});
		expect(JSON.stringify(download.body)).not.toContain(phone.secret);
	});

	it('deletes the account and everything in it once its id is typed back', async () => {
		const phone = await client.newAccount();
		const laptop = await client.join(phone);
		const share = await client.request('POST', '/api/shares', { device: phone, body: { set: questionSet() } });
		const wrong = await client.request('DELETE', '/api/account', { device: phone, body: { confirm: laptop.deviceId } });
		expect(wrong.status).toBe(400);
		expect((await client.request('GET', `/api/s/${share.body.code}`)).status).toBe(200);
		expect((await client.request('DELETE', '/api/account', { device: phone, body: { confirm: phone.accountId } })).status).toBe(204);
		expect((await client.request('GET', '/api/account', { device: phone })).status).toBe(401);
		expect((await client.request('GET', '/api/sync/pull', { device: laptop })).status).toBe(401);
		expect((await client.request('GET', `/api/s/${share.body.code}`)).status).toBe(404);
		expect((await client.request('GET', `/s/${share.body.code}`)).status).toBe(404);
	});

	it('shares a set of any size as a short link that opens the share page', async () => {
		const teacher = await client.newAccount('Teacher');
		const big = questionSet('big-set', 'A long set', 400);
		const created = await client.request('POST', '/api/shares', { device: teacher, body: { set: big } });
		expect(created.status).toBe(201);
		expect(created.body.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(created.body.url).toBe(`${server.url}/s/${created.body.code}`);
		const opened = await client.request('GET', `/s/${created.body.code}`);
		expect(opened.status).toBe(303);
		expect(opened.headers.get('location')).toBe(`/share#s=${created.body.code}`);
		expect((await client.request('GET', `/api/s/${created.body.code}`)).body).toEqual({ set: big });
		const listed = await client.request('GET', '/api/shares', { device: teacher });
		expect(listed.body).toEqual([{ id: created.body.id, title: 'A long set', questionCount: 400, createdAt: expect.any(Number) }]);
		expect((await client.request('DELETE', `/api/shares/${created.body.id}`, { device: teacher })).status).toBe(204);
		expect((await client.request('GET', `/api/s/${created.body.code}`)).body).toEqual({ error: 'no set is shared under this link: it was mistyped or its owner deleted it' });
	});

	it('refuses oversized, non-JSON, invalid and cross-site requests with a clear reason, storing nothing', async () => {
		const phone = await client.newAccount();
		const oversized = await client.request('POST', '/api/sync/push', { device: phone, body: { reviews: [], sets: [], settings: {}, padding: 'x'.repeat(4 * 1024 * 1024) } });
		expect(oversized).toMatchObject({ status: 413, body: { error: 'the body is larger than this request allows (4,194,304 bytes)' } });
		// Refused unread (no device): the connection is closed after the answer, and the next request works.
		// A client still sending the body when the server closes may see the connection cut (EPIPE) before
		// the answer: either way the request is refused and nothing is stored.
		const stranger = await client
			.request('POST', '/api/sync/push', { body: { reviews: [], padding: 'x'.repeat(2 * 1024 * 1024) } })
			.catch((error: Error) => ({ status: `connection cut (${(error.cause as { code?: string } | undefined)?.code ?? error.message})` }));
		expect(String(stranger.status)).toMatch(/^401$|^connection cut \((EPIPE|ECONNRESET)\)$/);
		expect((await client.request('GET', '/api/health')).status).toBe(200);
		// A body sent in chunks, with no declared length, is cut off as it is read.
		const chunks = new ReadableStream({
			start(controller) {
				for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? `{"device":{"name":"x","secret":"` : 'y'.repeat(1024)));
				controller.close();
			}
		});
		const streamed = await fetch(`${server.url}/api/account`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client.address }, body: chunks, duplex: 'half' } as RequestInit);
		expect(streamed.status).toBe(413);
		expect((await client.request('POST', '/api/account', { body: '<device/>', headers: { 'content-type': 'application/xml' } })).status).toBe(415);
		const invalid = await client.request('POST', '/api/sync/push', { device: phone, body: { reviews: [{ id: 'short', entry: {} }] } });
		expect(invalid.status).toBe(400);
		expect(invalid.body.error).toContain('reviews[0].id');
		const crossSite = await client.request('POST', '/api/sync/push', {
			device: phone,
			headers: { origin: 'https://evil.example' },
			body: { reviews: reviews('forged', 1).map((entry) => ({ id: entry.id, entry })) }
		});
		expect(crossSite).toMatchObject({ status: 403, body: { error: 'requests from https://evil.example are not accepted here' } });
		const sameSite = await client.request('POST', '/api/sync/push', { device: phone, headers: { origin: server.url }, body: { reviews: [] } });
		expect(sameSite.status).toBe(200);
		expect((await client.request('GET', '/api/sync/pull', { device: phone })).body.reviews).toEqual([]);
		expect((await client.request('GET', '/api/sync/pull?after=-1', { device: phone })).body.error).toBe('"after" must be a whole number from 0 to 9007199254740991');
	});

	describe('another account\'s ids get nothing, at every endpoint', () => {
		// Account B holds a bit of everything; account A's device asks for it by id.
		let a: Device;
		let b: Device;
		let bLaptop: Device;
		let bShare: { id: string; code: string };
		let bKey: SoftwarePasskey;
		let bRecovery: string;

		const TESTED = new Set<string>();
		const endpoint = (name: string, test: () => Promise<void>) => {
			TESTED.add(name);
			it(name, test);
		};

		beforeAll(async () => {
			a = await client.newAccount('A phone');
			b = await client.newAccount('B phone');
			bLaptop = await client.join(b, 'B laptop');
			bShare = (await client.request('POST', '/api/shares', { device: b, body: { set: questionSet('b-set', 'B only') } })).body;
			bRecovery = (await client.request('POST', '/api/account/recovery-code', { device: b })).body.code;
			bKey = new SoftwarePasskey(server.url);
			const options = await client.request('POST', '/api/passkeys/registration-options', { device: b });
			await client.request('POST', '/api/passkeys', { device: b, body: { challengeId: options.body.challengeId, response: bKey.create(options.body.options) } });
			const entries = reviews('b-entry', 2);
			await client.request('POST', '/api/sync/push', {
				device: b,
				body: { reviews: entries.map((entry) => ({ id: entry.id, entry })), sets: [{ id: 'b-set', baseRevision: 0, set: questionSet('b-set', 'B only'), changedAt: 1 }], settings: { newPerDay: { value: 7, changedAt: 1 } } }
			});
		});

		/** B's account is untouched: its devices, data, link, passkey and recovery code all still work. */
		async function bIsIntact(): Promise<void> {
			const account = await client.request('GET', '/api/account', { device: b });
			expect(account.body).toMatchObject({ accountId: b.accountId, devices: 2, passkeys: 1, hasRecoveryCode: true });
			const pulled = await client.request('GET', '/api/sync/pull', { device: bLaptop });
			expect(pulled.body.reviews.map((change: { id: string }) => change.id)).toEqual(['b-entry-000000', 'b-entry-000001']);
			expect(pulled.body.sets).toMatchObject([{ id: 'b-set', revision: 1, set: { title: 'B only' } }]);
			expect(pulled.body.settings.newPerDay.value).toBe(7);
			expect((await client.request('GET', `/api/s/${bShare.code}`)).status).toBe(200);
			expect((await client.request('GET', '/api/shares', { device: b })).body).toHaveLength(1);
		}

		/** Nothing of B's in what A is told. */
		function nothingOfB(body: unknown): void {
			const text = JSON.stringify(body);
			for (const id of [b.accountId, b.deviceId, bLaptop.deviceId, bShare.id, bKey.id, 'b-entry', 'B only', 'B phone']) expect(text).not.toContain(id);
		}

		endpoint('GET /api/account', async () => {
			const answer = await client.request('GET', '/api/account', { device: a });
			expect(answer.body.accountId).toBe(a.accountId);
			nothingOfB(answer.body);
		});
		endpoint('DELETE /api/account', async () => {
			const answer = await client.request('DELETE', '/api/account', { device: a, body: { confirm: b.accountId } });
			expect(answer.status).toBe(400);
			await bIsIntact();
		});
		endpoint('GET /api/account/export', async () => {
			const answer = await client.request('GET', '/api/account/export', { device: a });
			expect(answer.status).toBe(200);
			nothingOfB(answer.body);
		});
		endpoint('POST /api/account/recovery-code', async () => {
			await client.request('POST', '/api/account/recovery-code', { device: a });
			// B's code still opens B's account (A's new code replaced only A's).
			const recovered = await new Client(server.url).request('POST', '/api/recover', { body: { code: bRecovery, device: { name: 'B again', secret: secret() } } });
			expect(recovered.body.accountId).toBe(b.accountId);
			await client.request('DELETE', `/api/devices/${recovered.body.deviceId}`, { device: b });
			await bIsIntact();
		});
		endpoint('GET /api/devices', async () => {
			const answer = await client.request('GET', '/api/devices', { device: a });
			expect(answer.body).toHaveLength(1);
			nothingOfB(answer.body);
		});
		endpoint('DELETE /api/devices/[id]', async () => {
			expect((await client.request('DELETE', `/api/devices/${bLaptop.deviceId}`, { device: a })).status).toBe(404);
			await bIsIntact();
		});
		endpoint('POST /api/join-codes', async () => {
			const { body } = await client.request('POST', '/api/join-codes', { device: a });
			const joined = await new Client(server.url).request('POST', '/api/join', { body: { code: body.code, device: { name: 'A tablet', secret: secret() } } });
			expect(joined.body.accountId).toBe(a.accountId);
		});
		endpoint('POST /api/join', async () => {
			// Ids are not codes: B's account and device ids open nothing.
			for (const code of [b.accountId, b.deviceId]) {
				expect((await new Client(server.url).request('POST', '/api/join', { body: { code, device: { name: 'Intruder', secret: secret() } } })).status).toBe(404);
			}
			await bIsIntact();
		});
		endpoint('POST /api/recover', async () => {
			for (const code of [b.accountId, b.deviceId, bShare.code]) {
				expect((await new Client(server.url).request('POST', '/api/recover', { body: { code, device: { name: 'Intruder', secret: secret() } } })).status).toBe(404);
			}
			await bIsIntact();
		});
		endpoint('GET /api/passkeys', async () => {
			const answer = await client.request('GET', '/api/passkeys', { device: a });
			expect(answer.body).toEqual([]);
		});
		endpoint('DELETE /api/passkeys/[id]', async () => {
			expect((await client.request('DELETE', `/api/passkeys/${bKey.id}`, { device: a })).status).toBe(404);
			await bIsIntact();
		});
		endpoint('POST /api/passkeys/registration-options', async () => {
			const answer = await client.request('POST', '/api/passkeys/registration-options', { device: a });
			expect(Buffer.from(answer.body.options.user.id, 'base64url').toString()).toBe(a.accountId);
			nothingOfB(answer.body);
		});
		endpoint('POST /api/passkeys', async () => {
			// B's passkey presented by A (registering another's credential): refused, B keeps it.
			const options = await client.request('POST', '/api/passkeys/registration-options', { device: a });
			const stolen = await client.request('POST', '/api/passkeys', { device: a, body: { challengeId: options.body.challengeId, response: bKey.create(options.body.options) } });
			expect(stolen.status).toBe(409);
			// A challenge made for B's account does not serve A.
			const bOptions = await client.request('POST', '/api/passkeys/registration-options', { device: b });
			const key = new SoftwarePasskey(server.url);
			const crossed = await client.request('POST', '/api/passkeys', { device: a, body: { challengeId: bOptions.body.challengeId, response: key.create(bOptions.body.options) } });
			expect(crossed.status).toBe(400);
			expect((await client.request('GET', '/api/passkeys', { device: a })).body).toEqual([]);
			await bIsIntact();
		});
		endpoint('POST /api/passkeys/authentication-options', async () => {
			const answer = await client.request('POST', '/api/passkeys/authentication-options');
			// Discoverable credentials: the options name no account and list no credential.
			expect(answer.body.options.allowCredentials ?? []).toEqual([]);
			nothingOfB(answer.body);
		});
		endpoint('POST /api/passkeys/sign-in', async () => {
			// A's own passkey, its answer claiming B's account as the user: refused, no device added anywhere.
			const aKey = new SoftwarePasskey(server.url);
			const options = await client.request('POST', '/api/passkeys/registration-options', { device: a });
			await client.request('POST', '/api/passkeys', { device: a, body: { challengeId: options.body.challengeId, response: aKey.create(options.body.options) } });
			const request = await client.request('POST', '/api/passkeys/authentication-options');
			const answer = aKey.get(request.body.options, { userHandle: Buffer.from(b.accountId).toString('base64url') });
			const signIn = await client.request('POST', '/api/passkeys/sign-in', { body: { challengeId: request.body.challengeId, response: answer, device: { name: 'Intruder', secret: secret() } } });
			expect(signIn.status).toBe(400);
			await client.request('DELETE', `/api/passkeys/${aKey.id}`, { device: a });
			await bIsIntact();
		});
		endpoint('GET /api/shares', async () => {
			expect((await client.request('GET', '/api/shares', { device: a })).body).toEqual([]);
		});
		endpoint('POST /api/shares', async () => {
			const mine = await client.request('POST', '/api/shares', { device: a, body: { set: questionSet('b-set', 'A copy') } });
			expect(mine.status).toBe(201);
			expect(mine.body.id).not.toBe(bShare.id);
			expect((await client.request('GET', '/api/shares', { device: a })).body.map((share: { id: string }) => share.id)).toEqual([mine.body.id]);
			await client.request('DELETE', `/api/shares/${mine.body.id}`, { device: a });
			await bIsIntact();
		});
		endpoint('DELETE /api/shares/[id]', async () => {
			expect((await client.request('DELETE', `/api/shares/${bShare.id}`, { device: a })).status).toBe(404);
			await bIsIntact();
		});
		endpoint('GET /api/s/[code]', async () => {
			// A share's id, its owner's ids: none of them is the link's code.
			for (const code of [bShare.id, b.accountId, b.deviceId]) expect((await client.request('GET', `/api/s/${code}`)).status).toBe(404);
		});
		endpoint('GET /s/[code]', async () => {
			for (const code of [bShare.id, b.accountId]) expect((await client.request('GET', `/s/${code}`)).status).toBe(404);
		});
		endpoint('POST /api/sync/push', async () => {
			// A pushes B's set id, B's entry ids and a setting: they land in A's account only.
			const entries = reviews('b-entry', 2).map((entry) => ({ ...entry, rating: 1 as const }));
			const pushed = await client.request('POST', '/api/sync/push', {
				device: a,
				body: {
					reviews: [{ id: entries[0]!.id, entry: entries[0] }, { id: 'b-entry-000001', deleted: true }],
					sets: [{ id: 'b-set', baseRevision: 1, set: questionSet('b-set', 'Overwritten'), changedAt: 2 }],
					settings: { newPerDay: { value: 99, changedAt: Date.now() } }
				}
			});
			expect(pushed.status).toBe(200);
			expect(pushed.body.sets[0]).toMatchObject({ status: 'conflict', server: { revision: 0, set: null } });
			nothingOfB(pushed.body.sets[0].server);
			await bIsIntact();
		});
		endpoint('GET /api/sync/pull', async () => {
			const answer = await client.request('GET', '/api/sync/pull?after=0', { device: a });
			expect(answer.body.sets).toEqual([]);
			expect(answer.body.reviews.every((change: { entry?: { rating: number } }) => change.entry === undefined || change.entry.rating === 1)).toBe(true);
			expect(answer.body.settings.newPerDay?.value ?? 99).toBe(99);
			nothingOfB({ ...answer.body, reviews: [] });
		});
		endpoint('POST /api/account', async () => {
			// A new account is new: it holds nothing of anyone's.
			const fresh = await new Client(server.url).newAccount();
			const pulled = await client.request('GET', '/api/sync/pull', { device: fresh });
			expect(pulled.body).toEqual({ cursor: 0, more: false, reviews: [], sets: [], settings: {} });
		});
		endpoint('GET /api/health', async () => {
			const answer = await client.request('GET', '/api/health', { device: a });
			expect(Object.keys(answer.body).sort()).toEqual(['ok', 'schema', 'store']);
		});

		it('every endpoint of the server is in the list above, and every account endpoint refuses a request without a device', async () => {
			const { readdirSync, readFileSync, statSync } = await import('node:fs');
			const { join } = await import('node:path');
			const found: string[] = [];
			const walk = (dir: string) => {
				for (const name of readdirSync(dir)) {
					const path = join(dir, name);
					if (statSync(path).isDirectory()) walk(path);
					else if (name === '+server.ts') {
						const route = '/' + dir.replace(/^src\/routes\//, '');
						for (const [, method] of readFileSync(path, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE) =|export (?:async )?function (GET)\b/g)) found.push(`${method ?? 'GET'} ${route}`);
					}
				}
			};
			walk('src/routes/api');
			walk('src/routes/s');
			// Class endpoints have their own list in classes-api.test.ts.
			const real = found.filter((name) => !name.includes('[...rest]') && !/ \/api\/(classes|memberships)\b/.test(name));
			expect(real.sort()).toEqual([...TESTED].sort());
			const open = ['POST /api/account', 'POST /api/join', 'POST /api/recover', 'POST /api/passkeys/authentication-options', 'POST /api/passkeys/sign-in', 'GET /api/s/[code]', 'GET /s/[code]', 'GET /api/health'];
			for (const name of real.filter((name) => !open.includes(name))) {
				const [method, route] = name.split(' ') as [string, string];
				const path = route.replace('[id]', 'AAAAAAAAAAAAAAAAAAAAAA');
				const answer = await client.request(method, path, method === 'GET' ? {} : { body: {} });
				expect(answer.status, name).toBe(401);
			}
		});
	});
});
