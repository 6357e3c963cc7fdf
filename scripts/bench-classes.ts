/**
 * For `npm run bench`: a class's dashboard on the server, with 40 students who each synced 2,000
 * reviews of the assigned 40-question set (a term's work; 80,000 reviews) plus 500 of a set of
 * their own that the dashboard must leave out, and a test each.
 * - class_dashboard_ms_40x2000: the dashboard (SQL counts and the pure shaping) on the embedded
 *   store (PGlite, in memory). Median of 5 runs.
 * - class_dashboard_ms_40x2000_postgres: the same on a PostgreSQL server (DATABASE_URL, or a
 *   throwaway cluster from Debian's postgresql package); left out when neither is available.
 */
import { migrate } from '../src/lib/server/db/migrations';
import { openSql, type Sql } from '../src/lib/server/db/sql';
import { DEFAULT_LIMITS, type Store } from '../src/lib/server/store';
import { createAccount } from '../src/lib/server/accounts';
import { assignSet, createClass, dashboard, joinClass, reportTests } from '../src/lib/server/classes';
import { push } from '../src/lib/server/sync';
import { seededRandom } from '../src/lib/core/simulate';
import type { QuestionSet } from '../src/lib/formats/question-set';
import type { ReviewEntry } from '../src/lib/formats/sync';
import type { CardState } from '../src/lib/core/card';
import { startCluster, stopCluster } from './postgres-cluster.mjs';

const NOW = Date.parse('2024-06-01T10:00:00Z');
const DAY = 86_400_000;
const STUDENTS = 40;
const REVIEWS = 2_000;
const QUESTIONS = 40;
const WRONG = ['Seoul', 'seoul', 'Beijing', 'Moscow', 'Kim', 'July 2022', 'Tokyo'];

function set(id: string): QuestionSet {
	return {
		format: 1,
		id,
		title: `Bench set ${id}`,
		language: 'en',
		source: { title: 'A report', publisher: 'A news agency', date: '2023-07-27' },
		questions: Array.from({ length: QUESTIONS }, (_, i) => ({ id: `q${i}`, type: 'short_answer' as const, prompt: `Question ${i}?`, answer: `Answer ${i}` }))
	};
}

function card(setId: string, questionId: string, state: 0 | 2, at: number): CardState {
	return { setId, questionId, state, due: at, stability: state ? 5 : 0, difficulty: state ? 5 : 0, scheduledDays: state ? 3 : 0, learningSteps: 0, reps: state ? 3 : 0, lapses: 0, lastReview: state ? at - 3 * DAY : null };
}

function reviews(student: number, setId: string, count: number, random: () => number): ReviewEntry[] {
	return Array.from({ length: count }, (_, i) => {
		const questionId = `q${i % QUESTIONS}`;
		const at = NOW - Math.floor(((count - i) / count) * 120 * DAY);
		const correct = random() > 0.2;
		return {
			id: `s${student}-${setId}-${String(i).padStart(6, '0')}`,
			setId,
			questionId,
			rating: correct ? 3 : 1,
			reviewedAt: at,
			durationMs: 4000,
			before: card(setId, questionId, i < QUESTIONS ? 0 : 2, at),
			after: card(setId, questionId, 2, at + 3 * DAY),
			answer: { form: 'typed', given: correct ? `Answer ${i % QUESTIONS}` : WRONG[Math.floor(random() * WRONG.length)]!, correct, how: correct ? 'exact' : 'wrong', overruled: false, hinted: false, suggested: correct ? 3 : 1 },
			day: { dayStartHour: 4, offsetMinutes: 0 }
		};
	});
}

async function timeDashboard(sql: Sql): Promise<number> {
	await migrate(sql, { now: NOW });
	const store: Store = { sql, now: () => NOW, limits: { ...DEFAULT_LIMITS, accountsPerHour: 1_000, codeAttemptsPer10Minutes: 1_000 } };
	const random = seededRandom(40_2000);
	const teacher = await createAccount(store, { name: 'Teacher', secret: 'bench-teacher-secret-000000' }, '198.18.0.1');
	const taught = await createClass(store, teacher, 'Bench class');
	await assignSet(store, teacher, taught.id, { set: set('bench-set'), dueAt: null });
	for (let student = 0; student < STUDENTS; student++) {
		const caller = await createAccount(store, { name: `Student ${student}`, secret: `bench-student-secret-${String(student).padStart(6, '0')}` }, '198.18.0.2');
		await joinClass(store, caller, { code: taught.code, displayName: `Student ${student}` }, '198.18.0.3');
		const entries = [...reviews(student, 'bench-set', REVIEWS, random), ...reviews(student, 'own-set', 500, random)];
		for (let start = 0; start < entries.length; start += 1000) {
			await push(store, caller, { reviews: entries.slice(start, start + 1000).map((entry) => ({ id: entry.id, entry })), sets: [], settings: {} });
		}
		const items = Array.from({ length: QUESTIONS }, (_, i) => ({ questionId: `q${i}`, given: random() > 0.3 ? `Answer ${i}` : 'Seoul', correct: random() > 0.3 }));
		await reportTests(store, caller, taught.id, { tests: [{ id: `bench-set:${student}`, setId: 'bench-set', finishedAt: NOW, total: QUESTIONS, correct: items.filter((item) => item.correct).length, scheduled: false, items }] });
	}
	await sql.query('ANALYZE');
	const times: number[] = [];
	for (let run = 0; run < 6; run++) {
		const start = performance.now();
		const board = await dashboard(store, teacher, taught.id);
		const elapsed = performance.now() - start;
		if (board.sets[0]!.students.length !== STUDENTS || board.sets[0]!.students[0]!.reviews !== REVIEWS) throw new Error('the bench class dashboard counted the wrong reviews');
		// The first run warms the caches and the query plans.
		if (run > 0) times.push(elapsed);
	}
	times.sort((a, b) => a - b);
	return Number(times[Math.floor(times.length / 2)]!.toFixed(1));
}

export async function benchClasses(log: (message: string) => void): Promise<Record<string, number>> {
	const results: Record<string, number> = {};
	const embedded = await openSql({});
	try {
		results.class_dashboard_ms_40x2000 = await timeDashboard(embedded);
	} finally {
		await embedded.close();
	}
	let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
	try {
		if (!process.env.DATABASE_URL) cluster = await startCluster();
	} catch (error) {
		log(`class dashboard on PostgreSQL left out: ${(error as Error).message}`);
		return results;
	}
	const schema = `bench_classes_${process.pid}`;
	const postgres = await openSql({ databaseUrl: process.env.DATABASE_URL || cluster!.url, schema, poolSize: 2 });
	try {
		results.class_dashboard_ms_40x2000_postgres = await timeDashboard(postgres);
	} finally {
		await postgres.query(`DROP SCHEMA ${schema} CASCADE`);
		await postgres.close();
		if (cluster) stopCluster(cluster.data, cluster.pgCtl);
	}
	return results;
}

// Run on its own: `npx tsx scripts/bench-classes.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(JSON.stringify(await benchClasses((message) => console.error(message))));
}
