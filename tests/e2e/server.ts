/**
 * Server processes for tests and scripts, started one way: a free port on 127.0.0.1, the process
 * spawned with its output kept (for the message when it fails), ready when it says so, stopped by
 * signal. `startPreview` serves the built app with `vite preview` for one end-to-end test file; the
 * server tests and the load test start the built Node server (scripts/serve.js) with `startProcess`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface ServerProcess {
	child: ChildProcess;
	output(): string;
	/** Sends `signal` (default SIGTERM: a clean stop) unless the process already ended, and waits for its end. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns `node ARGS` with `env` added to this process's environment and waits until `ready` (asked
 * every 150 ms with the output so far) says it serves; a process that ends first is an error with
 * its output, and so is one not ready after `readyWithinMs` (default: no limit but its end).
 */
export async function startProcess(
	name: string,
	args: string[],
	env: Record<string, string>,
	ready: (output: string) => boolean | Promise<boolean>,
	readyWithinMs = Infinity
): Promise<ServerProcess> {
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
	let log = '';
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + readyWithinMs;
	for (;;) {
		if (await ready(log)) break;
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} stopped before serving:\n${log}`);
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error(`${name} did not serve within ${readyWithinMs / 1000} s:\n${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
	return {
		child,
		output: () => log,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
}

export interface PreviewServer {
	url: string;
	stop(): Promise<void>;
}

export async function startPreview(port?: number): Promise<PreviewServer> {
	const chosen = port ?? (await freePort());
	// The sync server's embedded store (the Sync page asks /api/health) in a folder of its own, removed on stop.
	const data = mkdtempSync(join(tmpdir(), 'factdrill-preview-'));
	const url = `http://127.0.0.1:${chosen}`;
	const answers = async () => {
		try {
			return (await fetch(url)).ok;
		} catch {
			return false; // not listening yet
		}
	};
	try {
		const preview = await startProcess('vite preview', ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(chosen), '--strictPort'], { FACTDRILL_DATA: data }, answers, 30_000);
		preview.child.once('exit', () => rmSync(data, { recursive: true, force: true }));
		return { url, stop: () => preview.stop() };
	} catch (error) {
		rmSync(data, { recursive: true, force: true });
		throw error;
	}
}
