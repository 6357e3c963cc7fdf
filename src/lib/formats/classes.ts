/**
 * Classes on the sync server, as they travel: what a teacher and a student send and get back, and
 * the validators the server runs on every body before anything is stored. Pure TypeScript: the
 * server and the app import the same module.
 *
 * A class belongs to the teacher's account. A student joins it from their own account with the
 * class's join code and a display name (nothing else); the teacher knows students only by that
 * name and a member id made for the class, never by account or device.
 */
import { formatIssue, validateQuestionSet, type QuestionSet } from './question-set';
import type { Checked } from './sync';

export const CLASS_LIMITS = {
	/** Characters of a class's name and of a student's display name. */
	className: 80,
	displayName: 40,
	/** Classes one account may teach, students one class may hold, sets one class may have assigned. */
	classesPerTeacher: 100,
	membersPerClass: 300,
	assignmentsPerClass: 200,
	/** Test results in one report from a student's device. */
	testsPerReport: 200,
	/** Bytes of an assignment (it carries the whole set) and of any other class request. */
	assignmentBytes: 12 * 1024 * 1024,
	smallBytes: 256 * 1024
} as const;

const SET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A test result's id, made on the student's device. */
const TEST_ID = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,79}$/;
/** A live test's id, made by the server. */
const LIVE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Questions a live test may ask, as a test may. */
const MOST_QUESTIONS = 2000;

/** A class as its teacher lists it. */
export interface ClassSummary {
	id: string;
	name: string;
	createdAt: number;
	members: number;
	assignments: number;
}

/** A join code, shown to the teacher when made; it works for any number of students until it expires or is replaced. */
export interface ClassCode {
	code: string;
	expiresAt: number;
}

export interface ClassCreated extends ClassSummary, ClassCode {}

export interface Assignment {
	setId: string;
	title: string;
	questionCount: number;
	/** When the teacher wants it done (ms), or null. */
	dueAt: number | null;
	assignedAt: number;
}

export interface Member {
	/** Made for this class: the teacher's only handle on the student. */
	memberId: string;
	displayName: string;
	joinedAt: number;
}

/** A class as its teacher sees it. */
export interface ClassDetail {
	id: string;
	name: string;
	createdAt: number;
	/** When the current join code stops working. */
	codeExpiresAt: number | null;
	members: Member[];
	assignments: Assignment[];
}

/** A class as a student in it sees it: its name, the student's own display name, and the assigned sets in full. */
export interface Membership {
	classId: string;
	name: string;
	displayName: string;
	joinedAt: number;
	assignments: Array<Assignment & { set: QuestionSet }>;
}

export interface JoinClassRequest {
	code: string;
	displayName: string;
}

export interface NewClassRequest {
	name: string;
}

export interface AssignRequest {
	set: QuestionSet;
	dueAt: number | null;
}

/** One finished test of an assigned set, as the student's device reports it. */
export interface ClassTestResult {
	id: string;
	setId: string;
	finishedAt: number;
	total: number;
	correct: number;
	/** Whether the test's answers were also counted as reviews (then they are in the review figures already). */
	scheduled: boolean;
	items: Array<{ questionId: string; given: string; correct: boolean }>;
	/** The live test this test was taken as, when the student joined one from the class. */
	liveId?: string;
}

export interface TestReport {
	tests: ClassTestResult[];
}

// ---------------------------------------------------------------- the dashboard

/** One student's figures on one assigned set. */
export interface StudentFigures {
	memberId: string;
	displayName: string;
	started: boolean;
	/** Questions of the set studied at least once, and that as a share of the set (0–1). */
	questionsSeen: number;
	progress: number;
	reviews: number;
	/** Reviews of cards already seen before, and the share of them recalled (graded Hard or better); null with none. */
	recallReviews: number;
	recall: number | null;
	lastStudiedAt: number | null;
	tests: number;
	/** Shares (0–1) of the best and the latest test; null with no test. */
	bestScore: number | null;
	lastScore: number | null;
}

export interface WrongAnswer {
	/** The answer as most students typed it (typed answers are grouped ignoring case and spacing). */
	answer: string;
	count: number;
}

/** One question's figures across the class. */
export interface QuestionFigures {
	questionId: string;
	prompt: string;
	/** Answers counted (reviews and unscheduled tests), those wrong, and the share wrong (null with none). */
	answered: number;
	wrong: number;
	wrongShare: number | null;
	/** The most common wrong answers, most frequent first (at most five). */
	wrongAnswers: WrongAnswer[];
}

export interface SetFigures {
	setId: string;
	title: string;
	questionCount: number;
	dueAt: number | null;
	/** Students who studied it at least once, of all members. */
	started: number;
	students: StudentFigures[];
	questions: QuestionFigures[];
}

export interface ClassDashboard {
	classId: string;
	name: string;
	members: Member[];
	sets: SetFigures[];
}

// ---------------------------------------------------------------- the live test

/** A teacher starting a live test: an assigned set, and how many of its questions each student gets. */
export interface LiveTestStart {
	setId: string;
	questionCount: number;
}

/** A live test of a class: running while `endedAt` is null. */
export interface LiveTest {
	id: string;
	classId: string;
	setId: string;
	title: string;
	questionCount: number;
	startedAt: number;
	endedAt: number | null;
}

/** One student in the teacher's live view: not started, answering (with how far), or finished (with the score). */
export interface LiveStudent {
	memberId: string;
	displayName: string;
	status: 'not-started' | 'answering' | 'finished';
	/** Questions answered and of how many, as the device last said; 0 of the test's count before it starts. */
	answered: number;
	total: number;
	/** The first finished attempt: right answers, the share right (0–1), when finished (device time). */
	correct: number | null;
	score: number | null;
	finishedAt: number | null;
	/** The result reached the server after the teacher ended the live test. */
	afterEnd: boolean;
}

/** The teacher's live view: the class's latest live test (running or ended) and each student in it, or none yet. */
export interface LiveView {
	live: LiveTest | null;
	students: LiveStudent[];
}

/** A running live test as a student in the class sees it. */
export interface LiveTestEntry {
	id: string;
	classId: string;
	className: string;
	setId: string;
	title: string;
	questionCount: number;
	startedAt: number;
	/** This student already handed in a result for it. */
	finished: boolean;
}

/** The live tests running now in the student's classes; `classes` counts the classes they are in (with none, nothing to watch for). */
export interface LiveNow {
	classes: number;
	live: LiveTestEntry[];
}

/** A student's device saying how far it is in a live test. */
export interface LiveProgress {
	answered: number;
	total: number;
}

// ---------------------------------------------------------------- validation

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail<T>(issues: string[]): Checked<T> {
	return { ok: false, issues: issues.slice(0, 20) };
}

function unknownFields(raw: Json, allowed: readonly string[], where: string, issues: string[]): void {
	for (const key of Object.keys(raw)) if (!allowed.includes(key)) issues.push(`${where}${key}: is not a known field`);
}

/** A name typed by a person: trimmed, 1 to `max` characters, no control characters. */
function checkName(raw: unknown, field: string, max: number, issues: string[]): void {
	if (typeof raw !== 'string' || raw.trim() === '' || raw.trim().length > max || /[\u0000-\u001f\u007f]/.test(raw)) {
		issues.push(`${field}: must be a name of 1 to ${max} characters`);
	}
}

/** Checks `{ name }`, a new class. */
export function validateNewClass(raw: unknown): Checked<NewClassRequest> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['name'], '', issues);
	checkName(raw.name, 'name', CLASS_LIMITS.className, issues);
	return issues.length > 0 ? fail(issues) : { ok: true, value: { name: (raw.name as string).trim() } };
}

/** Checks `{ code, displayName }`, a student joining. */
export function validateJoinClass(raw: unknown): Checked<JoinClassRequest> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['code', 'displayName'], '', issues);
	if (typeof raw.code !== 'string' || raw.code.trim() === '' || raw.code.length > 64) issues.push('code: must be the class code as shown');
	checkName(raw.displayName, 'displayName', CLASS_LIMITS.displayName, issues);
	return issues.length > 0 ? fail(issues) : { ok: true, value: { code: raw.code as string, displayName: (raw.displayName as string).trim().replace(/\s+/g, ' ') } };
}

/** Checks `{ set, dueAt }`, a set assigned (or assigned again, replacing the set and its due date). */
export function validateAssign(raw: unknown): Checked<AssignRequest> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['set', 'dueAt'], '', issues);
	const dueAt = raw.dueAt ?? null;
	if (dueAt !== null && !(Number.isInteger(dueAt) && (dueAt as number) > 0)) issues.push('dueAt: must be a time (ms) or null');
	const result = validateQuestionSet(raw.set);
	if (!result.ok) for (const issue of result.issues.slice(0, 10)) issues.push(`set: ${formatIssue(issue)}`);
	return issues.length > 0 || !result.ok ? fail(issues) : { ok: true, value: { set: result.set, dueAt: dueAt as number | null } };
}

/** Checks `{ tests: [...] }`, a student's device reporting finished tests of assigned sets. */
export function validateTestReport(raw: unknown): Checked<TestReport> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['tests'], '', issues);
	if (!Array.isArray(raw.tests)) return fail([...issues, 'tests: must be a list']);
	if (raw.tests.length > CLASS_LIMITS.testsPerReport) return fail([...issues, `tests: holds ${raw.tests.length} results; at most ${CLASS_LIMITS.testsPerReport} a report`]);
	const seen = new Set<string>();
	raw.tests.forEach((test, index) => {
		const where = `tests[${index}]`;
		if (!isObject(test)) return issues.push(`${where}: must be a test result object`);
		unknownFields(test, ['id', 'setId', 'finishedAt', 'total', 'correct', 'scheduled', 'items', 'liveId'], `${where}.`, issues);
		if (test.liveId !== undefined && (typeof test.liveId !== 'string' || !LIVE_ID.test(test.liveId))) issues.push(`${where}.liveId: must be the id of a live test`);
		if (typeof test.id !== 'string' || !TEST_ID.test(test.id)) issues.push(`${where}.id: must be an id made on the device (1 to 80 letters, digits, "_", ":", "." or "-")`);
		else if (seen.has(test.id)) issues.push(`${where}.id: repeats "${test.id}" earlier in this report`);
		else seen.add(test.id);
		if (typeof test.setId !== 'string' || !SET_ID.test(test.setId)) issues.push(`${where}.setId: must be a set id`);
		if (!(Number.isInteger(test.finishedAt) && (test.finishedAt as number) >= 0)) issues.push(`${where}.finishedAt: must be a time`);
		const total = test.total as number;
		if (!(Number.isInteger(total) && total >= 1 && total <= 2000)) issues.push(`${where}.total: must be a whole number from 1 to 2000`);
		if (!(Number.isInteger(test.correct) && (test.correct as number) >= 0 && (test.correct as number) <= total)) issues.push(`${where}.correct: must be a whole number from 0 to the total`);
		if (typeof test.scheduled !== 'boolean') issues.push(`${where}.scheduled: must be true or false`);
		if (!Array.isArray(test.items) || test.items.length > 2000) issues.push(`${where}.items: must be a list of at most 2000 answers`);
		else {
			test.items.forEach((item, at) => {
				const ok =
					isObject(item) &&
					typeof item.questionId === 'string' &&
					item.questionId.length > 0 &&
					item.questionId.length <= 64 &&
					typeof item.given === 'string' &&
					item.given.length <= 2000 &&
					typeof item.correct === 'boolean' &&
					Object.keys(item).every((key) => ['questionId', 'given', 'correct'].includes(key));
				if (!ok) issues.push(`${where}.items[${at}]: must be { questionId, given, correct }`);
			});
		}
	});
	return issues.length > 0 ? fail(issues) : { ok: true, value: raw as unknown as TestReport };
}

/** Checks `{ setId, questionCount }`, a teacher starting a live test. */
export function validateLiveStart(raw: unknown): Checked<LiveTestStart> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['setId', 'questionCount'], '', issues);
	if (typeof raw.setId !== 'string' || !SET_ID.test(raw.setId)) issues.push('setId: must be the id of a set assigned to the class');
	if (!(Number.isInteger(raw.questionCount) && (raw.questionCount as number) >= 1 && (raw.questionCount as number) <= MOST_QUESTIONS)) issues.push(`questionCount: must be a whole number from 1 to ${MOST_QUESTIONS}`);
	return issues.length > 0 ? fail(issues) : { ok: true, value: { setId: raw.setId as string, questionCount: raw.questionCount as number } };
}

/** Checks `{ answered, total }`, a student's progress through a live test. */
export function validateLiveProgress(raw: unknown): Checked<LiveProgress> {
	if (!isObject(raw)) return fail(['the body must be a JSON object']);
	const issues: string[] = [];
	unknownFields(raw, ['answered', 'total'], '', issues);
	const total = raw.total as number;
	if (!(Number.isInteger(total) && total >= 1 && total <= MOST_QUESTIONS)) issues.push(`total: must be a whole number from 1 to ${MOST_QUESTIONS}`);
	if (!(Number.isInteger(raw.answered) && (raw.answered as number) >= 0 && (raw.answered as number) <= total)) issues.push('answered: must be a whole number from 0 to the total');
	return issues.length > 0 ? fail(issues) : { ok: true, value: { answered: raw.answered as number, total } };
}

/** A typed answer as it is grouped: case, spacing and a trailing full stop do not make answers different. */
export function answerGroupKey(given: string): string {
	return given.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}
