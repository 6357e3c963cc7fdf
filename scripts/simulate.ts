/**
 * `npm run simulate [-- --json] [--questions N] [--days N] [--seed N] [--seeds N]`: a simulated learner whose
 * memory follows FSRS-6 with known weights (ts-fsrs's defaults) studies through Factdrill's real
 * queue and scheduler at desired retention 0.80, 0.85, 0.90 and 0.95, and through SuperMemo's
 * SM-2, Anki's SM-2 and a Leitner schedule with the same same-day steps. Prints a table, or with
 * --json the object {"targets":[{"desired","measured","reviews","known"}…],"baselines":{"sm2":
 * {"measured","reviews","factdrill_reviews_at_same_retention","known",
 * "factdrill_reviews_at_same_knowledge"},"anki_sm2":{…},"leitner":{…}}}.
 * `measured` is the share of scheduled (a day or more apart) reviews recalled; `reviews` counts
 * every answer, first sight and same-day steps included; `known` is the number of questions the
 * learner would recall on an average day of the year. With --seeds N, N learners (seeds seed …
 * seed + N − 1) and the median change in Factdrill's reviews against each baseline.
 */
import { fail, readCommandLine } from './cli';
import { compareReports, DEFAULT_SIMULATION, runSimulation, type SimulationOptions } from '../src/lib/core/simulate';

const USAGE = 'usage: npm run simulate -- [--json] [--questions N (1–100000)] [--days N (1–3650)] [--seed N] [--seeds N (1–100)]';

const LIMITS = { questions: [1, 100_000], days: [1, 3650], seed: [-(2 ** 31), 2 ** 31 - 1 - 100], seeds: [1, 100] } as const;

function readArgs(argv: string[]): { json: boolean; seeds: number; options: SimulationOptions } {
	const { values, positionals } = readCommandLine(
		argv,
		{ json: { type: 'boolean', default: false }, questions: { type: 'string' }, days: { type: 'string' }, seed: { type: 'string' }, seeds: { type: 'string' } },
		USAGE
	);
	if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"; ${USAGE}`);
	const number = (name: keyof typeof LIMITS, fallback: number): number => {
		const text = values[name];
		if (text === undefined) return fallback;
		const [min, max] = LIMITS[name];
		const value = Number(text);
		if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) fail(`--${name} needs a whole number from ${min} to ${max} (got ${text}); ${USAGE}`);
		return value;
	};
	const options: SimulationOptions = {
		...DEFAULT_SIMULATION,
		questions: number('questions', DEFAULT_SIMULATION.questions),
		days: number('days', DEFAULT_SIMULATION.days),
		seed: number('seed', DEFAULT_SIMULATION.seed)
	};
	return { json: values.json, seeds: number('seeds', 1), options };
}

const parsed = readArgs(process.argv.slice(2));

/** Factdrill's reviews and how they compare, e.g. "12170 (+8.0%)". */
function comparison(factdrill: number, baseline: number): string {
	const change = ((factdrill - baseline) / baseline) * 100;
	return `${factdrill} (${change >= 0 ? '+' : ''}${change.toFixed(1)}%)`;
}

const started = performance.now();

if (parsed.seeds > 1) {
	// Several learners (seeds seed … seed + N − 1): the change in Factdrill's reviews for each, and the median.
	const seeds = Array.from({ length: parsed.seeds }, (_, index) => parsed.options.seed + index);
	const reports = seeds.map((seed) => runSimulation({ ...parsed.options, seed }));
	const changes = compareReports(reports);
	const seconds = (performance.now() - started) / 1000;
	if (parsed.json) {
		console.log(JSON.stringify({ seeds, reports, factdrill_review_change_percent: changes }));
	} else {
		const { questions, days } = parsed.options;
		console.log(`${questions} questions, ${days} days, seeds ${seeds[0]}–${seeds[seeds.length - 1]}: Factdrill's reviews against each baseline's`);
		console.log('');
		console.log('baseline  at the same retention: median (range)  at the same knowledge: median (range)');
		const percent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
		for (const [name, change] of Object.entries(changes)) {
			const cell = (summary: typeof change.same_retention) => `${percent(summary.median)} (${percent(summary.min)} to ${percent(summary.max)})`;
			console.log(`${name.padEnd(8)}  ${cell(change.same_retention).padEnd(37)}  ${cell(change.same_knowledge)}`);
		}
		console.log('');
		console.log(`(${seconds.toFixed(1)} s)`);
	}
	process.exit(0);
}

const report = runSimulation(parsed.options);
const seconds = (performance.now() - started) / 1000;

if (parsed.json) {
	console.log(JSON.stringify(report));
} else {
	const { questions, days, seed } = parsed.options;
	console.log(`${questions} questions, ${days} days, seed ${seed}; learner's memory: FSRS-6 with ts-fsrs's default weights`);
	console.log('');
	console.log('desired  measured  reviews  known');
	for (const target of report.targets) {
		console.log(`${target.desired.toFixed(2).padEnd(7)}  ${target.measured.toFixed(4).padEnd(8)}  ${String(target.reviews).padEnd(7)}  ${target.known.toFixed(1)}`);
	}
	console.log('');
	console.log('baseline  measured  reviews  Factdrill at the same retention  known  Factdrill at the same knowledge');
	for (const [name, baseline] of Object.entries(report.baselines)) {
		const sameRetention = comparison(baseline.factdrill_reviews_at_same_retention, baseline.reviews);
		const sameKnowledge = comparison(baseline.factdrill_reviews_at_same_knowledge, baseline.reviews);
		console.log(`${name.padEnd(8)}  ${baseline.measured.toFixed(4).padEnd(8)}  ${String(baseline.reviews).padEnd(7)}  ${sameRetention.padEnd(31)}  ${baseline.known.toFixed(1).padEnd(5)}  ${sameKnowledge}`);
	}
	console.log('');
	console.log('measured: share of scheduled reviews recalled; reviews: every answer, same-day steps included;');
	const { learningSteps, relearningSteps } = parsed.options;
	console.log(`known: questions the learner would recall on an average day. Every schedule uses the same same-day steps`);
	console.log(`(learning ${learningSteps.join(', ') || 'none'}; relearning ${relearningSteps.join(', ') || 'none'}); only intervals of a day or more differ.`);
	console.log(`(${seconds.toFixed(1)} s)`);
}
