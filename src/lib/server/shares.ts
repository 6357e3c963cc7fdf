/**
 * Short share links: a signed-in teacher stores a set of any size and gets `/s/CODE`. The code is
 * 128 random bits (unguessable: the link is the only key to the set) and is stored only as its
 * digest, so the database alone does not reveal any link; the teacher's device keeps the link.
 */
import type { QuestionSet } from '$lib/formats/question-set';
import type { ShareCreated } from '$lib/formats/sync';
import type { Caller } from './auth';
import { ApiError } from './http';
import { digest, randomToken } from './secrets';
import type { Store } from './store';

/** Share codes: 22 base64url characters. */
export const SHARE_CODE = /^[A-Za-z0-9_-]{22}$/;
/** Links one account may keep at once. */
export const MAX_SHARES = 500;

export async function createShare(store: Store, caller: Caller, set: QuestionSet, origin: string): Promise<ShareCreated> {
	const code = randomToken(16);
	const id = randomToken(16);
	await store.sql.transaction(async (tx) => {
		const [row] = await tx.query<{ shares: number }>('SELECT count(*)::int AS shares FROM shares WHERE account_id = $1::text', [caller.accountId]);
		if ((row?.shares ?? 0) >= MAX_SHARES) throw new ApiError(409, `this account already has ${MAX_SHARES} share links; delete some first`);
		await tx.query(
			`INSERT INTO shares (id, code_hash, account_id, title, question_count, document, created_at)
			 VALUES ($1::text, $2::text, $3::text, $4::text, $5::integer, $6::text::jsonb, $7::bigint)`,
			[id, digest(code), caller.accountId, set.title, set.questions.length, JSON.stringify(set), store.now()]
		);
	});
	return { id, code, url: `${origin}/s/${code}` };
}

/** The set behind a share code, for anyone holding the link; undefined if there is none. */
export async function sharedSet(store: Store, code: string): Promise<QuestionSet | undefined> {
	if (!SHARE_CODE.test(code)) return undefined;
	const [row] = await store.sql.query<{ document: QuestionSet }>('SELECT document FROM shares WHERE code_hash = $1::text', [digest(code)]);
	return row?.document;
}

export interface ShareSummary {
	id: string;
	title: string;
	questionCount: number;
	createdAt: number;
}

export async function listShares(store: Store, caller: Caller): Promise<ShareSummary[]> {
	return store.sql.query<ShareSummary>(
		'SELECT id, title, question_count AS "questionCount", created_at AS "createdAt" FROM shares WHERE account_id = $1::text ORDER BY created_at DESC, id',
		[caller.accountId]
	);
}

/** Deletes one of the caller's links; the link stops working at once. */
export async function deleteShare(store: Store, caller: Caller, id: string): Promise<void> {
	const removed = await store.sql.query('DELETE FROM shares WHERE account_id = $1::text AND id = $2::text RETURNING id', [caller.accountId, id]);
	if (removed.length === 0) throw new ApiError(404, 'no such share link in this account');
}
