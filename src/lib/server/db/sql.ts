/**
 * One SQL, two stores: PGlite (PostgreSQL compiled to WebAssembly, embedded in this process, data in
 * a folder) or a PostgreSQL server through the `postgres` driver. Both run the same text with
 * `$1, $2…` parameters; nothing else in the server knows which one it talks to.
 *
 * Conventions every query follows so that both drivers return the same values: times are bigint
 * milliseconds (int8, read back as numbers), documents are jsonb (read back as objects, written as
 * JSON text with an explicit `::jsonb` cast), and every parameter carries a cast.
 */
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Row = Record<string, unknown>;

export interface Queryable {
	query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Sql extends Queryable {
	readonly kind: 'embedded' | 'postgres';
	/** Runs `work` in one transaction: all of it is stored, or none of it. */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** The store cannot be reached right now (connection refused or lost, server restarting): retry later. */
export class StoreUnavailableError extends Error {
	constructor(cause: unknown) {
		super('the database is not reachable right now; try again in a moment');
		this.name = 'StoreUnavailableError';
		this.cause = cause;
	}
}

// Connection-level failures: the driver's own codes and PostgreSQL's classes 08 (connection) and 57P (shutdown).
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

export function isUnavailable(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code !== 'string') return false;
	return UNAVAILABLE.has(code) || code.startsWith('08') || code.startsWith('57P');
}

function translate(error: unknown): never {
	throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
}

export interface StoreConfig {
	/** postgres://… selects a PostgreSQL server; absent, the embedded store in `dataDir`. */
	databaseUrl?: string;
	/** Folder of the embedded store; absent with no databaseUrl, an in-memory store (tests). */
	dataDir?: string;
	/** Tables live in this schema (tests isolate themselves this way); default `public`. */
	schema?: string;
	/** Connections to a PostgreSQL server (default 10). */
	poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the store the config names. */
export async function openSql(config: StoreConfig): Promise<Sql> {
	if (config.schema !== undefined && !SCHEMA_NAME.test(config.schema)) throw new Error(`schema "${config.schema}" is not a plain lower-case name`);
	return config.databaseUrl ? openPostgres(config.databaseUrl, config) : openEmbedded(config);
}

async function openPostgres(url: string, config: StoreConfig): Promise<Sql> {
	if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
	const { default: postgres } = await import('postgres');
	const sql = postgres(url, {
		max: config.poolSize ?? 10,
		onnotice: () => undefined,
		// int8 (times, sequence numbers) as numbers, as PGlite is told below; both stay far below 2^53.
		types: { int8: { to: 20, from: [20], serialize: (value: number) => String(value), parse: (value: string) => Number(value) } },
		connection: config.schema ? { search_path: config.schema } : {},
		idle_timeout: 60,
		connect_timeout: 10
	});
	const run = async <T>(target: { unsafe: typeof sql.unsafe }, text: string, params: readonly unknown[] = []): Promise<T[]> => {
		try {
			const rows = await target.unsafe(text, params as never[], { prepare: true });
			return [...rows] as unknown as T[];
		} catch (error) {
			translate(error);
		}
	};
	if (config.schema) await run(sql, `CREATE SCHEMA IF NOT EXISTS ${config.schema}`);
	else await run(sql, 'SELECT 1');
	return {
		kind: 'postgres',
		query: (text, params) => run(sql, text, params),
		async transaction(work) {
			try {
				return (await sql.begin((tx) => work({ query: (text, params) => run(tx as unknown as typeof sql, text, params) }))) as never;
			} catch (error) {
				translate(error);
			}
		},
		close: () => sql.end({ timeout: 5 })
	};
}

/**
 * PGlite writes one folder and must be its only user: a lock file names the process holding it, and
 * a second server on the same folder stops at once instead of corrupting it.
 */
function lockFolder(dataDir: string): () => void {
	mkdirSync(dataDir, { recursive: true });
	const lock = join(dataDir, 'factdrill.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lock, 'wx');
			writeFileSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(lock, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number(readFileSync(lock, 'utf8'));
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
				throw new Error(`the data folder ${dataDir} is in use by process ${holder}; stop it first or choose another FACTDRILL_DATA`);
			}
			rmSync(lock, { force: true }); // left by a process that is gone
		}
	}
	throw new Error(`could not lock the data folder ${dataDir}`);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** How PGlite is told to read values as the `postgres` driver does (int8 as numbers). */
export const PGLITE_OPTIONS = { parsers: { 20: (value: string) => Number(value) } };

async function openEmbedded(config: StoreConfig): Promise<Sql> {
	const { PGlite } = await import('@electric-sql/pglite');
	const unlock = config.dataDir ? lockFolder(config.dataDir) : () => undefined;
	let db: PGliteInstance;
	try {
		db = await PGlite.create(config.dataDir ? join(config.dataDir, 'pg') : undefined, PGLITE_OPTIONS);
	} catch (error) {
		unlock();
		throw error;
	}
	if (config.schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${config.schema}; SET search_path TO ${config.schema}`);
	return embeddedSql(db, unlock);
}

type PGliteInstance = import('@electric-sql/pglite').PGlite;

/** An Sql over an open PGlite (tests open theirs from a prepared copy); `release` runs after it closes. */
export function embeddedSql(db: PGliteInstance, release: () => void = () => undefined): Sql {
	const run = async <T>(target: Pick<PGliteInstance, 'query'>, text: string, params: readonly unknown[] = []): Promise<T[]> =>
		(await target.query<T>(text, params as unknown[])).rows;
	return {
		kind: 'embedded',
		query: (text, params) => run(db, text, params),
		transaction: (work) => db.transaction((tx) => work({ query: (text, params) => run(tx, text, params) })),
		async close() {
			try {
				await db.close();
			} finally {
				release();
			}
		}
	};
}
