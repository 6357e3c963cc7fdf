/**
 * The database schema, as numbered steps. The server runs every step it has not run yet when it
 * starts, each in its own transaction, under an advisory lock so that several processes starting
 * at once run each step once. A step, once released, never changes: a change is a new step.
 * Tests migrate from every earlier version to the latest and compare with a fresh database.
 */
import type { Sql } from './sql';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'accounts, devices and sync of reviews, sets and settings',
		sql: `
CREATE TABLE accounts (
	id text PRIMARY KEY,
	created_at bigint NOT NULL,
	-- The last change sequence number given out in this account; pulls page by it.
	seq bigint NOT NULL DEFAULT 0,
	recovery_hash text UNIQUE
);

CREATE TABLE devices (
	id text PRIMARY KEY,
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	name text NOT NULL,
	secret_hash text NOT NULL,
	created_at bigint NOT NULL,
	last_seen_at bigint NOT NULL
);
CREATE INDEX devices_by_account ON devices (account_id);

-- Review-log entries, immutable once stored; a deleted entry keeps its id as a tombstone.
CREATE TABLE reviews (
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	entry_id text NOT NULL,
	seq bigint NOT NULL,
	device_id text NOT NULL,
	entry jsonb,
	deleted boolean NOT NULL DEFAULT false,
	PRIMARY KEY (account_id, entry_id)
);
CREATE INDEX reviews_by_seq ON reviews (account_id, seq);

-- Sets as documents with revisions; a null document is a deleted set (tombstone).
CREATE TABLE sets (
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	set_id text NOT NULL,
	revision integer NOT NULL,
	seq bigint NOT NULL,
	document jsonb,
	changed_at bigint NOT NULL,
	device_id text NOT NULL,
	PRIMARY KEY (account_id, set_id)
);
CREATE INDEX sets_by_seq ON sets (account_id, seq);

-- One row per settings field: the last writer per field wins, by the time the device changed it.
CREATE TABLE settings (
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	field text NOT NULL,
	value jsonb NOT NULL,
	changed_at bigint NOT NULL,
	device_id text NOT NULL,
	seq bigint NOT NULL,
	PRIMARY KEY (account_id, field)
);
CREATE INDEX settings_by_seq ON settings (account_id, seq);

-- One-time codes that let another device join an account.
CREATE TABLE join_codes (
	code_hash text PRIMARY KEY,
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	created_at bigint NOT NULL,
	expires_at bigint NOT NULL
);
CREATE INDEX join_codes_by_account ON join_codes (account_id);

-- Fixed-window counters for typed codes and account creation, shared by every server process.
CREATE TABLE rate_limits (
	key text PRIMARY KEY,
	window_start bigint NOT NULL,
	hits integer NOT NULL
);
`
	},
	{
		version: 2,
		name: 'short share links',
		sql: `
CREATE TABLE shares (
	id text PRIMARY KEY,
	code_hash text NOT NULL UNIQUE,
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	title text NOT NULL,
	question_count integer NOT NULL,
	document jsonb NOT NULL,
	created_at bigint NOT NULL
);
CREATE INDEX shares_by_account ON shares (account_id, created_at);
`
	},
	{
		version: 3,
		name: 'passkeys',
		sql: `
CREATE TABLE passkeys (
	credential_id text PRIMARY KEY,
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	name text NOT NULL,
	public_key text NOT NULL,
	counter bigint NOT NULL,
	transports jsonb NOT NULL,
	created_at bigint NOT NULL,
	last_used_at bigint
);
CREATE INDEX passkeys_by_account ON passkeys (account_id);

-- Challenges handed to a browser for one passkey ceremony; used once, short-lived.
CREATE TABLE webauthn_challenges (
	id text PRIMARY KEY,
	account_id text REFERENCES accounts (id) ON DELETE CASCADE,
	purpose text NOT NULL CHECK (purpose IN ('register', 'authenticate')),
	challenge text NOT NULL,
	expires_at bigint NOT NULL
);
`
	},
	{
		version: 4,
		name: 'classes',
		sql: `
-- A class belongs to its teacher's account; its join code is kept as a digest, like every code.
CREATE TABLE classes (
	id text PRIMARY KEY,
	owner_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	name text NOT NULL,
	code_hash text UNIQUE,
	code_expires_at bigint,
	created_at bigint NOT NULL
);
CREATE INDEX classes_by_owner ON classes (owner_id, created_at);

-- A student in a class: their account (never shown to the teacher), a member id made for the class, a display name.
CREATE TABLE class_members (
	class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
	account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
	member_id text NOT NULL UNIQUE,
	display_name text NOT NULL,
	joined_at bigint NOT NULL,
	PRIMARY KEY (class_id, account_id)
);
CREATE INDEX class_members_by_account ON class_members (account_id);

-- Sets assigned to a class, in full (students' devices store them), with an optional due date.
CREATE TABLE class_assignments (
	class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
	set_id text NOT NULL,
	title text NOT NULL,
	question_count integer NOT NULL,
	document jsonb NOT NULL,
	due_at bigint,
	assigned_at bigint NOT NULL,
	PRIMARY KEY (class_id, set_id)
);

-- Finished tests a student's device reported to the class; they go with the membership.
CREATE TABLE class_tests (
	class_id text NOT NULL,
	account_id text NOT NULL,
	test_id text NOT NULL,
	set_id text NOT NULL,
	finished_at bigint NOT NULL,
	total integer NOT NULL,
	correct integer NOT NULL,
	scheduled boolean NOT NULL,
	items jsonb NOT NULL,
	PRIMARY KEY (class_id, account_id, test_id),
	FOREIGN KEY (class_id, account_id) REFERENCES class_members (class_id, account_id) ON DELETE CASCADE
);

-- What the dashboard counts of a review, kept as columns when the review is stored (reading them
-- out of each entry's JSON at every dashboard costs ten times as much); null for a tombstone.
ALTER TABLE reviews
	ADD COLUMN set_id text GENERATED ALWAYS AS (entry->>'setId') STORED,
	ADD COLUMN question_id text GENERATED ALWAYS AS (entry->>'questionId') STORED,
	ADD COLUMN rating smallint GENERATED ALWAYS AS ((entry->>'rating')::smallint) STORED,
	ADD COLUMN reviewed_at bigint GENERATED ALWAYS AS ((entry->>'reviewedAt')::bigint) STORED,
	ADD COLUMN seen_before boolean GENERATED ALWAYS AS ((entry->'before'->>'state')::smallint <> 0) STORED,
	ADD COLUMN answer_correct boolean GENERATED ALWAYS AS ((entry->'answer'->>'correct')::boolean) STORED,
	ADD COLUMN answer_given text GENERATED ALWAYS AS (entry->'answer'->>'given') STORED;
CREATE INDEX reviews_by_set ON reviews (account_id, set_id);
`
	},
	{
		version: 5,
		name: 'live tests',
		sql: `
-- A live test: the teacher runs a test of an assigned set for the class now; it runs until ended_at.
CREATE TABLE class_live_tests (
	id text PRIMARY KEY,
	class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
	set_id text NOT NULL,
	title text NOT NULL,
	question_count integer NOT NULL,
	started_at bigint NOT NULL,
	ended_at bigint
);
CREATE INDEX class_live_tests_by_class ON class_live_tests (class_id, started_at);
-- One live test runs in a class at a time.
CREATE UNIQUE INDEX class_live_tests_running ON class_live_tests (class_id) WHERE ended_at IS NULL;

-- How far a student is in a live test, as their device last said; it goes with the membership.
CREATE TABLE class_live_progress (
	live_id text NOT NULL REFERENCES class_live_tests (id) ON DELETE CASCADE,
	class_id text NOT NULL,
	account_id text NOT NULL,
	answered integer NOT NULL,
	total integer NOT NULL,
	updated_at bigint NOT NULL,
	PRIMARY KEY (live_id, account_id),
	FOREIGN KEY (class_id, account_id) REFERENCES class_members (class_id, account_id) ON DELETE CASCADE
);

-- A reported test taken as a live test: which one, and whether it reached the server after the teacher ended it.
ALTER TABLE class_tests
	ADD COLUMN live_id text,
	ADD COLUMN after_end boolean NOT NULL DEFAULT false;
CREATE INDEX class_tests_by_live ON class_tests (live_id) WHERE live_id IS NOT NULL;
`
	}
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// Any constant: the advisory lock every migrating process takes.
const MIGRATION_LOCK = 0x66616374;

const CREATE_VERSIONS = 'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)';

/** The schema version the database is at (0: empty). */
export async function schemaVersion(sql: Sql): Promise<number> {
	await ensureVersionTable(sql);
	const [row] = await sql.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
	return row?.version ?? 0;
}

/**
 * Brings the schema up to `target` (default: the latest). Returns the versions it applied.
 * Refuses a database newer than this code, which would otherwise be misread.
 */
export async function migrate(sql: Sql, options: { target?: number; now?: number } = {}): Promise<number[]> {
	const target = options.target ?? LATEST_VERSION;
	const applied: number[] = [];
	await ensureVersionTable(sql);
	for (const step of MIGRATIONS) {
		if (step.version > target) break;
		const done = await sql.transaction(async (tx) => {
			await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
			const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
			const current = row?.version ?? 0;
			if (current > LATEST_VERSION) {
				throw new Error(`the database is at schema version ${current}, newer than this server (${LATEST_VERSION}); update the server`);
			}
			if (current >= step.version) return false;
			if (current !== step.version - 1) throw new Error(`schema version ${current} cannot be followed by step ${step.version}`);
			for (const statement of splitStatements(step.sql)) await tx.query(statement);
			await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1::integer, $2::text, $3::bigint)', [step.version, step.name, options.now ?? Date.now()]);
			return true;
		});
		if (done) applied.push(step.version);
	}
	if (applied.length === 0) {
		const current = await schemaVersion(sql);
		if (current > LATEST_VERSION) throw new Error(`the database is at schema version ${current}, newer than this server (${LATEST_VERSION}); update the server`);
	}
	return applied;
}

// Under the lock too: two processes creating the same table at once would collide.
async function ensureVersionTable(sql: Sql): Promise<void> {
	await sql.transaction(async (tx) => {
		await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
		await tx.query(CREATE_VERSIONS);
	});
}

/** Statements of a step, one by one (the extended protocol both drivers use takes one at a time). */
function splitStatements(text: string): string[] {
	return text
		.replace(/^\s*--.*$/gm, '')
		.split(/;\s*$/m)
		.map((statement) => statement.trim())
		.filter((statement) => statement !== '');
}
