/**
 * npm run fit-ranker [-- --check | --no-held-out]
 * Fits the ranking model (src/lib/generate/ranker-weights.json) to the blind verdicts kept in
 * tests/fixtures/generator/judged/: a logistic regression of "accepted as is" (A = 1, E = 0.4, R = 0)
 * on each judged candidate's features as the generator computes them now, pulled towards the file's
 * hand-set "prior" weights (an L2 penalty on the distance from them), so that a feature the verdicts
 * say little about keeps a sensible weight. Deterministic: the same verdicts give the same weights. Prints leave-one-article-out log loss against the
 * shipped weights (each article's fit takes a few seconds, so minutes in all; --no-held-out writes
 * the fit without it); --check exits 1 when the shipped file differs from a fresh fit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { allCandidates } from '../src/lib/generate/index';
import { FEATURE_NAMES } from '../src/lib/generate/rank';
import { loadArticles, loadJudged } from '../tests/generate/judged';

const WEIGHTS = 'src/lib/generate/ranker-weights.json';
const TARGET = { A: 1, E: 0.4, R: 0 } as const;
const L2 = 2;

interface Row {
	article: string;
	x: number[];
	y: number;
}

// --no-held-out writes the fit without the article-by-article cross-validation (minutes over the whole corpus).
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, 'no-held-out': { type: 'boolean', default: false } } });

const rows: Row[] = [];
for (const article of loadArticles()) {
	const judged = loadJudged(article.name);
	if (!judged) continue;
	const text = readFileSync(article.path, 'utf8');
	const seen = new Set<string>();
	for (const c of allCandidates(text, article.date ? { articleDate: article.date } : {})) {
		const verdict = judged.questions[c.question.id]?.verdict;
		if (!verdict || seen.has(c.question.id)) continue;
		seen.add(c.question.id);
		rows.push({ article: article.name, x: FEATURE_NAMES.map((f) => c.features[f]), y: TARGET[verdict] });
	}
}

const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as { prior: Record<string, number>; weights: Record<string, number> };
const prior = FEATURE_NAMES.map((f) => file.prior[f] ?? 0);

function fit(data: Row[]): number[] {
	const w = prior.slice();
	const rate = 0.5;
	for (let step = 0; step < 3000; step++) {
		const grad = new Array<number>(w.length).fill(0);
		for (const r of data) {
			const p = sigmoid(dot(w, r.x));
			for (let i = 0; i < w.length; i++) grad[i]! += (p - r.y) * r.x[i]!;
		}
		for (let i = 0; i < w.length; i++) {
			const reg = L2 * (w[i]! - prior[i]!);
			w[i]! -= (rate * (grad[i]! + reg)) / data.length;
		}
	}
	return w.map((v) => Math.round(v * 1000) / 1000);
}

function sigmoid(z: number): number {
	return 1 / (1 + Math.exp(-z));
}

function dot(w: number[], x: number[]): number {
	let z = 0;
	for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
	return z;
}

function logLoss(w: number[], data: Row[]): number {
	let sum = 0;
	for (const r of data) {
		const p = Math.min(1 - 1e-6, Math.max(1e-6, sigmoid(dot(w, r.x))));
		sum -= r.y * Math.log(p) + (1 - r.y) * Math.log(1 - p);
	}
	return sum / Math.max(1, data.length);
}

const articles = [...new Set(rows.map((r) => r.article))];
const articleCount = articles.length;
let heldOut = 0;
let shippedLoss = 0;
// --check compares the shipped file with a fresh fit only; the cross-validation is for reading.
if (values.check || values['no-held-out']) articles.length = 0;
const shippedW = FEATURE_NAMES.map((f) => file.weights[f] ?? 0);
for (const a of articles) {
	const train = rows.filter((r) => r.article !== a);
	const test = rows.filter((r) => r.article === a);
	heldOut += logLoss(fit(train), test) * test.length;
	shippedLoss += logLoss(shippedW, test) * test.length;
}
const w = fit(rows);
const out = {
	fitted: `logistic regression on ${rows.length} judged candidates from ${articleCount} articles (A = 1, E = 0.4, R = 0; L2 ${L2} towards the prior); npm run fit-ranker`,
	prior: file.prior,
	weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, w[i]!]))
};
console.log(`${rows.length} judged candidates from ${articleCount} articles`);
if (!values.check && !values['no-held-out']) console.log(`log loss, each article held out: fitted ${(heldOut / rows.length).toFixed(3)}, shipped weights ${(shippedLoss / rows.length).toFixed(3)}, prior ${logLoss(prior, rows).toFixed(3)}, constant ${logLoss([Math.log(mean(rows) / (1 - mean(rows))), ...new Array(FEATURE_NAMES.length - 1).fill(0)], rows).toFixed(3)}`);
const text = JSON.stringify(out, null, '\t') + '\n';
if (values.check) {
	if (readFileSync(WEIGHTS, 'utf8') !== text) {
		console.error(`${WEIGHTS} is not what the judged fixtures fit: run npm run fit-ranker`);
		process.exit(1);
	}
	console.log(`${WEIGHTS} matches a fresh fit`);
} else {
	writeFileSync(WEIGHTS, text);
	console.log(`wrote ${WEIGHTS}`);
}

function mean(data: Row[]): number {
	return data.reduce((s, r) => s + r.y, 0) / Math.max(1, data.length);
}
