/**
 * Sync of one account: devices push their changes and pull everyone's.
 *
 * Every change stored gets the account's next sequence number. The push takes the account row's
 * lock for its transaction (the `UPDATE accounts … RETURNING` below; a push of reviews alone is one
 * statement, its own transaction, in one round trip to the store), so an account's numbers are
 * committed in order and a pull, which reads one snapshot in one statement, never skips a change
 * that commits later with a smaller number. Accounts never wait on each other.
 */
import type { PullResponse, PushRequest, PushResponse, ReviewChange, SetPush, SetResult, SetVersion, SettingValue, SyncedSetting } from '$lib/formats/sync';
import { SYNC_LIMITS } from '$lib/formats/sync';
import type { QuestionSet } from '$lib/formats/question-set';
import type { Caller } from './auth';
import { ApiError } from './http';
import type { Queryable } from './db/sql';
import type { Store } from './store';

interface SetRow {
	set_id: string;
	revision: number;
	document: QuestionSet | null;
	changed_at: number;
	device_id: string;
}

const version = (row: SetRow): SetVersion => ({ id: row.set_id, revision: row.revision, set: row.document, changedAt: row.changed_at, deviceId: row.device_id });

/** Stores a push: all of it, or (on any error) none of it. A retried push changes nothing more. */
export async function push(store: Store, caller: Caller, request: PushRequest): Promise<PushResponse> {
	const now = store.now();
	const fields = Object.entries(request.settings) as Array<[SyncedSetting, { value: unknown; changedAt: number }]>;
	const count = request.reviews.length + request.sets.length + fields.length;
	const response: PushResponse = { reviews: { received: request.reviews.length, added: 0, deleted: 0 }, sets: [], settings: { applied: [], older: [] } };
	if (count === 0) return response;
	// What a device sends after a session: reviews alone, stored in one statement (one round trip).
	if (request.sets.length === 0 && fields.length === 0) {
		Object.assign(response.reviews, await pushReviewsAlone(store, caller, request.reviews));
		return response;
	}
	return store.sql.transaction(async (tx) => {
		const [account] = await tx.query<{ base: number }>('UPDATE accounts SET seq = seq + $2::bigint WHERE id = $1::text RETURNING seq - $2::bigint AS base', [caller.accountId, count]);
		if (!account) throw new ApiError(401, 'this account no longer exists');
		let next = account.base;
		if (request.reviews.length > 0) {
			Object.assign(response.reviews, await pushReviews(tx, caller, next, request.reviews));
			next += request.reviews.length;
		}
		for (const change of request.sets) response.sets.push(await pushSet(tx, caller, ++next, change));
		if (fields.length > 0) response.settings = await pushSettings(tx, caller, next, fields, now);
		return response;
	});
}

// A new id is inserted; a known id is left alone, unless the change deletes it. A tombstone stays.
// `base` is the SQL of the sequence number before the first change; `from` adds a row source it reads.
const insertReviews = (base: string, from = '') => `INSERT INTO reviews (account_id, entry_id, seq, device_id, entry, deleted)
	SELECT $1::text, change.doc->>'id', ${base} + change.ord, $3::text,
		CASE WHEN change.doc ? 'deleted' THEN NULL ELSE change.doc->'entry' END,
		change.doc ? 'deleted'
	FROM ${from}jsonb_array_elements($4::text::jsonb) WITH ORDINALITY AS change (doc, ord)
	ON CONFLICT (account_id, entry_id) DO UPDATE SET deleted = true, entry = NULL, seq = excluded.seq
		WHERE excluded.deleted AND NOT reviews.deleted
	RETURNING deleted`;

/**
 * A push of reviews alone, as one statement: the account's numbers are taken (its row locked, as in
 * a push's transaction, until the statement commits) and the reviews stored, together or not at all.
 */
async function pushReviewsAlone(store: Store, caller: Caller, changes: ReviewChange[]): Promise<{ added: number; deleted: number }> {
	const [row] = await store.sql.query<{ accounts: number; added: number; deleted: number }>(
		`WITH account AS (
			UPDATE accounts SET seq = seq + $2::bigint WHERE id = $1::text RETURNING seq - $2::bigint AS base
		 ), stored AS (
			${insertReviews('account.base', 'account, ')}
		 )
		 SELECT (SELECT count(*) FROM account)::integer AS accounts,
			count(*) FILTER (WHERE NOT deleted)::integer AS added,
			count(*) FILTER (WHERE deleted)::integer AS deleted
		 FROM stored`,
		[caller.accountId, changes.length, caller.deviceId, JSON.stringify(changes)]
	);
	if (!row || row.accounts === 0) throw new ApiError(401, 'this account no longer exists');
	return { added: row.added, deleted: row.deleted };
}

async function pushReviews(tx: Queryable, caller: Caller, base: number, changes: ReviewChange[]): Promise<{ added: number; deleted: number }> {
	const rows = await tx.query<{ deleted: boolean }>(insertReviews('$2::bigint'), [caller.accountId, base, caller.deviceId, JSON.stringify(changes)]);
	let deleted = 0;
	for (const row of rows) if (row.deleted) deleted++;
	return { added: rows.length - deleted, deleted };
}

async function pushSet(tx: Queryable, caller: Caller, seq: number, change: SetPush): Promise<SetResult> {
	const document = change.set === null ? null : JSON.stringify(change.set);
	const changedAt = Math.floor(change.changedAt);
	const stored =
		change.baseRevision === 0
			? await tx.query<{ revision: number }>(
					`INSERT INTO sets (account_id, set_id, revision, seq, document, changed_at, device_id)
					 VALUES ($1::text, $2::text, 1, $3::bigint, $4::text::jsonb, $5::bigint, $6::text)
					 ON CONFLICT (account_id, set_id) DO NOTHING RETURNING revision`,
					[caller.accountId, change.id, seq, document, changedAt, caller.deviceId]
				)
			: await tx.query<{ revision: number }>(
					`UPDATE sets SET revision = revision + 1, seq = $3::bigint, document = $4::text::jsonb, changed_at = $5::bigint, device_id = $6::text
					 WHERE account_id = $1::text AND set_id = $2::text AND revision = $7::integer RETURNING revision`,
					[caller.accountId, change.id, seq, document, changedAt, caller.deviceId, change.baseRevision]
				);
	if (stored[0]) return { id: change.id, status: 'stored', revision: stored[0].revision };
	const [current] = await tx.query<SetRow & { same: boolean }>(
		`SELECT set_id, revision, document, changed_at, device_id, document IS NOT DISTINCT FROM $3::text::jsonb AS same
		 FROM sets WHERE account_id = $1::text AND set_id = $2::text`,
		[caller.accountId, change.id, document]
	);
	// The server already holds exactly this version (a retried push whose answer was lost): nothing to choose.
	if (current?.same) return { id: change.id, status: 'stored', revision: current.revision };
	const server: SetVersion = current ? version(current) : { id: change.id, revision: 0, set: null, changedAt: 0, deviceId: '' };
	return { id: change.id, status: 'conflict', server, yours: change };
}

async function pushSettings(
	tx: Queryable,
	caller: Caller,
	base: number,
	fields: Array<[SyncedSetting, { value: unknown; changedAt: number }]>,
	now: number
): Promise<PushResponse['settings']> {
	// A device clock running ahead must not pin a field forever: changes are dated no later than now.
	const changes = Object.fromEntries(fields.map(([field, change]) => [field, { value: change.value, changedAt: Math.min(Math.floor(change.changedAt), now) }]));
	const applied = await tx.query<{ field: SyncedSetting }>(
		`INSERT INTO settings (account_id, field, value, changed_at, device_id, seq)
		 SELECT $1::text, change.key, change.value->'value', (change.value->>'changedAt')::bigint, $3::text, $2::bigint + row_number() OVER ()
		 FROM jsonb_each($4::text::jsonb) AS change
		 ON CONFLICT (account_id, field) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, device_id = excluded.device_id, seq = excluded.seq
			WHERE (excluded.changed_at, excluded.device_id) > (settings.changed_at, settings.device_id)
		 RETURNING field`,
		[caller.accountId, base, caller.deviceId, JSON.stringify(changes)]
	);
	const done = new Set(applied.map((row) => row.field));
	const rest = fields.map(([field]) => field).filter((field) => !done.has(field));
	if (rest.length > 0) {
		// This very change already stored (a retried push) counts as applied, not as older.
		const same = await tx.query<{ field: SyncedSetting }>(
			`SELECT field FROM settings, jsonb_each($2::text::jsonb) AS change
			 WHERE account_id = $1::text AND field = change.key AND device_id = $3::text AND changed_at = (change.value->>'changedAt')::bigint`,
			[caller.accountId, JSON.stringify(Object.fromEntries(rest.map((field) => [field, changes[field]]))), caller.deviceId]
		);
		for (const row of same) done.add(row.field);
	}
	return { applied: fields.map(([field]) => field).filter((field) => done.has(field)), older: fields.map(([field]) => field).filter((field) => !done.has(field)) };
}

interface ChangeRow {
	kind: 'review' | 'set' | 'setting';
	seq: number;
	id: string;
	doc: unknown;
	deleted: boolean;
	revision: number;
	changed_at: number;
	device_id: string;
}

/** Everything in the caller's account changed after `after`, in order, one page at a time. */
export async function pull(store: Store, caller: Caller, after: number, limit: number = SYNC_LIMITS.pullPage): Promise<PullResponse> {
	// One statement reads one snapshot: the three kinds of change cannot be seen at different moments.
	const rows = await store.sql.query<ChangeRow>(
		`(SELECT 'review' AS kind, seq, entry_id AS id, entry AS doc, deleted, 0 AS revision, 0::bigint AS changed_at, device_id
			FROM reviews WHERE account_id = $1::text AND seq > $2::bigint ORDER BY seq LIMIT $3::integer)
		 UNION ALL
		 (SELECT 'set', seq, set_id, document, document IS NULL, revision, changed_at, device_id
			FROM sets WHERE account_id = $1::text AND seq > $2::bigint ORDER BY seq LIMIT $3::integer)
		 UNION ALL
		 (SELECT 'setting', seq, field, value, false, 0, changed_at, device_id
			FROM settings WHERE account_id = $1::text AND seq > $2::bigint ORDER BY seq LIMIT $3::integer)
		 ORDER BY seq LIMIT $3::integer`,
		[caller.accountId, after, limit + 1]
	);
	const page = rows.slice(0, limit);
	const response: PullResponse = { cursor: page.length > 0 ? page[page.length - 1]!.seq : after, more: rows.length > limit, reviews: [], sets: [], settings: {} };
	for (const row of page) {
		if (row.kind === 'review') response.reviews.push(row.deleted ? { id: row.id, deleted: true } : { id: row.id, entry: row.doc as never });
		else if (row.kind === 'set') response.sets.push({ id: row.id, revision: row.revision, set: row.doc as QuestionSet | null, changedAt: row.changed_at, deviceId: row.device_id });
		else response.settings[row.id as SyncedSetting] = { value: row.doc, changedAt: row.changed_at, deviceId: row.device_id } satisfies SettingValue;
	}
	return response;
}
