/** Both stores, in process: a fresh database of either kind for each test, and data to sync. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { embeddedSql, openSql, PGLITE_OPTIONS, type Sql } from '$lib/server/db/sql';
import { migrate } from '$lib/server/db/migrations';
import { DEFAULT_LIMITS, type Limits, type Store } from '$lib/server/store';
import { createAccount } from '$lib/server/accounts';
import type { Caller } from '$lib/server/auth';
import type { ReviewEntry } from '$lib/formats/sync';
import type { QuestionSet } from '$lib/formats/question-set';
import type { CardState, Grade } from '$lib/core/card';

export const KINDS = ['embedded', 'postgres'] as const;
export type Kind = (typeof KINDS)[number];

/** An empty database: its own PGlite (loaded from a blank copy), or its own schema on the PostgreSQL server. */
export async function emptySql(kind: Kind): Promise<Sql> {
	if (kind === 'embedded') {
		const db = await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(inject('blankDump'))]) });
		return embeddedSql(db);
	}
	const schema = `t_${randomBytes(6).toString('hex')}`;
	const sql = await openSql({ databaseUrl: inject('postgres').url, schema, poolSize: 6 });
	return {
		...sql,
		async close() {
			await sql.query(`DROP SCHEMA ${schema} CASCADE`);
			await sql.close();
		}
	};
}

/** A fixed clock that tests move by hand. */
export class Clock {
	constructor(public time = Date.UTC(2024, 2, 1, 9, 0, 0)) {}
	now = () => this.time;
	advance(ms: number): void {
		this.time += ms;
	}
}

export const DAY = 86_400_000;

/** A migrated store on a fresh database. */
export async function freshStore(kind: Kind, clock = new Clock(), limits: Limits = { ...DEFAULT_LIMITS, accountsPerHour: 10_000 }): Promise<Store & { clock: Clock }> {
	const sql = await emptySql(kind);
	await migrate(sql, { now: clock.now() });
	return { sql, now: clock.now, limits, clock };
}

let addresses = 0;
/** A new account with one device; the device's secret is returned too. */
export async function newDevice(store: Store, name = 'Phone'): Promise<Caller & { secret: string }> {
	const secret = randomBytes(32).toString('base64url');
	const signedIn = await createAccount(store, { name, secret }, `192.0.2.${++addresses % 250}`);
	return { ...signedIn, secret };
}

function card(setId: string, questionId: string, due: number, reps: number): CardState {
	return { setId, questionId, state: reps === 0 ? 0 : 2, due, stability: reps * 2.5, difficulty: reps === 0 ? 0 : 5, scheduledDays: reps * 2, learningSteps: 0, reps, lapses: 0, lastReview: reps === 0 ? null : due - DAY };
}

/** A valid review-log entry with a device-made id. */
export function review(id: string, options: { setId?: string; questionId?: string; at?: number; rating?: Grade } = {}): ReviewEntry {
	const setId = options.setId ?? 'news-set';
	const questionId = options.questionId ?? 'q1';
	const at = options.at ?? Date.UTC(2024, 2, 1, 8);
	return {
		id,
		setId,
		questionId,
		rating: options.rating ?? 3,
		reviewedAt: at,
		durationMs: 4200,
		before: card(setId, questionId, at, 0),
		after: card(setId, questionId, at + 2 * DAY, 1),
		answer: { form: 'typed', given: 'Pyongyang', correct: true, how: 'exact', overruled: false, hinted: false, suggested: 3 },
		day: { dayStartHour: 4, offsetMinutes: 0 }
	};
}

/** Entries "<prefix>-0001" … made on one device. */
export function reviews(prefix: string, count: number, start = Date.UTC(2024, 2, 1, 8)): ReviewEntry[] {
	return Array.from({ length: count }, (_, i) => review(`${prefix}-${String(i).padStart(6, '0')}`, { questionId: `q${i % 40}`, at: start + i * 60_000 }));
}

/** A small valid question set. */
export function questionSet(id = 'news-set', title = 'Visit to the exhibition', questions = 3): QuestionSet {
	return {
		format: 1,
		id,
		title,
		language: 'en',
		source: { title: 'A report', publisher: 'A news agency', date: '2023-07-27' },
		questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i + 1}`, type: 'short_answer' as const, prompt: `Question number ${i + 1}?`, answer: `Answer ${i + 1}` }))
	};
}
