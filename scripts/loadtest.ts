/**
 * `npm run loadtest`: simulated learners syncing against the built server, on each store — the
 * embedded PostgreSQL (PGlite) and a PostgreSQL server (DATABASE_URL, or a throwaway cluster from
 * Debian's postgresql package). Loopback only, and bounded: every learner makes an account, then
 * pushes `--rounds` batches of `--batch` reviews and pulls after each, all learners at once.
 *
 * Two phases per store. Saturated: every learner pushes and pulls back to back, with no pause, which
 * gives the most reviews a second the store takes (sync_reviews_per_s_*) and the wait at that
 * saturation (sync_push_p95_ms_saturated*). Paced: the same learners push at a steady `--rate` reviews a
 * second in all (5,000 by default: each pushes its batch on its own schedule, spread over the interval),
 * which gives the wait at that load (sync_push_p95_ms*), counted from when each push was due, so a
 * server that falls behind is charged for the delay too.
 *
 *   npm run loadtest [-- --learners 200 --rounds 5 --batch 50 --rate 5000 --store both|embedded|postgres --json]
 *
 * Prints a table (or one JSON object): sync_push_p95_ms (PostgreSQL, paced), sync_push_p95_ms_embedded,
 * sync_reviews_per_s_embedded, sync_reviews_per_s_postgres, and the server process's CPU time per
 * 1,000 reviews on each store (sync_server_cpu_ms_per_1k_reviews_*, Linux only), and the throwaway
 * PostgreSQL cluster's (sync_database_cpu_ms_per_1k_reviews_postgres). Target: ≥ 5,000
 * reviews/s into PostgreSQL with p95 < 200 ms at 200 concurrent learners. Needs the server build (`npm run build`;
 * built here if missing).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, stopCluster } from './postgres-cluster.mjs';
import { freePort, startProcess } from '../tests/e2e/server';

const args = process.argv.slice(2);
const json = args.includes('--json');
function option(name: string, fallback: number): number {
	const index = args.indexOf(`--${name}`);
	if (index < 0) return fallback;
	const value = Number(args[index + 1]);
	if (!Number.isInteger(value) || value < 1 || value > 10_000) throw new Error(`--${name} must be a whole number from 1 to 10000`);
	return value;
}
const learners = option('learners', 200);
const rounds = option('rounds', 5);
const batch = option('batch', 50);
const rate = option('rate', 5000);
const storeArg = args.includes('--store') ? args[args.indexOf('--store') + 1] : 'both';
if (!['both', 'embedded', 'postgres'].includes(storeArg ?? '')) throw new Error('--store must be both, embedded or postgres');
const log = (message: string) => {
	if (!json) console.error(message);
};

async function startServer(env: Record<string, string>): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
	const port = await freePort();
	const server = await startProcess(
		'the server',
		['scripts/serve.js'],
		{ HOST: '127.0.0.1', PORT: String(port), FACTDRILL_ACCOUNTS_PER_HOUR: '1000000', FACTDRILL_DB_POOL: '20', ...env },
		(output) => output.includes('factdrill: serving')
	);
	return { url: `http://127.0.0.1:${port}`, pid: server.child.pid!, stop: () => server.stop() };
}

const DAY = 86_400_000;
function card(questionId: string, due: number, reps: number) {
	return { setId: 'load-set', questionId, state: reps === 0 ? 0 : 2, due, stability: reps * 2.5, difficulty: reps === 0 ? 0 : 5, scheduledDays: reps * 2, learningSteps: 0, reps, lapses: 0, lastReview: reps === 0 ? null : due - DAY };
}
function review(id: string, index: number) {
	const at = Date.UTC(2024, 2, 1, 8) + index * 60_000;
	const questionId = `q${index % 40}`;
	return { id, setId: 'load-set', questionId, rating: 3, reviewedAt: at, durationMs: 4200, before: card(questionId, at, 0), after: card(questionId, at + 2 * DAY, 1) };
}

async function call(base: string, method: string, path: string, auth: string | undefined, body?: unknown): Promise<any> {
	const response = await fetch(base + path, {
		method,
		headers: { ...(auth ? { authorization: auth } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return JSON.parse(text);
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * CPU time (ms) the process has used, from /proc (Linux); null elsewhere. Unlike the wall-clock
 * figures it hardly moves with the machine's other load, so runs on a busy machine still compare.
 */
function cpuMs(pid: number): number | null {
	const stat = procStat(pid);
	// utime and stime, fields 14 and 15 of the line (11 and 12 after the name), in ticks of 10 ms.
	return stat ? (Number(stat[11]) + Number(stat[12])) * 10 : null;
}

/** The fields of /proc/PID/stat after the process's name, or null. */
function procStat(pid: number): string[] | null {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	} catch {
		return null;
	}
}

/** CPU time (ms) of a PostgreSQL cluster: its postmaster and every process it started (the connections' backends), alive now. */
function clusterCpuMs(data: string): number | null {
	try {
		const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
		let total = cpuMs(postmaster) ?? 0;
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			// ppid is field 4 (1 after the name).
			if (Number(procStat(Number(entry))?.[1]) === postmaster) total += cpuMs(Number(entry)) ?? 0;
		}
		return total;
	} catch {
		return null;
	}
}

async function signIn(base: string): Promise<string[]> {
	return Promise.all(
		Array.from({ length: learners }, async () => {
			const secret = randomBytes(32).toString('base64url');
			const signedIn = await call(base, 'POST', '/api/account', undefined, { device: { name: 'Load', secret } });
			return `Bearer ${signedIn.deviceId}.${secret}`;
		})
	);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * The paced phase: `rate` reviews a second in all. Learner i pushes at start + (i / learners + round)
 * × interval, then pulls; a push's wait counts from when it was due, not from when a late learner got
 * round to sending it.
 */
async function paced(base: string, devices: string[]): Promise<{ reviewsPerS: number; pushP95: number }> {
	const interval = (learners * batch * 1000) / rate;
	const pushes: number[] = [];
	const start = performance.now() + 100;
	await Promise.all(
		devices.map(async (auth, learner) => {
			let cursor = 0;
			for (let round = 0; round < rounds; round++) {
				const due = start + (learner / learners + round) * interval;
				await sleep(due - performance.now());
				const entries = Array.from({ length: batch }, (_, i) => review(`p${learner}-r${round}-${String(i).padStart(5, '0')}`, round * batch + i));
				const answer = await call(base, 'POST', '/api/sync/push', auth, { reviews: entries.map((entry) => ({ id: entry.id, entry })) });
				pushes.push(performance.now() - due);
				if (answer.reviews.added !== batch) throw new Error(`learner ${learner}: ${answer.reviews.added} of ${batch} reviews stored`);
				cursor = (await call(base, 'GET', `/api/sync/pull?after=${cursor}&limit=2000`, auth)).cursor;
			}
		})
	);
	const seconds = (performance.now() - start) / 1000;
	return { reviewsPerS: Math.round((learners * rounds * batch) / seconds), pushP95: Math.round(percentile(pushes, 95)) };
}

async function drive(base: string, pid: number, clusterData?: string): Promise<{ reviewsPerS: number; pushP95: number; pullP95: number; serverCpuMsPer1k: number | null; databaseCpuMsPer1k: number | null; paced: { reviewsPerS: number; pushP95: number } }> {
	const devices = await signIn(base);
	const pushes: number[] = [];
	const pulls: number[] = [];
	const cpuBefore = cpuMs(pid);
	const databaseBefore = clusterData ? clusterCpuMs(clusterData) : null;
	const start = performance.now();
	await Promise.all(
		devices.map(async (auth, learner) => {
			let cursor = 0;
			for (let round = 0; round < rounds; round++) {
				const entries = Array.from({ length: batch }, (_, i) => review(`l${learner}-r${round}-${String(i).padStart(5, '0')}`, round * batch + i));
				let t = performance.now();
				const answer = await call(base, 'POST', '/api/sync/push', auth, { reviews: entries.map((entry) => ({ id: entry.id, entry })) });
				pushes.push(performance.now() - t);
				if (answer.reviews.added !== batch) throw new Error(`learner ${learner}: ${answer.reviews.added} of ${batch} reviews stored`);
				t = performance.now();
				const pulled = await call(base, 'GET', `/api/sync/pull?after=${cursor}&limit=2000`, auth);
				pulls.push(performance.now() - t);
				cursor = pulled.cursor;
			}
		})
	);
	const seconds = (performance.now() - start) / 1000;
	const cpuAfter = cpuMs(pid);
	const databaseAfter = clusterData ? clusterCpuMs(clusterData) : null;
	const reviews = learners * rounds * batch;
	// The same learners again, at the paced rate, into the store the saturated phase has filled.
	const pacedFigures = await paced(base, devices);
	return {
		paced: pacedFigures,
		reviewsPerS: Math.round(reviews / seconds),
		pushP95: Math.round(percentile(pushes, 95)),
		pullP95: Math.round(percentile(pulls, 95)),
		serverCpuMsPer1k: cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / reviews) * 1000),
		databaseCpuMsPer1k: databaseBefore === null || databaseAfter === null ? null : Math.round(((databaseAfter - databaseBefore) / reviews) * 1000)
	};
}

if (!existsSync('build/handler.js')) {
	log('building the server…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: json ? 'ignore' : 'inherit', env: { ...process.env, NODE_ENV: 'production', FACTDRILL_ADAPTER: 'node' } });
}

const results: Record<string, number> = {};
log(`${learners} learners at once, ${rounds} rounds of ${batch} reviews each (push, then pull): back to back, then paced at ${rate} reviews/s`);

if (storeArg !== 'postgres') {
	const dir = mkdtempSync(join(tmpdir(), 'factdrill-load-'));
	const server = await startServer({ FACTDRILL_DATA: dir, DATABASE_URL: '' });
	try {
		log('embedded store (PGlite)…');
		const figures = await drive(server.url, server.pid);
		results.sync_reviews_per_s_embedded = figures.reviewsPerS;
		results.sync_push_p95_ms_saturated_embedded = figures.pushP95;
		results.sync_push_p95_ms_embedded = figures.paced.pushP95;
		results.sync_reviews_per_s_paced_embedded = figures.paced.reviewsPerS;
		results.sync_pull_p95_ms_embedded = figures.pullP95;
		if (figures.serverCpuMsPer1k !== null) results.sync_server_cpu_ms_per_1k_reviews_embedded = figures.serverCpuMsPer1k;
	} finally {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (storeArg !== 'embedded') {
	const cluster = process.env.DATABASE_URL ? undefined : await startCluster();
	const server = await startServer({ DATABASE_URL: process.env.DATABASE_URL || cluster!.url });
	try {
		log(`PostgreSQL (${cluster ? 'a throwaway cluster' : 'DATABASE_URL'})…`);
		const figures = await drive(server.url, server.pid, cluster?.data);
		results.sync_reviews_per_s_postgres = figures.reviewsPerS;
		results.sync_push_p95_ms_saturated = figures.pushP95;
		results.sync_push_p95_ms = figures.paced.pushP95;
		results.sync_reviews_per_s_paced_postgres = figures.paced.reviewsPerS;
		results.sync_pull_p95_ms = figures.pullP95;
		if (figures.serverCpuMsPer1k !== null) results.sync_server_cpu_ms_per_1k_reviews_postgres = figures.serverCpuMsPer1k;
		if (figures.databaseCpuMsPer1k !== null) results.sync_database_cpu_ms_per_1k_reviews_postgres = figures.databaseCpuMsPer1k;
	} finally {
		await server.stop();
		if (cluster) stopCluster(cluster.data, cluster.pgCtl);
	}
}

if (json) {
	console.log(JSON.stringify(results));
} else {
	const targets: Record<string, string> = { sync_reviews_per_s_postgres: '≥ 5000', sync_push_p95_ms: `< 200 at ${rate}/s`, sync_reviews_per_s_paced_postgres: String(rate) };
	const rows = Object.entries(results).map(([key, value]) => [key, String(value), targets[key] ?? '']);
	const widths = [0, 1, 2].map((column) => Math.max(...[['metric', 'value', 'target'], ...rows].map((row) => row[column]!.length)));
	const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
	console.log(line(['metric', 'value', 'target']));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}
