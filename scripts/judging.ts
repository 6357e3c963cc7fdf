/**
 * Blind judging of the generator on real articles (tests/fixtures/generator/).
 *
 *   npx tsx scripts/judging.ts packet DIR [--more N] [--only a,b]  write one judging packet per article
 *   npx tsx scripts/judging.ts coverage DIR [--only a,b]            one packet per article: which proposed questions cover its key facts
 *   npx tsx scripts/judging.ts merge DIR                            keep the judges' verdicts (and coverage) as fixtures
 *   npx tsx scripts/judging.ts report [--json]                      the judged table, article by article
 *
 * A packet holds only what a teacher judging blind needs: the article, and each question as a student
 * sees it with its answer key; the folder gets the rubric and the brief (tests/fixtures/generator/briefs/). The judge (someone who did not write the generator) answers with
 * DIR/NAME.verdicts.json; `merge` files those verdicts under the questions' ids, which come from the
 * questions' content, so a verdict stays with its question however the generator changes elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Question } from '../src/lib/formats/question-set';
import { allCandidates, generateQuestions, type GeneratedCandidate } from '../src/lib/generate/index';
import { judgedAs, judgedPath, loadArticles, loadJudged, scoreArticle, type Judged, type Verdict } from '../tests/generate/judged';

/** What a judge is asked to do, and the shape of the answer (copied into each folder as BRIEF.md). */
const BRIEFS = 'tests/fixtures/generator/briefs';

const [command, ...rest] = process.argv.slice(2);

try {
	if (command === 'packet') packet(rest);
	else if (command === 'coverage') coverage(rest);
	else if (command === 'merge') merge(rest);
	else if (command === 'report') report(rest);
	else usage();
} catch (e) {
	console.error(`judging ${command}: ${(e as Error).message}`);
	process.exit(1);
}

function usage(): never {
	console.error('usage: npx tsx scripts/judging.ts packet DIR [--more N] [--only a,b] | coverage DIR [--only a,b] | merge DIR | report [--json]');
	process.exit(1);
}

function describe(q: Question): string {
	const lines = [`Type: ${q.type.replace('_', ' ')}`, `Prompt: ${q.prompt}`];
	switch (q.type) {
		case 'multiple_choice':
			q.choices.forEach((c, i) => lines.push(`  ${String.fromCharCode(65 + i)}. ${c}${i === q.answer ? '   <- right answer' : ''}`));
			break;
		case 'select_all':
			q.choices.forEach((c, i) => lines.push(`  [${q.answer.includes(i) ? 'x' : ' '}] ${c}${q.answer.includes(i) ? '   <- right (select all that apply)' : ''}`));
			break;
		case 'matching':
			lines.push('Pairs to match (shown shuffled):');
			q.items.forEach((item, i) => lines.push(`  ${item}  ->  ${q.answer[i]}`));
			break;
		case 'ordering':
			lines.push('Right order (shown shuffled):');
			q.answer.forEach((item, i) => lines.push(`  ${i + 1}. ${item}`));
			break;
		case 'true_false':
			lines.push(`Answer: ${q.answer ? 'True' : 'False'}`);
			break;
		case 'numeric':
			lines.push(`Answer (typed number): ${q.answer}${q.unit ? ` ${q.unit}` : ''}${q.tolerance ? ` (accepted within ±${q.tolerance})` : ''}`);
			break;
		case 'date':
			lines.push(`Answer (typed date, to this precision): ${q.answer}`);
			break;
		default:
			lines.push(`Answer (typed): ${q.answer}${'accepted' in q && q.accepted?.length ? ` (also accepted: ${q.accepted.join('; ')})` : ''}`);
	}
	if (q.attribution) lines.push(`Attributed to: ${q.attribution}`);
	return lines.join('\n');
}

function packet(argv: string[]): void {
	const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { more: { type: 'string', default: '6' }, only: { type: 'string' } } });
	const dir = positionals[0];
	if (!dir) throw new Error('packet needs a folder');
	mkdirSync(dir, { recursive: true });
	const only = values.only ? new Set(values.only.split(',')) : undefined;
	const rubric = readFileSync('../shared/QUESTION-RUBRIC.md', 'utf8');
	writeFileSync(join(dir, 'RUBRIC.md'), rubric);
	writeFileSync(join(dir, 'BRIEF.md'), readFileSync(join(BRIEFS, 'JUDGE.md'), 'utf8'));
	for (const article of loadArticles()) {
		if (only && !only.has(article.name)) continue;
		const text = readFileSync(article.path, 'utf8');
		const result = generateQuestions(text, article.date ? { articleDate: article.date } : {});
		const judged = loadJudged(article.name);
		// The default set, then the best of the rest (at most two a sentence), so that the ranker learns from more than the set.
		const picked = new Set(result.candidates.map((c) => c.question.id));
		const perSentence = new Map<number, number>();
		const extra: Array<Pick<GeneratedCandidate, 'question' | 'sentence'>> = [];
		for (const c of allCandidates(text, article.date ? { articleDate: article.date } : {}).sort((a, b) => b.score - a.score)) {
			const start = c.question.provenance?.start ?? -1;
			if (extra.length >= Number(values.more) || picked.has(c.question.id) || (perSentence.get(start) ?? 0) >= 2) continue;
			picked.add(c.question.id);
			perSentence.set(start, (perSentence.get(start) ?? 0) + 1);
			extra.push({ question: c.question, sentence: { text: '', start, end: start } });
		}
		const all: Array<Pick<GeneratedCandidate, 'question' | 'sentence'>> = [...result.candidates, ...extra].sort((a, b) => a.sentence.start - b.sentence.start);
		const fresh = all.filter((c) => !judgedAs(judged, c.question));
		const known = all.filter((c) => judgedAs(judged, c.question));
		const questions = fresh.map((c) => `### ${c.question.id}\n${describe(c.question)}`).join('\n\n');
		// Each with the verdict it was given, so that coverage counts the same questions as the verdicts do.
		const context = known.map((c) => `### ${c.question.id} (already judged ${judgedAs(judged, c.question)!.verdict}: do not rate it again; use it only when listing which questions cover each key fact)\n${describe(c.question)}`).join('\n\n');
		writeFileSync(
			join(dir, `${article.name}.md`),
			`# Article: ${article.name}\n\n${text.trim()}\n\n---\n\n# Questions to judge (${fresh.length})\n\n${questions}\n${known.length ? `\n---\n\n# Questions already judged (${known.length}), for key-fact coverage only\n\n${context}\n` : ''}`
		);
		writeFileSync(join(dir, `${article.name}.meta.json`), JSON.stringify({ article: article.name, default: result.candidates.map((c) => c.question.id), questions: Object.fromEntries(all.map((c) => [c.question.id, summary(c.question)])), previouslyJudged: Object.keys(judged?.questions ?? {}).length }, null, '\t'));
	}
	console.log(`packets written to ${dir}`);
}

/**
 * A packet that asks only which of the proposed questions cover the article's key facts, as an earlier
 * judge listed them. The proposed set changes as the generator does (a fact asked as a number where it
 * was a multiple-choice question before); an earlier judge could credit only the questions it saw.
 */
function coverage(argv: string[]): void {
	const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { only: { type: 'string' } } });
	const dir = positionals[0];
	if (!dir) throw new Error('coverage needs a folder');
	mkdirSync(dir, { recursive: true });
	const only = values.only ? new Set(values.only.split(',')) : undefined;
	writeFileSync(join(dir, 'RUBRIC.md'), readFileSync('../shared/QUESTION-RUBRIC.md', 'utf8'));
	writeFileSync(join(dir, 'BRIEF.md'), readFileSync(join(BRIEFS, 'COVERAGE.md'), 'utf8'));
	for (const article of loadArticles()) {
		if (only && !only.has(article.name)) continue;
		const judged = loadJudged(article.name);
		if (!judged || judged.keyFacts.length === 0) continue;
		const text = readFileSync(article.path, 'utf8');
		const result = generateQuestions(text, article.date ? { articleDate: article.date } : {});
		const facts = judged.keyFacts.map((k, i) => `${i + 1}. ${k.fact}`).join('\n');
		const questions = result.candidates.map((c) => `### ${c.question.id}\n${describe(c.question)}`).join('\n\n');
		writeFileSync(join(dir, `${article.name}.md`), `# Article: ${article.name}\n\n${text.trim()}\n\n---\n\n# Key facts (${judged.keyFacts.length})\n\n${facts}\n\n---\n\n# Questions (${result.candidates.length})\n\n${questions}\n`);
		writeFileSync(join(dir, `${article.name}.meta.json`), JSON.stringify({ article: article.name, keyFacts: judged.keyFacts.map((k) => k.fact), questions: Object.fromEntries(result.candidates.map((c) => [c.question.id, summary(c.question)])) }, null, '\t'));
	}
	console.log(`coverage packets written to ${dir}`);
}

function summary(q: Question): { type: string; prompt: string; answer: string; choices?: string[] } {
	const answer = q.type === 'multiple_choice' ? q.choices[q.answer]! : String(q.answer);
	return { type: q.type, prompt: q.prompt, answer, ...(q.type === 'multiple_choice' ? { choices: q.choices } : {}) };
}

interface VerdictFile {
	questions: Array<{ id: string; verdict: Verdict; reason: string }>;
	keyFacts: Array<{ fact: string; coveredBy: string[] }>;
}

/**
 * Files the judges' answers in DIR as fixtures: verdicts (NAME.verdicts.json) and coverage
 * (NAME.coverage.json). Every answer is checked first; one that does not fit its packet stops the
 * merge with the file and the fault named, and no fixture is written.
 */
function merge(argv: string[]): void {
	const dir = argv[0];
	if (!dir) throw new Error('merge needs a folder');
	const updates: Array<{ name: string; judged: Judged; note: string }> = [];
	for (const article of loadArticles()) {
		const covered = mergeCoverage(dir, article.name);
		const file = join(dir, `${article.name}.verdicts.json`);
		const metaFile = join(dir, `${article.name}.meta.json`);
		if (!existsSync(file) || !existsSync(metaFile)) {
			if (covered) updates.push({ name: article.name, judged: covered, note: `coverage of ${covered.keyFacts.length} key facts` });
			continue;
		}
		const verdicts = readJson<VerdictFile>(file);
		const meta = readJson<{ questions: Record<string, ReturnType<typeof summary>> }>(metaFile);
		const judged: Judged = covered ?? loadJudged(article.name) ?? { article: article.name, questions: {}, keyFacts: [] };
		// A question judged before keeps its verdict, unless its options have changed since (judged again).
		const same = (id: string) => JSON.stringify(judged.questions[id]?.choices ?? null) === JSON.stringify(meta.questions[id]?.choices ?? null);
		const known = new Set(Object.keys(judged.questions).filter(same));
		for (const v of verdicts.questions) {
			if (known.has(v.id)) continue;
			const q = meta.questions[v.id];
			if (!q) throw new Error(`${file}: question ${v.id} was not in the packet`);
			if (!['A', 'E', 'R'].includes(v.verdict)) throw new Error(`${file}: question ${v.id}: verdict must be A, E or R`);
			judged.questions[v.id] = { ...q, verdict: v.verdict, reason: v.reason };
		}
		// The latest judge's key facts replace the earlier list; their coverage is kept per question id.
		judged.keyFacts = verdicts.keyFacts.map((k) => ({ fact: k.fact, coveredBy: k.coveredBy.filter((id) => judged.questions[id]) }));
		updates.push({ name: article.name, judged, note: `${verdicts.questions.length} verdicts` });
	}
	for (const { name, judged, note } of updates) {
		writeFileSync(judgedPath(name), JSON.stringify(judged, null, '\t') + '\n');
		console.log(`${name}: ${note}`);
	}
}

function readJson<T>(file: string): T {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch (e) {
		throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
	}
}

interface CoverageFile {
	keyFacts: Array<{ fact: string; coveredBy: string[] }>;
}

/**
 * A coverage judge's answer, checked against its packet: for the questions of the packet, its word
 * replaces the earlier judge's; the credit given to questions it did not see stays. The key facts
 * themselves do not change. Returns the updated fixture (not yet written), or nothing without an answer.
 */
function mergeCoverage(dir: string, name: string): Judged | undefined {
	const file = join(dir, `${name}.coverage.json`);
	const metaFile = join(dir, `${name}.meta.json`);
	if (!existsSync(file) || !existsSync(metaFile)) return undefined;
	const answer = readJson<CoverageFile>(file);
	const meta = readJson<{ keyFacts: string[]; questions: Record<string, unknown> }>(metaFile);
	const judged = loadJudged(name);
	if (!judged) throw new Error(`${file}: ${name} has no judged fixture`);
	if (JSON.stringify(judged.keyFacts.map((k) => k.fact)) !== JSON.stringify(meta.keyFacts)) throw new Error(`${file}: the key facts changed since the packet was written`);
	if (!Array.isArray(answer.keyFacts) || answer.keyFacts.length !== meta.keyFacts.length) throw new Error(`${file}: expected ${meta.keyFacts.length} key facts, found ${Array.isArray(answer.keyFacts) ? answer.keyFacts.length : 'none'}`);
	const shown = new Set(Object.keys(meta.questions));
	answer.keyFacts.forEach((k, i) => {
		if (k.fact !== meta.keyFacts[i]) throw new Error(`${file}: key fact ${i + 1} is not the packet's ("${meta.keyFacts[i]}")`);
		if (!Array.isArray(k.coveredBy)) throw new Error(`${file}: key fact ${i + 1}: coveredBy must be a list of question ids`);
		const unknown = k.coveredBy.find((id) => !shown.has(id));
		if (unknown) throw new Error(`${file}: key fact ${i + 1}: question ${unknown} was not in the packet`);
	});
	return { ...judged, keyFacts: judged.keyFacts.map((k, i) => ({ fact: k.fact, coveredBy: [...new Set([...k.coveredBy.filter((id) => !shown.has(id)), ...answer.keyFacts[i]!.coveredBy.filter((id) => judged.questions[id])])] })) };
}

function report(argv: string[]): void {
	const json = argv.includes('--json');
	const rows = [];
	for (const article of loadArticles()) {
		const judged = loadJudged(article.name);
		if (!judged) continue;
		const text = readFileSync(article.path, 'utf8');
		const result = generateQuestions(text, article.date ? { articleDate: article.date } : {});
		const statements = result.candidates.filter((c) => c.question.type === 'true_false').map((c) => c.question.type === 'true_false' && c.question.answer);
		rows.push({ ...scoreArticle(judged, result.candidates.map((c) => c.question), result.wordCount), set: article.set, trueFalse: statements.length, keyedTrue: statements.filter(Boolean).length });
	}
	if (json) {
		console.log(JSON.stringify(rows, null, '\t'));
		return;
	}
	const pad = (s: string | number, n: number) => String(s).padEnd(n);
	console.log(`${pad('article', 14)}${pad('set', 9)}${pad('words', 7)}${pad('qs', 5)}${pad('A', 4)}${pad('E', 4)}${pad('R', 4)}${pad('?', 4)}${pad('key facts', 11)}words/q`);
	for (const set of ['develop', 'holdout', 'all']) {
		const group = rows.filter((r) => set === 'all' || r.set === set);
		if (set !== 'all') for (const r of group) console.log(`${pad(r.article, 14)}${pad(r.set, 9)}${pad(r.words, 7)}${pad(r.questions, 5)}${pad(r.A, 4)}${pad(r.E, 4)}${pad(r.R, 4)}${pad(r.unjudged, 4)}${pad(`${r.keyFactsCovered}/${r.keyFacts}`, 11)}${(r.words / Math.max(1, r.questions)).toFixed(0)}`);
		const sum = (k: 'A' | 'E' | 'R' | 'questions' | 'words' | 'keyFacts' | 'keyFactsCovered' | 'unjudged' | 'trueFalse' | 'keyedTrue') => group.reduce((s, r) => s + r[k], 0);
		const judgedCount = sum('A') + sum('E') + sum('R');
		console.log(`${set.toUpperCase()}: ${sum('questions')} questions, A ${pct(sum('A'), judgedCount)}, usable ${pct(sum('A') + sum('E'), judgedCount)}, R ${sum('R')}, unjudged ${sum('unjudged')}, key facts ${pct(sum('keyFactsCovered'), sum('keyFacts'))}, one question per ${(sum('words') / Math.max(1, sum('questions'))).toFixed(0)} words; true/false ${sum('trueFalse')}, ${sum('keyedTrue')} of them keyed True\n`);
	}
}

function pct(a: number, b: number): string {
	return b === 0 ? '–' : `${Math.round((100 * a) / b)}%`;
}
