/**
 * The built Node server (`node scripts/serve.js`, what `npm start` runs) on a free port, on either
 * store: the embedded one in a data folder of its own, or a database of its own on the test
 * PostgreSQL server. Requests say which client address they come from (X-Forwarded-For, read
 * through adapter-node's ADDRESS_HEADER) so that each test has rate limits of its own.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import postgres from 'postgres';
import { authorization, type SignedIn } from '$lib/formats/sync';
import type { Kind } from './stores';
import { freePort, startProcess } from '../e2e/server';

/** Where a server keeps its data: a folder, or a database on the test PostgreSQL server. */
export interface Place {
	kind: Kind;
	env: Record<string, string>;
	remove(): Promise<void>;
}

export async function newPlace(kind: Kind): Promise<Place> {
	if (kind === 'embedded') {
		const dir = mkdtempSync(join(tmpdir(), 'factdrill-data-'));
		return { kind, env: { FACTDRILL_DATA: dir }, remove: async () => rmSync(dir, { recursive: true, force: true }) };
	}
	const admin = postgres(inject('postgres').url, { max: 1, onnotice: () => undefined });
	const name = `f_${randomBytes(6).toString('hex')}`;
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(inject('postgres').url);
	url.pathname = `/${name}`;
	return {
		kind,
		env: { DATABASE_URL: url.href },
		async remove() {
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}

export interface RunningServer {
	url: string;
	child: ChildProcess;
	output(): string;
	/** A clean stop (SIGTERM): open requests finish, the store is closed. */
	stop(): Promise<void>;
	/** The process killed outright (SIGKILL), as by a crash or the out-of-memory killer. */
	kill(): Promise<void>;
}

export async function startServer(place: Place, env: Record<string, string> = {}, port?: number): Promise<RunningServer> {
	const chosen = port ?? (await freePort());
	const server = await startProcess(
		'the server',
		['scripts/serve.js'],
		{ HOST: '127.0.0.1', PORT: String(chosen), ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', ...place.env, ...env },
		(log) => log.includes('factdrill: serving')
	);
	return { url: `http://127.0.0.1:${chosen}`, child: server.child, output: server.output, stop: () => server.stop('SIGTERM'), kill: () => server.stop('SIGKILL') };
}

let addresses = 0;
/** A client address of its own (for rate limits), from the benchmarking range 198.18.0.0/15. */
export function newAddress(): string {
	addresses++;
	return `198.18.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
}

export interface Device extends SignedIn {
	secret: string;
	address: string;
}

/** A client of one server: JSON requests as the app makes them, signed in as `device` when given. */
export class Client {
	constructor(
		readonly base: string,
		readonly address = newAddress()
	) {}

	async request(method: string, path: string, options: { body?: unknown; device?: Device; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any; headers: Headers }> {
		const headers: Record<string, string> = { 'x-forwarded-for': this.address, ...options.headers };
		if (options.body !== undefined) headers['content-type'] ??= 'application/json';
		if (options.device) headers.authorization = authorization(options.device.deviceId, options.device.secret);
		const response = await fetch(this.base + path, { method, headers, body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body), redirect: 'manual' });
		const text = await response.text();
		let body: unknown = text;
		if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') body = JSON.parse(text);
		return { status: response.status, body, headers: response.headers };
	}

	/** A new account (its first device), as the first sync makes it. */
	async newAccount(name = 'Phone'): Promise<Device> {
		const secret = randomBytes(32).toString('base64url');
		const answer = await this.request('POST', '/api/account', { body: { device: { name, secret } } });
		if (answer.status !== 201) throw new Error(`creating an account failed: ${answer.status} ${JSON.stringify(answer.body)}`);
		return { ...answer.body, secret, address: this.address };
	}

	/** Another device joining `device`'s account with a one-time code. */
	async join(device: Device, name = 'Laptop'): Promise<Device> {
		const { body } = await this.request('POST', '/api/join-codes', { device });
		const secret = randomBytes(32).toString('base64url');
		// Typed on the other device: another client address.
		const answer = await new Client(this.base).request('POST', '/api/join', { body: { code: body.code, device: { name, secret } } });
		if (answer.status !== 201) throw new Error(`joining failed: ${answer.status} ${JSON.stringify(answer.body)}`);
		return { ...answer.body, secret, address: this.address };
	}
}
