/**
 * `npm run bench`: Factdrill's performance figures, as a table (or one JSON object with `-- --json`).
 * Timings are medians of several runs; the machines are shared and noisy, so compare ratios.
 *
 * - first_load_js_gzip_kb: gzip size of the JS the home page loads (from the built site).
 * - study_js_gzip_kb: the JS of the home page plus a study session.
 * - generate_page_js_gzip_kb: the JS the generate page loads, its generator worker included.
 * - queue_build_ms_10k / _100k: today's queue from 10k / 100k stored cards (fake-indexeddb).
 * - grade_write_ms_median: one grade written (card + log entry, one transaction).
 * - stats_ms_100k / stats_rebuild_ms_100k: every statistic over 100k log entries, with the kept
 *   log aggregate / folding the whole log (scripts/bench-stats.ts).
 * - usable_ms_home_cold / usable_ms_home_warm / usable_ms_study_warm: navigation to the main
 *   button being usable on a throttled phone in Chromium, first visit and repeat visits from the
 *   service worker's cache (scripts/bench-usable.ts; `--runs N` rounds, 5 by default).
 * - editor_open_longest_task_ms_5000, print_open_longest_task_ms_5000, backup_plan_longest_task_ms_85mb,
 *   backup_restore_longest_task_ms_85mb: how long the heaviest pages freeze the tab, in Chromium
 *   (scripts/bench-pages.ts; `--no-pages` leaves them out).
 * - class_dashboard_ms_40x2000 / _postgres: a class's dashboard on the server, 40 students with
 *   2,000 reviews each, on the embedded store and on PostgreSQL (scripts/bench-classes.ts).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { State, newCard, type CardState } from '../src/lib/core/card';
import { DAY, MINUTE } from '../src/lib/core/day';
import { DEFAULT_SETTINGS, loadQueue, openDatabase, recordReview, type Database } from '../src/lib/storage/db';
import { mulberry32 } from '../src/lib/core/random';
import { fail, readCommandLine } from './cli';

const USAGE = 'usage: npm run bench -- [--json] [--runs N] [--build] [--no-pages]';
const { values: args } = readCommandLine(
	process.argv.slice(2),
	{ json: { type: 'boolean', default: false }, runs: { type: 'string', default: '5' }, build: { type: 'boolean', default: false }, 'no-pages': { type: 'boolean', default: false } },
	USAGE
);
const json = args.json;
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs needs a whole number of 1 or more (got ${args.runs}); ${USAGE}`);
const log = (message: string) => {
	if (!json) console.error(message);
};

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

// --- JS sizes, from the built site -------------------------------------------------------------

// The Node server build keeps pages in build/prerendered and files in build/client; the static
// build (FACTDRILL_ADAPTER=static) keeps both in build/.
const pagesDir = () => (existsSync('build/prerendered') ? 'build/prerendered' : 'build');
const filesDir = () => (existsSync('build/client') ? 'build/client' : 'build');

function scriptsOf(page: string): Set<string> {
	const html = readFileSync(join(pagesDir(), page), 'utf8');
	const found = new Set<string>();
	for (const match of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) found.add(match[1]!);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) found.add(match[1]!);
	// Follow static imports inside the chunks, as the browser does.
	const queue = [...found];
	while (queue.length > 0) {
		const file = queue.pop()!;
		const path = join(filesDir(), file.replace(/^\.?\//, ''));
		if (!existsSync(path)) continue;
		const code = readFileSync(path, 'utf8');
		for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
			const resolved = new URL(match[1]!, `http://x/${file.replace(/^\.?\//, '')}`).pathname;
			if (!found.has(resolved)) {
				found.add(resolved);
				queue.push(resolved);
			}
		}
	}
	return new Set([...found].map((file) => file.replace(/^\.?\//, '/')));
}

/** The files plus the Web Workers they start (`new Worker(new URL("…", import.meta.url))`) and what those import. */
function withWorkers(files: Set<string>): Set<string> {
	const found = new Set(files);
	const queue = [...files];
	while (queue.length > 0) {
		const file = queue.pop()!;
		const path = join(filesDir(), file);
		if (!existsSync(path)) continue;
		const code = readFileSync(path, 'utf8');
		const workers = [...code.matchAll(/new Worker\(new URL\(\s*[`"']([^`"']+\.js)[`"']/g)].map((match) => match[1]!);
		const imports = file.includes('/workers/') ? [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!) : [];
		for (const reference of [...workers, ...imports]) {
			const resolved = new URL(reference, `http://x${file}`).pathname;
			if (!found.has(resolved)) {
				found.add(resolved);
				queue.push(resolved);
			}
		}
	}
	return found;
}

function gzipKb(files: Set<string>): number {
	let bytes = 0;
	for (const file of files) bytes += gzipSync(readFileSync(join(filesDir(), file))).length;
	return round(bytes / 1024, 1);
}

// --- Storage -----------------------------------------------------------------------------------

const NOW = Date.parse('2024-06-01T10:00:00Z');
const day = { dayStartHour: 4, offsetMinutes: 0 };

/** A realistic collection: 15% new, 3% learning, the rest in review with most due in the weeks ahead. */
function syntheticCard(index: number, setId: string, random: () => number): CardState & { position: number; answerHash: string; dueAt?: number; newRank?: number } {
	const card = newCard(setId, `q${index}`, NOW - 90 * DAY);
	const roll = random();
	if (roll < 0.15) return { ...card, position: index, answerHash: '0', newRank: index };
	const learning = roll < 0.18;
	const interval = learning ? 0 : Math.ceil(random() * 120);
	const due = learning ? NOW + Math.round((random() - 0.5) * 60) * MINUTE : NOW + Math.round((random() * 1.03 - 0.03) * interval) * DAY;
	const studied: CardState = {
		...card,
		state: learning ? State.Learning : State.Review,
		due,
		stability: Math.max(0.5, interval),
		difficulty: 3 + random() * 5,
		scheduledDays: interval,
		learningSteps: learning ? 1 : 0,
		reps: 3 + Math.floor(random() * 10),
		lapses: Math.floor(random() * 3),
		lastReview: due - interval * DAY
	};
	return { ...studied, position: index, answerHash: '0', dueAt: due };
}

async function filledDatabase(count: number): Promise<Database> {
	globalThis.indexedDB = new IDBFactory();
	const db = await openDatabase(`bench-${count}`);
	const random = mulberry32(count);
	const batch = 5000;
	for (let start = 0; start < count; start += batch) {
		const tx = db.transaction('cards', 'readwrite');
		for (let i = start; i < Math.min(count, start + batch); i++) void tx.store.put(syntheticCard(i, 'bench', random));
		await tx.done;
	}
	return db;
}

async function queueBuildMs(count: number): Promise<number> {
	log(`filling ${count} cards…`);
	const db = await filledDatabase(count);
	await loadQueue(db, 'bench', NOW, DEFAULT_SETTINGS, day); // warm-up
	const times: number[] = [];
	for (let run = 0; run < 7; run++) {
		const start = performance.now();
		await loadQueue(db, 'bench', NOW, DEFAULT_SETTINGS, day);
		times.push(performance.now() - start);
	}
	db.close();
	return round(median(times));
}

async function gradeWriteMs(): Promise<number> {
	const db = await filledDatabase(10_000);
	const { Scheduler, DEFAULT_SCHEDULER_SETTINGS, Rating } = await import('../src/lib/core/scheduler');
	const scheduler = new Scheduler(DEFAULT_SCHEDULER_SETTINGS);
	const queue = await loadQueue(db, 'bench', NOW, { ...DEFAULT_SETTINGS, newPerDay: 300, maxReviewsPerDay: 9999 }, day);
	const cards = [...queue.review, ...queue.new].slice(0, 200);
	const times: number[] = [];
	for (const card of cards) {
		const result = scheduler.grade(card, Rating.Good, NOW);
		const start = performance.now();
		await recordReview(db, { setId: 'bench', questionId: card.questionId, rating: Rating.Good, reviewedAt: NOW, durationMs: 4000, before: card, after: result.card });
		times.push(performance.now() - start);
	}
	db.close();
	return round(median(times), 3);
}

// --- Run ---------------------------------------------------------------------------------------

if (!(existsSync('build/index.html') || existsSync('build/prerendered/index.html')) || args.build) {
	log('building the app…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: json ? 'ignore' : 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

const home = scriptsOf('index.html');
const study = new Set([...home, ...scriptsOf('study.html')]);
const generatePage = withWorkers(scriptsOf('generate.html'));
const results: Record<string, number> = {
	first_load_js_gzip_kb: gzipKb(home),
	study_js_gzip_kb: gzipKb(study),
	generate_page_js_gzip_kb: gzipKb(generatePage),
	queue_build_ms_10k: await queueBuildMs(10_000),
	queue_build_ms_100k: await queueBuildMs(100_000),
	grade_write_ms_median: await gradeWriteMs()
};

if (existsSync('scripts/bench-generate.ts')) {
	log('timing the question generator…');
	const { benchGenerate } = (await import('./bench-generate')) as { benchGenerate: () => Promise<Record<string, number>> };
	Object.assign(results, await benchGenerate());
}

log('timing statistics over 100,000 review-log entries…');
const { benchStats } = await import('./bench-stats');
Object.assign(results, await benchStats());

log('timing the set editor on 5,000 questions…');
const { benchEditor } = await import('./bench-editor');
Object.assign(results, benchEditor());

log('timing a class dashboard of 40 students × 2,000 reviews on both stores…');
const { benchClasses } = await import('./bench-classes');
Object.assign(results, await benchClasses(log));

log(`timing the app on a throttled phone in Chromium (${runs} rounds)…`);
const { benchUsable } = await import('./bench-usable');
Object.assign(results, await benchUsable({ runs, log }));
if (!args['no-pages']) {
	log('timing the heaviest pages in Chromium: 5,000 questions to edit and print, an 85 MB backup to restore (minutes)…');
	const { benchPages } = await import('./bench-pages');
	Object.assign(results, await benchPages());
}

const targets: Record<string, string> = {
	first_load_js_gzip_kb: '≤ 45',
	queue_build_ms_100k: '< 100',
	generate_ms_6kb: '< 300',
	generate_ms_600kb: '< 30000',
	stats_ms_100k: '< 300',
	class_dashboard_ms_40x2000: '< 300',
	class_dashboard_ms_40x2000_postgres: '< 300',
	editor_keystroke_ms_5000: '< 16',
	usable_ms_home_cold: '≤ 2500',
	usable_ms_home_warm: '≤ 1000',
	usable_ms_study_warm: '≤ 1000'
};

if (json) {
	console.log(JSON.stringify(results));
} else {
	const rows = Object.entries(results).map(([name, value]) => [name, String(value), targets[name] ?? '']);
	const widths = [0, 1, 2].map((column) => Math.max(...[['metric', 'value', 'target'], ...rows].map((row) => row[column]!.length)));
	const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
	console.log(line(['metric', 'value', 'target']));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}
