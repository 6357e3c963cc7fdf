/**
 * The schema's migrations on both stores: from every earlier version to the latest, the result is
 * the schema a fresh database gets, and the data written by the older version is still served.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '$lib/server/db/migrations';
import type { Sql } from '$lib/server/db/sql';
import { digest } from '$lib/server/secrets';
import { listDevices } from '$lib/server/devices';
import { listShares, sharedSet } from '$lib/server/shares';
import { listPasskeys } from '$lib/server/passkeys';
import { listClasses } from '$lib/server/classes';
import { pull } from '$lib/server/sync';
import { authenticate } from '$lib/server/auth';
import { DEFAULT_LIMITS, type Store } from '$lib/server/store';
import { emptySql, KINDS, questionSet, review, type Kind } from './stores';

const NOW = Date.UTC(2024, 2, 1);
const SECRET = 'device-secret-written-by-an-old-version';
const SHARE_CODE = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The schema as PostgreSQL describes it: columns, indexes and constraints of this schema's tables. */
async function describeSchema(sql: Sql): Promise<string[]> {
	const columns = await sql.query<{ line: string }>(
		`SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
		 FROM information_schema.columns WHERE table_schema = current_schema()`
	);
	const indexes = await sql.query<{ line: string }>(`SELECT tablename || ': ' || replace(indexdef, current_schema() || '.', '') AS line FROM pg_indexes WHERE schemaname = current_schema()`);
	const constraints = await sql.query<{ line: string }>(
		`SELECT rel.relname || ': ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
		 FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
		 WHERE ns.nspname = current_schema()`
	);
	return [...columns, ...indexes, ...constraints].map((row) => row.line.replace(/\s+/g, ' ')).sort();
}

/** Rows as the server of `version` wrote them (its own SQL, not today's functions). */
async function writeAsVersion(sql: Sql, version: number): Promise<void> {
	if (version >= 1) {
		await sql.query(`INSERT INTO accounts (id, created_at, seq) VALUES ('old-account-0000000', $1::bigint, 3)`, [NOW]);
		await sql.query(`INSERT INTO devices (id, account_id, name, secret_hash, created_at, last_seen_at) VALUES ('old-device-00000000', 'old-account-0000000', 'Old phone', $1::text, $2::bigint, $2::bigint)`, [digest(SECRET), NOW]);
		await sql.query(`INSERT INTO reviews (account_id, entry_id, seq, device_id, entry) VALUES ('old-account-0000000', 'old-entry-1', 1, 'old-device-00000000', $1::text::jsonb)`, [JSON.stringify(review('old-entry-1'))]);
		await sql.query(`INSERT INTO sets (account_id, set_id, revision, seq, document, changed_at, device_id) VALUES ('old-account-0000000', 'news-set', 1, 2, $1::text::jsonb, $2::bigint, 'old-device-00000000')`, [JSON.stringify(questionSet()), NOW]);
		await sql.query(`INSERT INTO settings (account_id, field, value, changed_at, device_id, seq) VALUES ('old-account-0000000', 'newPerDay', '15', $1::bigint, 'old-device-00000000', 3)`, [NOW]);
	}
	if (version >= 2) {
		await sql.query(`INSERT INTO shares (id, code_hash, account_id, title, question_count, document, created_at) VALUES ('old-share-00000000', $1::text, 'old-account-0000000', 'Visit to the exhibition', 3, $2::text::jsonb, $3::bigint)`, [
			digest(SHARE_CODE),
			JSON.stringify(questionSet()),
			NOW
		]);
	}
	if (version >= 3) {
		await sql.query(`INSERT INTO passkeys (credential_id, account_id, name, public_key, counter, transports, created_at) VALUES ('old-credential', 'old-account-0000000', 'Old key', 'AAAA', 4, '["usb"]', $1::bigint)`, [NOW]);
	}
	if (version >= 4) {
		await sql.query(`INSERT INTO classes (id, owner_id, name, code_hash, code_expires_at, created_at) VALUES ('old-class-000000000', 'old-account-0000000', 'Old class', $1::text, $2::bigint, $2::bigint)`, [digest('OLDCODE1'), NOW + 86_400_000]);
	}
}

describe.each(KINDS)('migrations on the %s store', (kind: Kind) => {
	const open: Sql[] = [];
	async function database(): Promise<Sql> {
		const sql = await emptySql(kind);
		open.push(sql);
		return sql;
	}
	afterEach(async () => {
		for (const sql of open.splice(0)) await sql.close();
	});

	it('are numbered 1, 2, 3 … with no gap', () => {
		expect(MIGRATIONS.map((step) => step.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
	});

	for (let from = 0; from < LATEST_VERSION; from++) {
		it(`bring a database at version ${from} to the latest, as a fresh one, and keep what version ${from} wrote`, async () => {
			const fresh = await database();
			await migrate(fresh);
			const old = await database();
			expect(await migrate(old, { target: from })).toEqual(Array.from({ length: from }, (_, i) => i + 1));
			expect(await schemaVersion(old)).toBe(from);
			await writeAsVersion(old, from);
			expect(await migrate(old)).toEqual(Array.from({ length: LATEST_VERSION - from }, (_, i) => from + i + 1));
			expect(await describeSchema(old)).toEqual(await describeSchema(fresh));

			const store: Store = { sql: old, now: () => NOW + 1000, limits: DEFAULT_LIMITS };
			if (from >= 1) {
				const caller = await authenticate(store, `Bearer old-device-00000000.${SECRET}`);
				expect(caller).toEqual({ accountId: 'old-account-0000000', deviceId: 'old-device-00000000' });
				const changes = await pull(store, caller, 0);
				expect(changes.reviews).toEqual([{ id: 'old-entry-1', entry: review('old-entry-1') }]);
				expect(changes.sets[0]).toMatchObject({ id: 'news-set', revision: 1, set: questionSet() });
				expect(changes.settings.newPerDay?.value).toBe(15);
				expect((await listDevices(store, caller)).map((device) => device.name)).toEqual(['Old phone']);
				if (from >= 2) {
					expect(await sharedSet(store, SHARE_CODE)).toEqual(questionSet());
					expect((await listShares(store, caller)).map((share) => share.id)).toEqual(['old-share-00000000']);
				}
				expect((await listPasskeys(store, caller)).map((passkey) => passkey.name)).toEqual(from >= 3 ? ['Old key'] : []);
				expect((await listClasses(store, caller)).map((taught) => taught.name)).toEqual(from >= 4 ? ['Old class'] : []);
			}
		});
	}

	it('change nothing when run again, and run each step once when two servers start together', async () => {
		const sql = await database();
		const second = await database();
		expect(await migrate(sql)).toEqual(MIGRATIONS.map((step) => step.version));
		expect(await migrate(sql)).toEqual([]);
		if (kind === 'postgres') {
			// Two processes on one database: the advisory lock lets one migrate; the other finds it done.
			const shared = await emptySql('postgres');
			open.push(shared);
			const schema = (await shared.query<{ schema: string }>('SELECT current_schema() AS schema'))[0]!.schema;
			const { openSql } = await import('$lib/server/db/sql');
			const { inject } = await import('vitest');
			const other = await openSql({ databaseUrl: inject('postgres').url, schema, poolSize: 2 });
			try {
				const [a, b] = await Promise.all([migrate(shared), migrate(other)]);
				expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((step) => step.version));
			} finally {
				await other.close();
			}
		}
		expect(await schemaVersion(second)).toBe(0);
	});

	it('refuse a database written by a newer server, naming both versions', async () => {
		const sql = await database();
		await migrate(sql);
		await sql.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1::integer, 'from the future', 0)`, [LATEST_VERSION + 1]);
		await expect(migrate(sql)).rejects.toThrow(`the database is at schema version ${LATEST_VERSION + 1}, newer than this server (${LATEST_VERSION}); update the server`);
	});
});
