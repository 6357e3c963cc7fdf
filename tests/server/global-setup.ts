/**
 * Before the server tests: the production build (skipped with SERVER_SKIP_BUILD=1 when build/ was
 * just made), a PostgreSQL server (FACTDRILL_TEST_DATABASE_URL, set by .ci/run; otherwise one is
 * started here from Debian's postgresql package, and stopped afterwards), and prepared embedded
 * stores to copy (PGlite's first start runs initdb, which is slow): a blank one and a migrated one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import { startCluster, stopCluster } from '../../scripts/postgres-cluster.mjs';
import { openSql } from '../../src/lib/server/db/sql';
import { migrate } from '../../src/lib/server/db/migrations';

export interface PostgresForTests {
	url: string;
	/** Where the cluster's data is and its pg_ctl, to restart it; empty when the cluster is not ours to restart. */
	data: string;
	pgCtl: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		postgres: PostgresForTests;
		/** A data folder of the embedded store at the latest schema, to copy. */
		embeddedTemplate: string;
		/** A blank PGlite database (dumpDataDir), to load. */
		blankDump: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!(process.env.SERVER_SKIP_BUILD === '1' && existsSync('build/handler.js'))) {
		execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', FACTDRILL_ADAPTER: 'node' } });
	}
	let started: Awaited<ReturnType<typeof startCluster>> | undefined;
	let postgres: PostgresForTests;
	if (process.env.FACTDRILL_TEST_DATABASE_URL) {
		postgres = { url: process.env.FACTDRILL_TEST_DATABASE_URL, data: process.env.FACTDRILL_TEST_PGDATA ?? '', pgCtl: process.env.FACTDRILL_TEST_PG_CTL ?? '' };
	} else {
		started = await startCluster();
		postgres = { url: started.url, data: started.data, pgCtl: started.pgCtl };
	}
	const work = mkdtempSync(join(tmpdir(), 'factdrill-server-tests-'));
	const template = join(work, 'embedded');
	const sql = await openSql({ dataDir: template });
	await migrate(sql);
	await sql.close();
	const blank = await PGlite.create();
	const dump = join(work, 'blank.tar');
	writeFileSync(dump, new Uint8Array(await (await blank.dumpDataDir('none')).arrayBuffer()));
	await blank.close();

	project.provide('postgres', postgres);
	project.provide('embeddedTemplate', template);
	project.provide('blankDump', dump);
	return async () => {
		if (started) stopCluster(started.data, started.pgCtl);
		rmSync(work, { recursive: true, force: true });
	};
}
