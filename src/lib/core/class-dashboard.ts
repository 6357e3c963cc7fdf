/**
 * A class's dashboard from counted rows: the server's SQL counts each student's reviews per
 * question of each assigned set and each distinct wrong answer; this turns the counts into what
 * the teacher reads (who started, progress, recall, test scores, the questions most answered
 * wrong and how). Pure: the same rows give the same figures, on the server and in tests.
 */
import type { QuestionSet } from '../formats/question-set';
import { answerGroupKey, type ClassDashboard, type Member, type QuestionFigures, type SetFigures, type StudentFigures, type WrongAnswer } from '../formats/classes';

/** A set assigned to the class. */
export interface AssignedSet {
	set: Pick<QuestionSet, 'id' | 'title' | 'questions'>;
	dueAt: number | null;
}

/** One student's reviews of one question, counted. */
export interface QuestionCount {
	memberId: string;
	setId: string;
	questionId: string;
	reviews: number;
	/** Reviews answered wrong (a wrong answer, or Again when the card was self-graded). */
	wrong: number;
	/** Reviews of a card seen before, and those graded Hard or better. */
	recallReviews: number;
	recalled: number;
	lastAt: number;
}

/** One wrong answer given to a question, exactly as typed, and how often. */
export interface WrongCount {
	setId: string;
	questionId: string;
	given: string;
	count: number;
}

/** One finished test a student reported. */
export interface TestRow {
	memberId: string;
	setId: string;
	finishedAt: number;
	total: number;
	correct: number;
	scheduled: boolean;
	items: Array<{ questionId: string; given: string; correct: boolean }>;
}

export interface DashboardInput {
	classId: string;
	name: string;
	members: Member[];
	assignments: AssignedSet[];
	questionCounts: QuestionCount[];
	wrongCounts: WrongCount[];
	tests: TestRow[];
}

/** Wrong answers listed per question. */
export const WRONG_ANSWERS_SHOWN = 5;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function classDashboard(input: DashboardInput): ClassDashboard {
	const members = [...input.members].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || a.memberId.localeCompare(b.memberId));
	const countsBySet = groupBy(input.questionCounts, (row) => row.setId);
	const wrongBySet = groupBy(input.wrongCounts, (row) => row.setId);
	const testsBySet = groupBy(input.tests, (row) => row.setId);
	const sets = input.assignments.map((assigned) => setFigures(assigned, members, countsBySet.get(assigned.set.id) ?? [], wrongBySet.get(assigned.set.id) ?? [], testsBySet.get(assigned.set.id) ?? []));
	return { classId: input.classId, name: input.name, members, sets };
}

function setFigures(assigned: AssignedSet, members: Member[], counts: QuestionCount[], wrongCounts: WrongCount[], tests: TestRow[]): SetFigures {
	const { set } = assigned;
	const questionIds = new Set(set.questions.map((question) => question.id));
	// Reviews of questions since removed from the set do not count.
	const current = counts.filter((row) => questionIds.has(row.questionId));
	const byMember = groupBy(current, (row) => row.memberId);
	const testsByMember = groupBy(tests, (row) => row.memberId);
	const students = members.map((member): StudentFigures => {
		const rows = byMember.get(member.memberId) ?? [];
		const own = [...(testsByMember.get(member.memberId) ?? [])].sort((a, b) => a.finishedAt - b.finishedAt);
		const reviews = sum(rows, (row) => row.reviews);
		const recallReviews = sum(rows, (row) => row.recallReviews);
		const scores = own.map((test) => test.correct / test.total);
		return {
			memberId: member.memberId,
			displayName: member.displayName,
			started: reviews > 0 || own.length > 0,
			questionsSeen: rows.filter((row) => row.reviews > 0).length,
			progress: set.questions.length === 0 ? 0 : rows.filter((row) => row.reviews > 0).length / set.questions.length,
			reviews,
			recallReviews,
			recall: share(sum(rows, (row) => row.recalled), recallReviews),
			lastStudiedAt: rows.length === 0 && own.length === 0 ? null : Math.max(...rows.map((row) => row.lastAt), ...own.map((test) => test.finishedAt)),
			tests: own.length,
			bestScore: scores.length === 0 ? null : Math.max(...scores),
			lastScore: scores.length === 0 ? null : scores[scores.length - 1]!
		};
	});

	// Per question: reviews, plus the answers of tests not already counted as reviews.
	const answered = new Map<string, { answered: number; wrong: number }>();
	const wrongTexts = new Map<string, Map<string, number>>();
	const addWrongText = (questionId: string, given: string, count: number) => {
		if (given.trim() === '') return;
		let texts = wrongTexts.get(questionId);
		if (!texts) wrongTexts.set(questionId, (texts = new Map()));
		texts.set(given, (texts.get(given) ?? 0) + count);
	};
	for (const row of current) {
		const entry = answered.get(row.questionId) ?? { answered: 0, wrong: 0 };
		entry.answered += row.reviews;
		entry.wrong += row.wrong;
		answered.set(row.questionId, entry);
	}
	for (const row of wrongCounts) if (questionIds.has(row.questionId)) addWrongText(row.questionId, row.given, row.count);
	for (const test of tests) {
		if (test.scheduled) continue;
		for (const item of test.items) {
			if (!questionIds.has(item.questionId)) continue;
			const entry = answered.get(item.questionId) ?? { answered: 0, wrong: 0 };
			entry.answered++;
			if (!item.correct) {
				entry.wrong++;
				addWrongText(item.questionId, item.given, 1);
			}
			answered.set(item.questionId, entry);
		}
	}
	const questions = set.questions.map((question): QuestionFigures => {
		const figures = answered.get(question.id) ?? { answered: 0, wrong: 0 };
		return { questionId: question.id, prompt: question.prompt, answered: figures.answered, wrong: figures.wrong, wrongShare: share(figures.wrong, figures.answered), wrongAnswers: groupWrongAnswers(wrongTexts.get(question.id)) };
	});
	return {
		setId: set.id,
		title: set.title,
		questionCount: set.questions.length,
		dueAt: assigned.dueAt,
		started: students.filter((student) => student.started).length,
		students,
		questions
	};
}

/** Typed answers that differ only in case, spacing or a final full stop are one answer, shown as most typed it. */
export function groupWrongAnswers(texts: Map<string, number> | undefined): WrongAnswer[] {
	if (!texts) return [];
	const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
	for (const [given, count] of texts) {
		const group = groups.get(answerGroupKey(given)) ?? { count: 0, spellings: new Map() };
		group.count += count;
		group.spellings.set(given.trim(), (group.spellings.get(given.trim()) ?? 0) + count);
		groups.set(answerGroupKey(given), group);
	}
	return [...groups.entries()]
		.map(([groupKey, group]) => ({ groupKey, count: group.count, answer: [...group.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]![0] }))
		.sort((a, b) => b.count - a.count || a.groupKey.localeCompare(b.groupKey, 'en'))
		.slice(0, WRONG_ANSWERS_SHOWN)
		.map(({ answer, count }) => ({ answer, count }));
}

function groupBy<T>(rows: readonly T[], by: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const group = groups.get(by(row));
		if (group) group.push(row);
		else groups.set(by(row), [row]);
	}
	return groups;
}

function sum<T>(rows: readonly T[], value: (row: T) => number): number {
	let total = 0;
	for (const row of rows) total += value(row);
	return total;
}
