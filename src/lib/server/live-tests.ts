/**
 * The live test: a teacher runs a test of an assigned set for the class now, as Kahoot and Quizizz
 * do; the students' devices see it while they are online, take it in the app's Test mode, say how
 * far they are after each answer, and report the result like any finished test (marked with the
 * live test's id). The teacher's live view shows each student not started, answering (how far) or
 * finished (the score), and ends the live test; a result that reaches the server after the end is
 * still stored, marked as after the end.
 *
 * Authorisation is the classes' own: `taughtClass` for the teacher's side, `memberOf` for the
 * student's; a live test of another class answers 404 like the class itself.
 */
import type { LiveNow, LiveProgress, LiveStudent, LiveTest, LiveTestEntry, LiveTestStart, LiveView } from '$lib/formats/classes';
import type { Caller } from './auth';
import { memberOf, taughtClass } from './classes';
import type { Queryable } from './db/sql';
import { ApiError } from './http';
import { randomToken } from './secrets';
import type { Store } from './store';

const NO_LIVE = 'no such live test in this class';

const LIVE_COLUMNS = `id, class_id AS "classId", set_id AS "setId", title, question_count AS "questionCount", started_at AS "startedAt", ended_at AS "endedAt"`;

async function liveTestOf(db: Queryable, classId: string, liveId: string): Promise<LiveTest> {
	const [live] = await db.query<LiveTest>(`SELECT ${LIVE_COLUMNS} FROM class_live_tests WHERE id = $1::text AND class_id = $2::text`, [liveId, classId]);
	if (!live) throw new ApiError(404, NO_LIVE);
	return live;
}

// ---------------------------------------------------------------- the teacher's side

/** Starts a live test of an assigned set: each student gets `questionCount` of its questions. One runs in a class at a time. */
export async function startLiveTest(store: Store, caller: Caller, classId: string, request: LiveTestStart): Promise<LiveTest> {
	const now = store.now();
	return store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		const [assigned] = await tx.query<{ title: string; question_count: number }>('SELECT title, question_count FROM class_assignments WHERE class_id = $1::text AND set_id = $2::text', [
			classId,
			request.setId
		]);
		if (!assigned) throw new ApiError(404, 'no such set assigned to this class');
		if (request.questionCount > assigned.question_count) throw new ApiError(400, `questionCount: “${assigned.title}” has ${assigned.question_count} questions; ask at most that many`);
		const [running] = await tx.query<{ title: string }>('SELECT title FROM class_live_tests WHERE class_id = $1::text AND ended_at IS NULL', [classId]);
		if (running) throw new ApiError(409, `a live test of “${running.title}” is running in this class; end it first`);
		const [live] = await tx.query<LiveTest>(
			`INSERT INTO class_live_tests (id, class_id, set_id, title, question_count, started_at) VALUES ($1::text, $2::text, $3::text, $4::text, $5::integer, $6::bigint)
			 RETURNING ${LIVE_COLUMNS}`,
			[randomToken(), classId, request.setId, assigned.title, request.questionCount, now]
		);
		return live!;
	});
}

/** Ends the live test (ending it again changes nothing): results still arrive, marked as after the end. */
export async function endLiveTest(store: Store, caller: Caller, classId: string, liveId: string): Promise<LiveTest> {
	return store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		await liveTestOf(tx, classId, liveId);
		await tx.query('UPDATE class_live_tests SET ended_at = $3::bigint WHERE id = $1::text AND class_id = $2::text AND ended_at IS NULL', [liveId, classId, store.now()]);
		return liveTestOf(tx, classId, liveId);
	});
}

/** The class's latest live test (running or ended) and where each student is in it; no live test yet gives `live: null`. */
export async function liveView(store: Store, caller: Caller, classId: string): Promise<LiveView> {
	return store.sql.transaction(async (tx) => {
		await taughtClass(tx, caller, classId);
		const [live] = await tx.query<LiveTest>(`SELECT ${LIVE_COLUMNS} FROM class_live_tests WHERE class_id = $1::text ORDER BY started_at DESC, id LIMIT 1`, [classId]);
		if (!live) return { live: null, students: [] };
		// Of several attempts a student handed in for the live test, the first counts (as in Kahoot, one go).
		const rows = await tx.query<{
			member_id: string;
			display_name: string;
			answered: number | null;
			progress_total: number | null;
			total: number | null;
			correct: number | null;
			finished_at: number | null;
			after_end: boolean | null;
		}>(
			`SELECT m.member_id, m.display_name, p.answered, p.total AS progress_total, t.total, t.correct, t.finished_at, t.after_end
			 FROM class_members m
			 LEFT JOIN class_live_progress p ON p.live_id = $2::text AND p.class_id = m.class_id AND p.account_id = m.account_id
			 LEFT JOIN LATERAL (
				SELECT total, correct, finished_at, after_end FROM class_tests t
				WHERE t.class_id = m.class_id AND t.account_id = m.account_id AND t.live_id = $2::text
				ORDER BY finished_at, test_id LIMIT 1
			 ) t ON true
			 WHERE m.class_id = $1::text
			 ORDER BY m.display_name, m.member_id`,
			[classId, live.id]
		);
		const students = rows.map((row): LiveStudent => {
			const base = { memberId: row.member_id, displayName: row.display_name };
			if (row.total !== null) {
				return { ...base, status: 'finished', answered: row.total, total: row.total, correct: row.correct, score: row.correct! / row.total, finishedAt: row.finished_at, afterEnd: row.after_end === true };
			}
			const started = row.answered !== null;
			return { ...base, status: started ? 'answering' : 'not-started', answered: row.answered ?? 0, total: row.progress_total ?? live.questionCount, correct: null, score: null, finishedAt: null, afterEnd: false };
		});
		return { live, students };
	});
}

// ---------------------------------------------------------------- the student's side

/** The live tests running now in the caller's classes, and how many classes they are in. */
export async function liveNow(store: Store, caller: Caller): Promise<LiveNow> {
	const [count] = await store.sql.query<{ classes: number }>('SELECT count(*)::int AS classes FROM class_members WHERE account_id = $1::text', [caller.accountId]);
	const live = await store.sql.query<LiveTestEntry>(
		`SELECT l.id, l.class_id AS "classId", c.name AS "className", l.set_id AS "setId", l.title, l.question_count AS "questionCount", l.started_at AS "startedAt",
			EXISTS (SELECT 1 FROM class_tests t WHERE t.class_id = m.class_id AND t.account_id = m.account_id AND t.live_id = l.id) AS finished
		 FROM class_members m
		 JOIN class_live_tests l ON l.class_id = m.class_id AND l.ended_at IS NULL
		 JOIN classes c ON c.id = m.class_id
		 WHERE m.account_id = $1::text
		 ORDER BY l.started_at, l.id`,
		[caller.accountId]
	);
	return { classes: count?.classes ?? 0, live };
}

/** Stores how far the caller is in a live test of their class; answers whether the teacher has ended it (the device then says so). */
export async function reportLiveProgress(store: Store, caller: Caller, classId: string, liveId: string, progress: LiveProgress): Promise<{ ended: boolean }> {
	const now = store.now();
	return store.sql.transaction(async (tx) => {
		await memberOf(tx, caller, classId);
		const live = await liveTestOf(tx, classId, liveId);
		await tx.query(
			`INSERT INTO class_live_progress (live_id, class_id, account_id, answered, total, updated_at) VALUES ($1::text, $2::text, $3::text, $4::integer, $5::integer, $6::bigint)
			 ON CONFLICT (live_id, account_id) DO UPDATE SET answered = excluded.answered, total = excluded.total, updated_at = excluded.updated_at`,
			[liveId, classId, caller.accountId, progress.answered, progress.total, now]
		);
		return { ended: live.endedAt !== null };
	});
}
