// A throwaway PostgreSQL cluster from Debian's postgresql package, for the server tests, the load
// test and CI: initdb in a temporary folder, a free port on 127.0.0.1, trust authentication for
// the local user "postgres". As root it runs as the system user "postgres" (PostgreSQL refuses root).
//
//   node scripts/postgres-cluster.mjs start     prints `export FACTDRILL_TEST_…=…` lines for eval
//   node scripts/postgres-cluster.mjs stop      stops the cluster those variables name and removes it
//
// Used as a module by the test setup and the load test (start, stop, restart).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The newest Debian PostgreSQL's bin folder, or a clear error naming the package to install. */
export function postgresBin() {
	const root = '/usr/lib/postgresql';
	/** @type {string[]} */
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length === 0) throw new Error("PostgreSQL is not installed: run `apt-get install postgresql` (Debian's package; .ci/run does this)");
	return join(root, String(versions[0]), 'bin');
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

const asRoot = userInfo().uid === 0;

/** @param {string} bin @param {string[]} args */
function run(bin, args) {
	const command = asRoot ? 'runuser' : bin;
	const full = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
	const result = spawnSync(command, full, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
	return result.stdout;
}

/**
 * Starts a new cluster; returns where it is and how to reach it.
 * @returns {Promise<{ url: string; data: string; pgCtl: string; dir: string }>}
 */
export async function startCluster() {
	const bin = postgresBin();
	const dir = mkdtempSync(join(tmpdir(), 'factdrill-pg-'));
	if (asRoot) {
		execFileSync('id', ['postgres'], { stdio: 'ignore' });
		chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
	}
	chmodSync(dir, 0o700);
	const data = join(dir, 'data');
	run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
	const port = await freePort();
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB -c fsync=on`;
	run(join(bin, 'pg_ctl'), ['start', '-D', data, '-w', '-t', '120', '-l', join(dir, 'log'), '-o', options]);
	return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, data, pgCtl: join(bin, 'pg_ctl'), dir };
}

/** Restarts the cluster (a fast shutdown: open connections are cut, as in a database server restart). */
/** @param {string} data @param {string} pgCtl */
export function restartCluster(data, pgCtl) {
	// With its log file named: otherwise the server keeps pg_ctl's output open and the call never returns.
	run(pgCtl, ['restart', '-D', data, '-m', 'fast', '-w', '-t', '120', '-l', join(data, '..', 'log')]);
}

/** @param {string} data @param {string} pgCtl */
export function stopCluster(data, pgCtl) {
	try {
		run(pgCtl, ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
	} finally {
		rmSync(join(data, '..'), { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const command = process.argv[2];
	try {
		if (command === 'start') {
			const cluster = await startCluster();
			console.log(`export FACTDRILL_TEST_DATABASE_URL='${cluster.url}'`);
			console.log(`export FACTDRILL_TEST_PGDATA='${cluster.data}'`);
			console.log(`export FACTDRILL_TEST_PG_CTL='${cluster.pgCtl}'`);
		} else if (command === 'stop') {
			const { FACTDRILL_TEST_PGDATA: data, FACTDRILL_TEST_PG_CTL: pgCtl } = process.env;
			if (!data || !pgCtl) throw new Error('FACTDRILL_TEST_PGDATA and FACTDRILL_TEST_PG_CTL name no cluster');
			stopCluster(data, pgCtl);
		} else {
			throw new Error('usage: node scripts/postgres-cluster.mjs start|stop');
		}
	} catch (error) {
		console.error(`postgres-cluster: ${/** @type {Error} */ (error).message}`);
		process.exit(1);
	}
}
