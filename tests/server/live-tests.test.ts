/**
 * The live test in process, on both stores: a teacher starts a test of an assigned set, students see
 * it, say how far they are and hand in results that appear in the teacher's live view; the teacher
 * ends it and a later result is kept, marked as after the end; and the walls: another teacher,
 * another class's student, a student's view of the teacher's side.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassTestResult } from '$lib/formats/classes';
import { ApiError } from '$lib/server/http';
import { assignSet, createClass, dashboard, describeClass, joinClass, leaveClass, reportTests, unassignSet } from '$lib/server/classes';
import { endLiveTest, liveNow, liveView, reportLiveProgress, startLiveTest } from '$lib/server/live-tests';
import { freshStore, KINDS, newDevice, questionSet, type Kind } from './stores';

type TestStore = Awaited<ReturnType<typeof freshStore>>;

async function refused(work: Promise<unknown>, status: number): Promise<string> {
	const error = await work.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(error).toBeInstanceOf(ApiError);
	expect((error as ApiError).status).toBe(status);
	return (error as ApiError).message;
}

/** A finished test of `correct` right of `total`, taken as live test `liveId` (or as an ordinary test). */
function finished(id: string, correct: number, total: number, finishedAt: number, liveId?: string): ClassTestResult {
	return {
		id,
		setId: 'news-set',
		finishedAt,
		total,
		correct,
		scheduled: false,
		items: [{ questionId: 'q1', given: correct === total ? 'Pyongyang' : 'Seoul', correct: correct === total }],
		...(liveId ? { liveId } : {})
	};
}

describe.each(KINDS)('live tests on the %s store', (kind: Kind) => {
	const open: TestStore[] = [];
	afterEach(async () => {
		for (const opened of open.splice(0)) await opened.sql.close();
	});

	/** A teacher with a class of two students (Ann, Bo) and a set of 4 questions assigned. */
	async function classroom() {
		const db = await freshStore(kind);
		open.push(db);
		const teacher = await newDevice(db, 'Teacher laptop');
		const created = await createClass(db, teacher, 'History 9B');
		await assignSet(db, teacher, created.id, { set: questionSet('news-set', 'Visit to the exhibition', 4), dueAt: null });
		const ann = await newDevice(db, 'Ann phone');
		const bo = await newDevice(db, 'Bo phone');
		await joinClass(db, ann, { code: created.code, displayName: 'Ann' }, '192.0.2.101');
		await joinClass(db, bo, { code: created.code, displayName: 'Bo' }, '192.0.2.102');
		return { db, teacher, classId: created.id, code: created.code, ann, bo };
	}

	it('a started live test reaches the students; their progress and results appear in the teacher\'s live view as they come', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		expect(await liveView(db, teacher, classId)).toEqual({ live: null, students: [] });
		expect(await liveNow(db, ann)).toEqual({ classes: 1, live: [] });

		const live = await startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 3 });
		expect(live).toEqual({ id: live.id, classId, setId: 'news-set', title: 'Visit to the exhibition', questionCount: 3, startedAt: db.now(), endedAt: null });
		const entry = { id: live.id, classId, className: 'History 9B', setId: 'news-set', title: 'Visit to the exhibition', questionCount: 3, startedAt: db.now(), finished: false };
		expect(await liveNow(db, ann)).toEqual({ classes: 1, live: [entry] });
		// One at a time.
		expect(await refused(startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 2 }), 409)).toBe('a live test of “Visit to the exhibition” is running in this class; end it first');

		const statuses = async () => (await liveView(db, teacher, classId)).students.map((student) => [student.displayName, student.status, student.answered, student.total, student.score, student.afterEnd]);
		expect(await statuses()).toEqual([
			['Ann', 'not-started', 0, 3, null, false],
			['Bo', 'not-started', 0, 3, null, false]
		]);
		expect(await reportLiveProgress(db, ann, classId, live.id, { answered: 0, total: 3 })).toEqual({ ended: false });
		await reportLiveProgress(db, ann, classId, live.id, { answered: 2, total: 3 });
		expect(await statuses()).toEqual([
			['Ann', 'answering', 2, 3, null, false],
			['Bo', 'not-started', 0, 3, null, false]
		]);

		// Ann hands in 2 of 3; the same report again (her next sync) changes nothing.
		db.clock.advance(60_000);
		expect(await reportTests(db, ann, classId, { tests: [finished('news-set:1', 2, 3, db.now(), live.id)] })).toEqual({ stored: 1, ignored: 0 });
		expect(await reportTests(db, ann, classId, { tests: [finished('news-set:1', 2, 3, db.now(), live.id)] })).toEqual({ stored: 0, ignored: 0 });
		const view = await liveView(db, teacher, classId);
		expect(view.students[0]).toEqual({ memberId: expect.any(String), displayName: 'Ann', status: 'finished', answered: 3, total: 3, correct: 2, score: 2 / 3, finishedAt: db.now(), afterEnd: false });
		expect(JSON.stringify(view)).not.toContain(ann.accountId);
		// Her entry says she handed it in; Bo's does not.
		expect((await liveNow(db, ann)).live).toEqual([{ ...entry, finished: true }]);
		expect((await liveNow(db, bo)).live).toEqual([entry]);
		// A second attempt of hers does not replace the first; an ordinary test is no live result.
		await reportTests(db, ann, classId, { tests: [finished('news-set:2', 3, 3, db.now() + 1, live.id), finished('news-set:3', 3, 3, db.now() + 2)] });
		expect((await liveView(db, teacher, classId)).students[0]).toMatchObject({ correct: 2, score: 2 / 3 });
		// The live result is a test of the set like any: the dashboard counts it.
		expect((await dashboard(db, teacher, classId)).sets[0]!.students[0]).toMatchObject({ displayName: 'Ann', tests: 3 });
	});

	it('after the teacher ends it, students no longer see it and a late result is kept, marked as after the end', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		const live = await startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 4 });
		await reportLiveProgress(db, bo, classId, live.id, { answered: 1, total: 4 });
		await reportTests(db, ann, classId, { tests: [finished('news-set:1', 4, 4, db.now(), live.id)] });

		db.clock.advance(5 * 60_000);
		const ended = await endLiveTest(db, teacher, classId, live.id);
		expect(ended.endedAt).toBe(db.now());
		// Ending again keeps the first end.
		db.clock.advance(1000);
		expect((await endLiveTest(db, teacher, classId, live.id)).endedAt).toBe(ended.endedAt);
		expect(await liveNow(db, bo)).toEqual({ classes: 1, live: [] });
		// Bo's device learns it ended at his next answer, and he finishes anyway.
		expect(await reportLiveProgress(db, bo, classId, live.id, { answered: 4, total: 4 })).toEqual({ ended: true });
		await reportTests(db, bo, classId, { tests: [finished('news-set:7', 1, 4, db.now(), live.id)] });
		const view = await liveView(db, teacher, classId);
		expect(view.live?.endedAt).toBe(ended.endedAt);
		expect(view.students.map((student) => [student.displayName, student.status, student.score, student.afterEnd])).toEqual([
			['Ann', 'finished', 1, false],
			['Bo', 'finished', 0.25, true]
		]);

		// A new live test may start now; the view shows it, with nobody started.
		const next = await startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 1 });
		expect((await liveView(db, teacher, classId)).live?.id).toBe(next.id);
		expect((await liveView(db, teacher, classId)).students.map((student) => student.status)).toEqual(['not-started', 'not-started']);
		// Unassigning the set ends its live test.
		await unassignSet(db, teacher, classId, 'news-set');
		expect((await liveView(db, teacher, classId)).live?.endedAt).toBe(db.now());
	});

	it('only the class\'s teacher starts, ends and reads it; only its members see it and report to it', async () => {
		const { db, teacher, classId, ann } = await classroom();
		const live = await startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 2 });
		// Another teacher with a class and a student of their own.
		const other = await newDevice(db, 'Other teacher');
		const otherClass = await createClass(db, other, 'Other class');
		await assignSet(db, other, otherClass.id, { set: questionSet('news-set', 'Visit to the exhibition', 4), dueAt: null });
		const outsider = await newDevice(db, 'Outsider phone');
		await joinClass(db, outsider, { code: otherClass.code, displayName: 'Out' }, '192.0.2.111');

		for (const caller of [other, ann, outsider]) {
			expect(await refused(liveView(db, caller, classId), 404)).toBe('no such class among yours');
			await refused(startLiveTest(db, caller, classId, { setId: 'news-set', questionCount: 1 }), 404);
			await refused(endLiveTest(db, caller, classId, live.id), 404);
		}
		// The other teacher cannot reach this live test through their own class either.
		expect(await refused(endLiveTest(db, other, otherClass.id, live.id), 404)).toBe('no such live test in this class');
		expect((await liveView(db, other, otherClass.id)).live).toBeNull();
		// A student of another class neither sees it nor reports to it.
		expect(await liveNow(db, outsider)).toEqual({ classes: 1, live: [] });
		expect(await refused(reportLiveProgress(db, outsider, classId, live.id, { answered: 1, total: 2 }), 404)).toBe('you are not in this class');
		await refused(reportTests(db, outsider, classId, { tests: [finished('news-set:1', 2, 2, db.now(), live.id)] }), 404);
		expect(await refused(reportLiveProgress(db, outsider, otherClass.id, live.id, { answered: 1, total: 2 }), 404)).toBe('no such live test in this class');
		// Named through their own class, the live id of another class is no live result there.
		await reportTests(db, outsider, otherClass.id, { tests: [finished('news-set:1', 2, 2, db.now(), live.id)] });
		const rows = await db.sql.query<{ live_id: string | null }>('SELECT live_id FROM class_tests WHERE class_id = $1::text', [otherClass.id]);
		expect(rows).toEqual([{ live_id: null }]);
		expect((await liveView(db, teacher, classId)).students.map((student) => student.status)).toEqual(['not-started', 'not-started']);

		// Only sets assigned to the class, and no more questions than the set has.
		await endLiveTest(db, teacher, classId, live.id);
		expect(await refused(startLiveTest(db, teacher, classId, { setId: 'diary-set', questionCount: 1 }), 404)).toBe('no such set assigned to this class');
		expect(await refused(startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 5 }), 400)).toContain('has 4 questions');
	});

	it('a student who leaves takes their live progress and results with them', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		const live = await startLiveTest(db, teacher, classId, { setId: 'news-set', questionCount: 2 });
		await reportLiveProgress(db, ann, classId, live.id, { answered: 1, total: 2 });
		await reportTests(db, bo, classId, { tests: [finished('news-set:1', 2, 2, db.now(), live.id)] });
		await leaveClass(db, ann, classId);
		const bo_ = (await describeClass(db, teacher, classId)).members.find((member) => member.displayName === 'Bo')!;
		expect((await liveView(db, teacher, classId)).students.map((student) => [student.memberId, student.status])).toEqual([[bo_.memberId, 'finished']]);
		const left = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM class_live_progress WHERE live_id = $1::text', [live.id]);
		expect(left[0]!.n).toBe(0);
	});
});
