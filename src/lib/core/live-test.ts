/**
 * The teacher's live view in words: each student's status, the class's tally, and the results in
 * the order they came, which is the list a screen reader hears grow (one addition per finish,
 * nothing while polls bring no change). Pure: the page renders what these return.
 */
import type { LiveStudent, LiveView } from '$lib/formats/classes';
import { plural } from './plural';

/** How often the teacher's live view asks the server while a live test runs, and after it ended (late results still come). */
export const LIVE_VIEW_POLL_MS = 3_000;
export const LIVE_VIEW_ENDED_POLL_MS = 15_000;
/** How often a student's device asks whether a live test runs in one of their classes. */
export const LIVE_NOW_POLL_MS = 10_000;

/** A share (0–1) as a whole percentage. */
export const percent = (share: number): number => Math.round(share * 100);

/** A student's score as the list shows it: "75% (3 of 4)", with "after the end" when it came late. */
export function liveScoreText(student: LiveStudent): string {
	if (student.status !== 'finished' || student.score === null) return '';
	return `${percent(student.score)}% (${student.correct} of ${student.total})${student.afterEnd ? ', after the end' : ''}`;
}

/** A student's status in words: "Not started", "Answering: 2 of 4", or the score. */
export function liveStatusText(student: LiveStudent): string {
	if (student.status === 'finished') return liveScoreText(student);
	if (student.status === 'answering') return `Answering: ${student.answered} of ${student.total}`;
	return 'Not started';
}

/** The tally: "2 of 5 finished · 1 answering · 2 not started · average 75%" (the average of the results in). */
export function liveTally(view: LiveView): string {
	const count = (status: LiveStudent['status']) => view.students.filter((student) => student.status === status).length;
	const finished = view.students.filter((student) => student.status === 'finished' && student.score !== null);
	const parts = [`${finished.length} of ${plural(view.students.length, 'student')} finished`, `${count('answering')} answering`, `${count('not-started')} not started`];
	if (finished.length > 0) parts.push(`average ${percent(finished.reduce((sum, student) => sum + student.score!, 0) / finished.length)}%`);
	return parts.join(' · ');
}

/** The students who finished, in the order they finished (then by name): new results are added at the end. */
export function liveResults(view: LiveView): LiveStudent[] {
	return view.students
		.filter((student) => student.status === 'finished')
		.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.displayName.localeCompare(b.displayName, 'en') || a.memberId.localeCompare(b.memberId));
}
