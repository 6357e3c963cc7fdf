/**
 * A student's classes at each sync: the sets their classes assigned are stored on this device
 * (then studied offline like any set), and the finished tests of those sets are reported to the
 * class. Storage and the server are passed in; `now` is an argument.
 */
import { CLASS_LIMITS, type ClassTestResult, type Membership } from '$lib/formats/classes';
import type { SyncAccount, TestResult } from '$lib/core/records';
import { getSetRow, testHistory } from '$lib/storage/db';
import { storeSet } from './writes';
import type { SyncDeps } from './sync-engine';

export interface ClassSyncReport {
	memberships: Membership[];
	/** Ids of assigned sets this device did not have and now stores. */
	setsAdded: string[];
	testsReported: number;
}

/** A finished test as the class gets it: its score and each answer, keyed by the set and when it started. */
export function classTestResult(result: TestResult): ClassTestResult {
	return {
		id: `${result.setId}:${result.startedAt}`,
		setId: result.setId,
		finishedAt: result.finishedAt,
		total: result.total,
		correct: result.correct,
		scheduled: result.scheduled,
		items: result.items.map((item) => ({ questionId: item.questionId, given: item.given, correct: item.correct })),
		...(result.live ? { liveId: result.live.liveId } : {})
	};
}

/**
 * Stores every assigned set this device lacks (a set it already has, under the same id, is left
 * as it is: it may hold the student's own edits) and reports the tests of assigned sets; the
 * server stores a test reported again once.
 */
export async function syncClasses(deps: Pick<SyncDeps, 'db' | 'api' | 'now' | 'announce'>, account: SyncAccount): Promise<ClassSyncReport> {
	const { db, api, now } = deps;
	const memberships = await api.memberships(account);
	const setsAdded: string[] = [];
	let testsReported = 0;
	for (const membership of memberships) {
		for (const assignment of membership.assignments) {
			if (setsAdded.includes(assignment.setId) || (await getSetRow(db, assignment.setId))) continue;
			await storeSet(db, assignment.set, { builtin: false, now: now() }, deps.announce ?? (() => undefined));
			setsAdded.push(assignment.setId);
		}
		const tests = (await Promise.all(membership.assignments.map((assignment) => testHistory(db, assignment.setId))))
			.flat()
			.sort((a, b) => b.finishedAt - a.finishedAt)
			.slice(0, CLASS_LIMITS.testsPerReport);
		if (tests.length > 0) testsReported += (await api.reportTests(account, membership.classId, tests.map(classTestResult))).stored;
	}
	return { memberships, setsAdded, testsReported };
}
