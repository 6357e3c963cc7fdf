/**
 * The server's store: opened once per process from the environment, migrated before first use.
 *
 * - `DATABASE_URL=postgres://…`: a PostgreSQL server (the one store behind any number of server processes).
 * - otherwise the embedded PostgreSQL (PGlite) in `FACTDRILL_DATA` (default `./data`).
 */
import { migrate } from './db/migrations';
import { openSql, type Sql, type StoreConfig } from './db/sql';

export interface Store {
	sql: Sql;
	/** The clock: a parameter so that tests can fix time. */
	now(): number;
	/** Limits that deployments tune (see README); tests and the load test raise them. */
	limits: Limits;
}

export interface Limits {
	/** New accounts per client address per hour. */
	accountsPerHour: number;
	/** Typed codes (join, recovery, passkey sign-in) per client address per 10 minutes. */
	codeAttemptsPer10Minutes: number;
}

export const DEFAULT_LIMITS: Limits = { accountsPerHour: 30, codeAttemptsPer10Minutes: 10 };

export function configFromEnv(env: Record<string, string | undefined>): StoreConfig & { limits: Limits } {
	const number = (name: string, fallback: number) => {
		const value = env[name];
		if (value === undefined || value === '') return fallback;
		const parsed = Number(value);
		if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${value}")`);
		return parsed;
	};
	return {
		...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.FACTDRILL_DATA || 'data' }),
		poolSize: number('FACTDRILL_DB_POOL', 10),
		limits: {
			accountsPerHour: number('FACTDRILL_ACCOUNTS_PER_HOUR', DEFAULT_LIMITS.accountsPerHour),
			codeAttemptsPer10Minutes: number('FACTDRILL_CODE_ATTEMPTS', DEFAULT_LIMITS.codeAttemptsPer10Minutes)
		}
	};
}

/** Opens and migrates a store. */
export async function openStore(config: StoreConfig & { limits?: Limits }, now: () => number = Date.now): Promise<Store> {
	const sql = await openSql(config);
	try {
		await migrate(sql, { now: now() });
	} catch (error) {
		await sql.close();
		throw error;
	}
	return { sql, now, limits: config.limits ?? DEFAULT_LIMITS };
}

let opening: Promise<Store> | undefined;

/** This process's store, opened (and migrated) on first use. */
export function processStore(): Promise<Store> {
	opening ??= openStore(configFromEnv(process.env)).catch((error) => {
		opening = undefined;
		throw error;
	});
	return opening;
}

/** Closes this process's store (on shutdown), so the embedded store is left clean. */
export async function closeProcessStore(): Promise<void> {
	const current = opening;
	opening = undefined;
	if (current) await (await current).sql.close();
}
