/**
 * The class dashboard as the teacher reads it: students sorted by any column, and the figures as
 * CSV (one row per student and set; one row per question). Pure: the page and the tests call it.
 */
import type { ClassDashboard, SetFigures, StudentFigures } from '../formats/classes';
import { writeDelimited } from '../formats/delimited';
import { guardFormula } from '../formats/export';

export const STUDENT_COLUMNS = ['name', 'progress', 'reviews', 'recall', 'bestScore', 'lastScore', 'lastStudiedAt'] as const;
export type StudentColumn = (typeof STUDENT_COLUMNS)[number];

export const STUDENT_COLUMN_LABELS: Record<StudentColumn, string> = {
	name: 'Student',
	progress: 'Progress',
	reviews: 'Reviews',
	recall: 'Recall',
	bestScore: 'Best test',
	lastScore: 'Last test',
	lastStudiedAt: 'Last studied'
};

/** Students by a column; a student with no figure in it (not started, no test) comes last either way. */
export function sortStudents(students: readonly StudentFigures[], column: StudentColumn, direction: 'ascending' | 'descending'): StudentFigures[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const byName = (a: StudentFigures, b: StudentFigures) => a.displayName.localeCompare(b.displayName, 'en') || a.memberId.localeCompare(b.memberId);
	if (column === 'name') return [...students].sort((a, b) => sign * byName(a, b));
	const value = (student: StudentFigures): number | null => (column === 'progress' ? student.progress : column === 'reviews' ? student.reviews : student[column]);
	return [...students].sort((a, b) => {
		const [x, y] = [value(a), value(b)];
		if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
		return sign * (x - y) || byName(a, b);
	});
}

/** A share (0–1) as a whole percentage, or '' when there is none. */
export const percent = (share: number | null): string => (share === null ? '' : String(Math.round(share * 100)));

const date = (time: number | null): string => (time === null ? '' : new Date(time).toISOString().slice(0, 10));

/** One row per student and assigned set. */
export function studentsCsv(board: ClassDashboard): string {
	const rows = [['class', 'set', 'student', 'started', 'questions seen', 'questions in set', 'progress %', 'reviews', 'recall %', 'tests', 'best test %', 'last test %', 'last studied', 'due']];
	for (const set of board.sets) {
		for (const student of set.students) {
			rows.push([
				board.name,
				set.title,
				student.displayName,
				student.started ? 'yes' : 'no',
				String(student.questionsSeen),
				String(set.questionCount),
				percent(student.progress),
				String(student.reviews),
				percent(student.recall),
				String(student.tests),
				percent(student.bestScore),
				percent(student.lastScore),
				date(student.lastStudiedAt),
				date(set.dueAt)
			]);
		}
	}
	return writeDelimited(guard(rows), ',');
}

/** One row per question of each assigned set, with its commonest wrong answers. */
export function questionsCsv(board: ClassDashboard): string {
	const rows = [['class', 'set', 'question id', 'question', 'answered', 'wrong', 'wrong %', 'common wrong answers']];
	for (const set of board.sets) {
		for (const question of set.questions) {
			rows.push([board.name, set.title, question.questionId, question.prompt, String(question.answered), String(question.wrong), percent(question.wrongShare), question.wrongAnswers.map((wrong) => `${wrong.answer} (${wrong.count})`).join('; ')]);
		}
	}
	return writeDelimited(guard(rows), ',');
}

// Names and answers are typed by students: a spreadsheet must not run them as formulas.
const guard = (rows: string[][]) => rows.map((row) => row.map(guardFormula));

/** Questions most answered wrong first (those never answered last), for the re-teaching list. */
export function hardestQuestions(set: SetFigures): SetFigures['questions'] {
	return [...set.questions].sort((a, b) => (b.wrongShare ?? -1) - (a.wrongShare ?? -1) || b.wrong - a.wrong);
}
