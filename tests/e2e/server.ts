/** Serves the built app with `vite preview` on 127.0.0.1 at a free port, for one test file. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PreviewServer {
	url: string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
	throw new Error(`vite preview did not answer at ${url}:\n${output()}`);
}

export async function startPreview(port?: number): Promise<PreviewServer> {
	const chosen = port ?? (await freePort());
	// The sync server's embedded store (the Sync page asks /api/health) in a folder of its own, removed on stop.
	const data = mkdtempSync(join(tmpdir(), 'factdrill-preview-'));
	const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(chosen), '--strictPort'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, FACTDRILL_DATA: data }
	});
	child.once('exit', () => rmSync(data, { recursive: true, force: true }));
	let log = '';
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const url = `http://127.0.0.1:${chosen}`;
	await waitFor(url, child, () => log);
	return {
		url,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
