/**
 * Classes: a teacher's account owns a class, gives out its join code, assigns sets and reads the
 * class's dashboard; a student's account joins with the code and a display name, gets the assigned
 * sets at each sync, reports finished tests, and may leave.
 *
 * Who may do what is decided in two places only: `taughtClass` (the caller's account owns the
 * class) and `memberOf` (the caller's account is a student in it). Every function below starts
 * with one of them, and either answers 404 for a class that is not the caller's, so that ids of
 * other classes reveal nothing, not even that they exist.
 *
 * The teacher reads, of each student, only reviews of the class's assigned sets and the tests the
 * student's device reported for them; a student reads only their own membership. Leaving or being
 * removed deletes the membership and the tests reported to the class; the student's own synced log
 * stays in the student's account, where it was before they joined.
 */
import {
	CLASS_LIMITS,
	type Assignment,
	type AssignRequest,
	type ClassCode,
	type ClassCreated,
	type ClassDashboard,
	type ClassDetail,
	type ClassSummary,
	type ClassTestResult,
	type JoinClassRequest,
	type Member,
	type Membership,
	type TestReport
} from '$lib/formats/classes';
import type { QuestionSet } from '$lib/formats/question-set';
import { classDashboard, type QuestionCount, type TestRow, type WrongCount } from '$lib/core/class-dashboard';
import type { Caller } from './auth';
import type { Queryable } from './db/sql';
import { ApiError } from './http';
import { hit } from './rate-limit';
import { digest, groupCode, normaliseCode, randomCode, randomToken } from './secrets';
import type { Store } from './store';

/** Class join codes: 8 characters (40 bits) like a device's, typed at the same rate limit; they work for a week, for any number of students. */
export const CLASS_CODE_LENGTH = 8;
export const CLASS_CODE_MS = 7 * 86_400_000;

const NO_CLASS = 'no such class among yours';
const NOT_MEMBER = 'you are not in this class';

/** The class, if the caller's account teaches it; otherwise 404. The one check of the teacher's side. */
export async function taughtClass(db: Queryable, caller: Caller, classId: string): Promise<{ id: string; name: string; created_at: number; code_expires_at: number | null }> {
	const [row] = await db.query<{ id: string; name: string; created_at: number; code_expires_at: number | null }>(
		'SELECT id, name, created_at, code_expires_at FROM classes WHERE id = $1::text AND owner_id = $2::text',
		[classId, caller.accountId]
	);
	if (!row) throw new ApiError(404, NO_CLASS);
	return row;
}

/** The caller's membership of the class; otherwise 404. The one check of the student's side. */
export async function memberOf(db: Queryable, caller: Caller, classId: string): Promise<{ member_id: string }> {
	const [row] = await db.query<{ member_id: string }>('SELECT member_id FROM class_members WHERE class_id = $1::text AND account_id = $2::text', [classId, caller.accountId]);
	if (!row) throw new ApiError(404, NOT_MEMBER);
	return row;
}

async function newCode(db: Queryable, classId: string, now: number): Promise<ClassCode> {
	const code = randomCode(CLASS_CODE_LENGTH);
	const expiresAt = now + CLASS_CODE_MS;
	await db.query('UPDATE classes SET code_hash = $2::text, code_expires_at = $3::bigint WHERE id = $1::text', [classId, digest(code), expiresAt]);
	return { code: groupCode(code), expiresAt };
}

// ---------------------------------------------------------------- the teacher's side

export async function createClass(store: Store, caller: Caller, name: string): Promise<ClassCreated> {
	const now = store.now();
	const id = randomToken();
	return store.sql.transaction(async (tx) => {
		const [row] = await tx.query<{ classes: number }>('SELECT count(*)::int AS classes FROM classes WHERE owner_id = $1::text', [caller.accountId]);
		if ((row?.classes ?? 0) >= CLASS_LIMITS.classesPerTeacher) throw new ApiError(409, `this account already teaches ${CLASS_LIMITS.classesPerTeacher} classes; delete one first`);
		await tx.query('INSERT INTO classes (id, owner_id, name, created_at) VALUES ($1::text, $2::text, $3::text, $4::bigint)', [id, caller.accountId, name, now]);
		const code = await newCode(tx, id, now);
		return { id, name, createdAt: now, members: 0, assignments: 0, ...code };
	});
}

export async function listClasses(store: Store, caller: Caller): Promise<ClassSummary[]> {
	return store.sql.query<ClassSummary>(
		`SELECT id, name, created_at AS "createdAt",
			(SELECT count(*)::int FROM class_members m WHERE m.class_id = c.id) AS members,
			(SELECT count(*)::int FROM class_assignments a WHERE a.class_id = c.id) AS assignments
		 FROM classes c WHERE owner_id = $1::text ORDER BY created_at, id`,
		[caller.accountId]
	);
}

export async function describeClass(store: Store, caller: Caller, classId: string): Promise<ClassDetail> {
	return store.sql.transaction(async (tx) => {
		const row = await taughtClass(tx, caller, classId);
		const members = await listMembers(tx, classId);
		const assignments = await tx.query<Assignment>(
			`SELECT set_id AS "setId", title, question_count AS "questionCount", due_at AS "dueAt", assigned_at AS "assignedAt"
			 FROM class_assignments WHERE class_id = $1::text ORDER BY assigned_at, set_id`,
			[classId]
		);
		return { id: row.id, name: row.name, createdAt: row.created_at, codeExpiresAt: row.code_expires_at, members, assignments };
	});
}

function listMembers(db: Queryable, classId: string): Promise<Member[]> {
	return db.query<Member>('SELECT member_id AS "memberId", display_name AS "displayName", joined_at AS "joinedAt" FROM class_members WHERE class_id = $1::text ORDER BY display_name, member_id', [classId]);
}

/** Deletes the class with its memberships, assignments and reported tests. */
export async function deleteClass(store: Store, caller: Caller, classId: string): Promise<void> {
	await store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		await tx.query('DELETE FROM classes WHERE id = $1::text', [classId]);
	});
}

/** A new join code; the one before stops working (students already in stay in). */
export async function newClassCode(store: Store, caller: Caller, classId: string): Promise<ClassCode> {
	return store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		return newCode(tx, classId, store.now());
	});
}

/** Assigns a set, or assigns it again: the set and its due date are replaced, students get the new version at their next sync. */
export async function assignSet(store: Store, caller: Caller, classId: string, request: AssignRequest): Promise<Assignment> {
	const now = store.now();
	const { set, dueAt } = request;
	return store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		const [row] = await tx.query<{ assignments: number }>('SELECT count(*)::int AS assignments FROM class_assignments WHERE class_id = $1::text AND set_id <> $2::text', [classId, set.id]);
		if ((row?.assignments ?? 0) >= CLASS_LIMITS.assignmentsPerClass) throw new ApiError(409, `this class already has ${CLASS_LIMITS.assignmentsPerClass} sets assigned; remove one first`);
		const [stored] = await tx.query<Assignment>(
			`INSERT INTO class_assignments (class_id, set_id, title, question_count, document, due_at, assigned_at)
			 VALUES ($1::text, $2::text, $3::text, $4::integer, $5::text::jsonb, $6::bigint, $7::bigint)
			 ON CONFLICT (class_id, set_id) DO UPDATE SET title = excluded.title, question_count = excluded.question_count, document = excluded.document, due_at = excluded.due_at
			 RETURNING set_id AS "setId", title, question_count AS "questionCount", due_at AS "dueAt", assigned_at AS "assignedAt"`,
			[classId, set.id, set.title, set.questions.length, JSON.stringify(set), dueAt, now]
		);
		return stored!;
	});
}

/** Takes an assignment back: the teacher no longer sees the students' work on that set; the students keep the set. */
export async function unassignSet(store: Store, caller: Caller, classId: string, setId: string): Promise<void> {
	await store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		const removed = await tx.query('DELETE FROM class_assignments WHERE class_id = $1::text AND set_id = $2::text RETURNING set_id', [classId, setId]);
		if (removed.length === 0) throw new ApiError(404, 'no such set assigned to this class');
		// A live test of the set ends with it: results of a set no longer assigned are not taken.
		await tx.query('UPDATE class_live_tests SET ended_at = $3::bigint WHERE class_id = $1::text AND set_id = $2::text AND ended_at IS NULL', [classId, setId, store.now()]);
	});
}

/** Removes a student: their membership and the tests they reported to this class are deleted. */
export async function removeMember(store: Store, caller: Caller, classId: string, memberId: string): Promise<void> {
	await store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		const removed = await tx.query('DELETE FROM class_members WHERE class_id = $1::text AND member_id = $2::text RETURNING member_id', [classId, memberId]);
		if (removed.length === 0) throw new ApiError(404, 'no such student in this class');
	});
}

/** The class's dashboard: per assigned set, each student's figures and each question's. */
export async function dashboard(store: Store, caller: Caller, classId: string): Promise<ClassDashboard> {
	return store.sql.transaction(async (tx) => {
		// One snapshot: a sync landing meanwhile cannot make the figures disagree with each other.
		await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
		const row = await taughtClass(tx, caller, classId);
		const members = await listMembers(tx, classId);
		const assignments = await tx.query<{ document: QuestionSet; due_at: number | null }>('SELECT document, due_at FROM class_assignments WHERE class_id = $1::text ORDER BY assigned_at, set_id', [classId]);
		// Only the members' reviews of assigned sets are read: the join names both.
		const questionCounts = await tx.query<QuestionCount>(
			`SELECT m.member_id AS "memberId", r.set_id AS "setId", r.question_id AS "questionId",
				count(*)::int AS reviews,
				count(*) FILTER (WHERE coalesce(NOT r.answer_correct, r.rating = 1))::int AS wrong,
				count(*) FILTER (WHERE r.seen_before)::int AS "recallReviews",
				count(*) FILTER (WHERE r.seen_before AND r.rating > 1)::int AS recalled,
				max(r.reviewed_at) AS "lastAt"
			 FROM class_members m
			 JOIN class_assignments a ON a.class_id = m.class_id
			 JOIN reviews r ON r.account_id = m.account_id AND r.set_id = a.set_id
			 WHERE m.class_id = $1::text AND NOT r.deleted
			 GROUP BY 1, 2, 3`,
			[classId]
		);
		const wrongCounts = await tx.query<WrongCount>(
			`SELECT r.set_id AS "setId", r.question_id AS "questionId", r.answer_given AS given, count(*)::int AS count
			 FROM class_members m
			 JOIN class_assignments a ON a.class_id = m.class_id
			 JOIN reviews r ON r.account_id = m.account_id AND r.set_id = a.set_id
			 WHERE m.class_id = $1::text AND NOT r.deleted AND NOT r.answer_correct AND r.answer_given <> ''
			 GROUP BY 1, 2, 3`,
			[classId]
		);
		const tests = await tx.query<TestRow>(
			`SELECT m.member_id AS "memberId", t.set_id AS "setId", t.finished_at AS "finishedAt", t.total, t.correct, t.scheduled, t.items
			 FROM class_tests t JOIN class_members m ON m.class_id = t.class_id AND m.account_id = t.account_id
			 JOIN class_assignments a ON a.class_id = t.class_id AND a.set_id = t.set_id
			 WHERE t.class_id = $1::text`,
			[classId]
		);
		return classDashboard({
			classId,
			name: row.name,
			members,
			assignments: assignments.map((assigned) => ({ set: assigned.document, dueAt: assigned.due_at })),
			questionCounts,
			wrongCounts,
			tests
		});
	});
}

// ---------------------------------------------------------------- the student's side

/**
 * Joins the class whose code the student typed, under a display name. Typing codes is rate limited
 * per client address (with every other typed code). Joining again changes only the display name.
 */
export async function joinClass(store: Store, caller: Caller, request: JoinClassRequest, clientAddress: string): Promise<Membership> {
	const now = store.now();
	await hit(store.sql, `code:${clientAddress}`, store.limits.codeAttemptsPer10Minutes, 10 * 60_000, now);
	const classId = await store.sql.transaction(async (tx) => {
		const [found] = await tx.query<{ id: string; owner_id: string; code_expires_at: number }>('SELECT id, owner_id, code_expires_at FROM classes WHERE code_hash = $1::text', [
			digest(normaliseCode(request.code))
		]);
		if (!found || found.code_expires_at <= now) throw new ApiError(404, 'this class code does not work: it was mistyped, replaced by a new one, or older than a week; ask your teacher for the current code');
		if (found.owner_id === caller.accountId) throw new ApiError(409, 'you teach this class; join it from a student\'s device');
		const [count] = await tx.query<{ members: number }>('SELECT count(*)::int AS members FROM class_members WHERE class_id = $1::text AND account_id <> $2::text', [found.id, caller.accountId]);
		if ((count?.members ?? 0) >= CLASS_LIMITS.membersPerClass) throw new ApiError(409, `this class is full (${CLASS_LIMITS.membersPerClass} students)`);
		await tx.query(
			`INSERT INTO class_members (class_id, account_id, member_id, display_name, joined_at) VALUES ($1::text, $2::text, $3::text, $4::text, $5::bigint)
			 ON CONFLICT (class_id, account_id) DO UPDATE SET display_name = excluded.display_name`,
			[found.id, caller.accountId, randomToken(), request.displayName, now]
		);
		return found.id;
	});
	const joined = (await memberships(store, caller)).find((membership) => membership.classId === classId);
	return joined!;
}

/** The classes the caller is a student in, each with its assigned sets in full (the device stores those it lacks). */
export async function memberships(store: Store, caller: Caller): Promise<Membership[]> {
	const rows = await store.sql.query<{ class_id: string; name: string; display_name: string; joined_at: number; assignments: Array<Assignment & { set: QuestionSet }> }>(
		`SELECT m.class_id, c.name, m.display_name, m.joined_at,
			coalesce((SELECT jsonb_agg(jsonb_build_object('setId', a.set_id, 'title', a.title, 'questionCount', a.question_count, 'dueAt', a.due_at, 'assignedAt', a.assigned_at, 'set', a.document) ORDER BY a.assigned_at, a.set_id)
				FROM class_assignments a WHERE a.class_id = m.class_id), '[]'::jsonb) AS assignments
		 FROM class_members m JOIN classes c ON c.id = m.class_id
		 WHERE m.account_id = $1::text ORDER BY m.joined_at, m.class_id`,
		[caller.accountId]
	);
	return rows.map((row) => ({ classId: row.class_id, name: row.name, displayName: row.display_name, joinedAt: row.joined_at, assignments: row.assignments }));
}

/** Leaves a class: the membership and the tests reported to it are deleted. */
export async function leaveClass(store: Store, caller: Caller, classId: string): Promise<void> {
	await store.sql.transaction(async (tx) => {
		await memberOf(tx, caller, classId);
		await tx.query('DELETE FROM class_members WHERE class_id = $1::text AND account_id = $2::text', [classId, caller.accountId]);
	});
}

/** Stores finished tests of the class's assigned sets; tests of other sets are not taken. A test reported again is stored once. */
export async function reportTests(store: Store, caller: Caller, classId: string, report: TestReport): Promise<{ stored: number; ignored: number }> {
	return store.sql.transaction(async (tx) => {
		await memberOf(tx, caller, classId);
		const assigned = new Set((await tx.query<{ set_id: string }>('SELECT set_id FROM class_assignments WHERE class_id = $1::text', [classId])).map((row) => row.set_id));
		const taken = report.tests.filter((test) => assigned.has(test.setId));
		if (taken.length === 0) return { stored: 0, ignored: report.tests.length };
		const rows = await withLiveTests(tx, classId, taken, store.now());
		const stored = await tx.query(
			`INSERT INTO class_tests (class_id, account_id, test_id, set_id, finished_at, total, correct, scheduled, items, live_id, after_end)
			 SELECT $1::text, $2::text, t.doc->>'id', t.doc->>'setId', (t.doc->>'finishedAt')::bigint, (t.doc->>'total')::int, (t.doc->>'correct')::int, (t.doc->>'scheduled')::boolean, t.doc->'items',
				t.doc->>'liveId', (t.doc->>'afterEnd')::boolean
			 FROM jsonb_array_elements($3::text::jsonb) AS t (doc)
			 ON CONFLICT (class_id, account_id, test_id) DO NOTHING RETURNING test_id`,
			[classId, caller.accountId, JSON.stringify(rows)]
		);
		return { stored: stored.length, ignored: report.tests.length - taken.length };
	});
}

/**
 * Each test with the live test it was taken as, when that is a live test of this class on the same
 * set (any other `liveId` is dropped: the test still counts as a test), and whether it arrives after
 * the teacher ended it (by the server's clock, which no device can set).
 */
async function withLiveTests(db: Queryable, classId: string, tests: ClassTestResult[], now: number): Promise<Array<Omit<ClassTestResult, 'liveId'> & { liveId: string | null; afterEnd: boolean }>> {
	const asked = [...new Set(tests.flatMap((test) => (test.liveId ? [test.liveId] : [])))];
	const lives =
		asked.length === 0
			? []
			: await db.query<{ id: string; set_id: string; ended_at: number | null }>(
					'SELECT id, set_id, ended_at FROM class_live_tests WHERE class_id = $1::text AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb))',
					[classId, JSON.stringify(asked)]
				);
	return tests.map((test) => {
		const live = lives.find((candidate) => candidate.id === test.liveId && candidate.set_id === test.setId);
		return { ...test, liveId: live?.id ?? null, afterEnd: live !== undefined && live.ended_at !== null && live.ended_at <= now };
	});
}
