/**
 * Classes in process, on both stores: a teacher creates a class and assigns a set, students join
 * with the code and a display name, their synced reviews and reported tests become the dashboard's
 * figures (counted by SQL), and the walls: other teachers, other students, other sets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewEntry } from '$lib/formats/sync';
import type { Caller } from '$lib/server/auth';
import { deleteAccount } from '$lib/server/accounts';
import { ApiError } from '$lib/server/http';
import { push } from '$lib/server/sync';
import {
	assignSet,
	CLASS_CODE_MS,
	createClass,
	dashboard,
	deleteClass,
	describeClass,
	joinClass,
	leaveClass,
	listClasses,
	memberships,
	newClassCode,
	removeMember,
	reportTests,
	unassignSet
} from '$lib/server/classes';
import { DAY, freshStore, KINDS, newDevice, questionSet, review, type Kind } from './stores';

type TestStore = Awaited<ReturnType<typeof freshStore>>;

/** A review of `questionId` with the given answer; `seen` makes it a review of a card studied before. */
function answered(id: string, questionId: string, given: string, correct: boolean, options: { seen?: boolean; rating?: 1 | 2 | 3 | 4; setId?: string; at?: number } = {}): ReviewEntry {
	const entry = review(id, { setId: options.setId ?? 'news-set', questionId, rating: options.rating ?? (correct ? 3 : 1), at: options.at });
	return {
		...entry,
		before: { ...entry.before, state: options.seen ? 2 : 0, reps: options.seen ? 1 : 0, stability: options.seen ? 2.5 : 0, difficulty: options.seen ? 5 : 0, scheduledDays: options.seen ? 2 : 0, lastReview: options.seen ? entry.reviewedAt - DAY : null },
		answer: { form: 'typed', given, correct, how: correct ? 'exact' : 'wrong', overruled: false, hinted: false, suggested: correct ? 3 : 1 }
	};
}

async function pushReviews(store: TestStore, caller: Caller, entries: ReviewEntry[]): Promise<void> {
	await push(store, caller, { reviews: entries.map((entry) => ({ id: entry.id, entry })), sets: [], settings: {} });
}

async function refused(work: Promise<unknown>, status: number): Promise<string> {
	const error = await work.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(error).toBeInstanceOf(ApiError);
	expect((error as ApiError).status).toBe(status);
	return (error as ApiError).message;
}

describe.each(KINDS)('classes on the %s store', (kind: Kind) => {
	const open: TestStore[] = [];
	async function store(): Promise<TestStore> {
		const opened = await freshStore(kind);
		open.push(opened);
		return opened;
	}
	afterEach(async () => {
		for (const opened of open.splice(0)) await opened.sql.close();
	});

	/** A teacher with a class and a set assigned, and two students in it. */
	async function classroom() {
		const db = await store();
		const teacher = await newDevice(db, 'Teacher laptop');
		const created = await createClass(db, teacher, 'History 9B');
		await assignSet(db, teacher, created.id, { set: questionSet('news-set', 'Visit to the exhibition', 4), dueAt: db.now() + 7 * DAY });
		const ann = await newDevice(db, 'Ann phone');
		const bo = await newDevice(db, 'Bo phone');
		await joinClass(db, ann, { code: created.code, displayName: 'Ann' }, '192.0.2.201');
		await joinClass(db, bo, { code: created.code.replace('-', '').toLowerCase(), displayName: 'Bo' }, '192.0.2.202');
		return { db, teacher, classId: created.id, code: created.code, ann, bo };
	}

	it('a teacher creates a class with a join code; students join with it and a display name and get the assigned set in full', async () => {
		const { db, teacher, classId, code, ann } = await classroom();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(await listClasses(db, teacher)).toEqual([{ id: classId, name: 'History 9B', createdAt: db.now(), members: 2, assignments: 1 }]);
		const detail = await describeClass(db, teacher, classId);
		expect(detail.members.map((member) => member.displayName)).toEqual(['Ann', 'Bo']);
		expect(detail.assignments).toEqual([{ setId: 'news-set', title: 'Visit to the exhibition', questionCount: 4, dueAt: db.now() + 7 * DAY, assignedAt: db.now() }]);
		// The teacher never learns a student's account or device.
		expect(JSON.stringify(detail)).not.toContain(ann.accountId);
		expect(JSON.stringify(detail)).not.toContain(ann.deviceId);
		const mine = await memberships(db, ann);
		expect(mine).toEqual([
			{
				classId,
				name: 'History 9B',
				displayName: 'Ann',
				joinedAt: db.now(),
				assignments: [{ setId: 'news-set', title: 'Visit to the exhibition', questionCount: 4, dueAt: db.now() + 7 * DAY, assignedAt: db.now(), set: questionSet('news-set', 'Visit to the exhibition', 4) }]
			}
		]);
		// Joining again only renames.
		await joinClass(db, ann, { code, displayName: 'Ann L.' }, '192.0.2.203');
		expect((await describeClass(db, teacher, classId)).members.map((member) => member.displayName)).toEqual(['Ann L.', 'Bo']);
		// A teacher cannot join their own class as a student.
		await refused(joinClass(db, teacher, { code, displayName: 'Me' }, '192.0.2.204'), 409);
	});

	it('counts the dashboard from the students\' synced reviews and reported tests of the assigned set only', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		await pushReviews(db, ann, [
			answered('ann-000001', 'q1', 'Shoigu', true),
			answered('ann-000002', 'q2', 'Seoul', false),
			answered('ann-000003', 'q2', 'Seoul ', false, { seen: true }),
			answered('ann-000004', 'q2', 'Pyongyang', true, { seen: true }),
			// Another set of Ann's own: the teacher sees nothing of it.
			answered('ann-000005', 'q1', 'private answer', false, { setId: 'diary-set' })
		]);
		await pushReviews(db, bo, [answered('bo-0000001', 'q2', 'Beijing', false)]);
		// A review taken back does not count.
		await push(db, bo, { reviews: [{ id: 'bo-0000002', entry: answered('bo-0000002', 'q3', 'Nope', false) }], sets: [], settings: {} });
		await push(db, bo, { reviews: [{ id: 'bo-0000002', deleted: true }], sets: [], settings: {} });
		await reportTests(db, bo, classId, {
			tests: [
				{ id: 'news-set:1', setId: 'news-set', finishedAt: db.now() + 1000, total: 4, correct: 3, scheduled: false, items: [{ questionId: 'q4', given: 'Moscow', correct: false }] },
				{ id: 'diary-set:1', setId: 'diary-set', finishedAt: db.now(), total: 1, correct: 0, scheduled: false, items: [] }
			]
		});

		const board = await dashboard(db, teacher, classId);
		expect(board.members.map((member) => member.displayName)).toEqual(['Ann', 'Bo']);
		expect(board.sets).toHaveLength(1);
		const [figures] = board.sets;
		expect(figures!.started).toBe(2);
		expect(figures!.students).toEqual([
			expect.objectContaining({ displayName: 'Ann', started: true, questionsSeen: 2, progress: 0.5, reviews: 4, recallReviews: 2, recall: 0.5, tests: 0, bestScore: null }),
			expect.objectContaining({ displayName: 'Bo', started: true, questionsSeen: 1, progress: 0.25, reviews: 1, recallReviews: 0, recall: null, tests: 1, bestScore: 0.75, lastScore: 0.75 })
		]);
		expect(figures!.questions).toEqual([
			{ questionId: 'q1', prompt: 'Question number 1?', answered: 1, wrong: 0, wrongShare: 0, wrongAnswers: [] },
			{ questionId: 'q2', prompt: 'Question number 2?', answered: 4, wrong: 3, wrongShare: 0.75, wrongAnswers: [{ answer: 'Seoul', count: 2 }, { answer: 'Beijing', count: 1 }] },
			{ questionId: 'q3', prompt: 'Question number 3?', answered: 0, wrong: 0, wrongShare: null, wrongAnswers: [] },
			{ questionId: 'q4', prompt: 'Question number 4?', answered: 1, wrong: 1, wrongShare: 1, wrongAnswers: [{ answer: 'Moscow', count: 1 }] }
		]);
		const text = JSON.stringify(board);
		for (const hidden of ['diary-set', 'private answer', 'Nope', ann.accountId, bo.accountId]) expect(text).not.toContain(hidden);
		// The set taken back: its figures go from the dashboard.
		await unassignSet(db, teacher, classId, 'news-set');
		expect((await dashboard(db, teacher, classId)).sets).toEqual([]);
	});

	it('shows another teacher nothing of the class, and a student nothing of the teacher\'s views or of another student', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		const stranger = await newDevice(db, 'Other teacher');
		expect(await listClasses(db, stranger)).toEqual([]);
		for (const caller of [stranger, ann]) {
			expect(await refused(describeClass(db, caller, classId), 404)).toBe('no such class among yours');
			await refused(dashboard(db, caller, classId), 404);
			await refused(newClassCode(db, caller, classId), 404);
			await refused(assignSet(db, caller, classId, { set: questionSet('planted', 'Planted'), dueAt: null }), 404);
			await refused(unassignSet(db, caller, classId, 'news-set'), 404);
			await refused(removeMember(db, caller, classId, (await describeClass(db, teacher, classId)).members[1]!.memberId), 404);
			await refused(deleteClass(db, caller, classId), 404);
		}
		// A student sees their own membership only, and reports and leaves only their own.
		expect((await memberships(db, ann)).map((membership) => membership.displayName)).toEqual(['Ann']);
		expect(await memberships(db, stranger)).toEqual([]);
		expect(await refused(leaveClass(db, stranger, classId), 404)).toBe('you are not in this class');
		await refused(reportTests(db, stranger, classId, { tests: [{ id: 't1', setId: 'news-set', finishedAt: 1, total: 1, correct: 0, scheduled: false, items: [] }] }), 404);
		const detail = await describeClass(db, teacher, classId);
		expect(detail.members.map((member) => member.displayName)).toEqual(['Ann', 'Bo']);
		expect(detail.assignments.map((assignment) => assignment.setId)).toEqual(['news-set']);
		expect((await memberships(db, bo)).length).toBe(1);
	});

	it('deletes a student\'s class data when they leave or are removed, and the class with its teacher\'s account', async () => {
		const { db, teacher, classId, ann, bo } = await classroom();
		const test = { id: 'news-set:1', setId: 'news-set', finishedAt: db.now(), total: 4, correct: 2, scheduled: false, items: [] };
		await reportTests(db, ann, classId, { tests: [test] });
		// Reported twice (a retry): stored once.
		expect(await reportTests(db, bo, classId, { tests: [test] })).toEqual({ stored: 1, ignored: 0 });
		expect(await reportTests(db, bo, classId, { tests: [test] })).toEqual({ stored: 0, ignored: 0 });
		const rows = async (table: string) => (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE class_id = $1::text`, [classId]))[0]!.n;
		expect([await rows('class_members'), await rows('class_tests')]).toEqual([2, 2]);

		await leaveClass(db, ann, classId);
		expect(await memberships(db, ann)).toEqual([]);
		expect([await rows('class_members'), await rows('class_tests')]).toEqual([1, 1]);
		const bo_ = (await describeClass(db, teacher, classId)).members.find((member) => member.displayName === 'Bo')!;
		await removeMember(db, teacher, classId, bo_.memberId);
		expect([await rows('class_members'), await rows('class_tests')]).toEqual([0, 0]);
		expect(await memberships(db, bo)).toEqual([]);
		expect((await dashboard(db, teacher, classId)).sets[0]!.students).toEqual([]);
		await refused(removeMember(db, teacher, classId, bo_.memberId), 404);

		await joinClass(db, bo, { code: (await newClassCode(db, teacher, classId)).code, displayName: 'Bo' }, '192.0.2.210');
		await deleteAccount(db, teacher, teacher.accountId);
		expect((await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM classes WHERE id = $1::text', [classId]))[0]!.n).toBe(0);
		expect(await memberships(db, bo)).toEqual([]);
	});

	it('join codes: a new code replaces the old, a code stops after a week, and typing codes is rate limited', async () => {
		const { db, teacher, classId, code } = await classroom();
		const carl = await newDevice(db, 'Carl phone');
		const fresh = await newClassCode(db, teacher, classId);
		expect(await refused(joinClass(db, carl, { code, displayName: 'Carl' }, '192.0.2.220'), 404)).toContain('replaced by a new one');
		db.clock.advance(CLASS_CODE_MS);
		await refused(joinClass(db, carl, { code: fresh.code, displayName: 'Carl' }, '192.0.2.220'), 404);
		const latest = await newClassCode(db, teacher, classId);
		const guesser = await newDevice(db, 'Guesser');
		for (let i = 0; i < 10; i++) await refused(joinClass(db, guesser, { code: `WRONG${i}XX`, displayName: 'Guess' }, '192.0.2.230'), 404);
		await refused(joinClass(db, guesser, { code: latest.code, displayName: 'Guess' }, '192.0.2.230'), 429);
		expect((await joinClass(db, carl, { code: latest.code, displayName: 'Carl' }, '192.0.2.231')).displayName).toBe('Carl');
	});
});
