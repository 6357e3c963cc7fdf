/**
 * npm run generate -- ARTICLE [--out FILE.json] [--title T] [--date YYYY-MM-DD] [--count N] [--all]
 * Reads .txt, .md or .html, writes a question set (stdout without --out). --all lists rejected candidates on stderr.
 * Bad input: one line on stderr, exit 1, nothing written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { validateQuestionSet, formatIssue } from '../src/lib/formats/question-set';
import { describeUnusableText, generateQuestions, htmlToText, markdownToText, toQuestionSet } from '../src/lib/generate/index';

const MAX_BYTES = 2 * 1024 * 1024;

class UsageError extends Error {}

interface Args {
	article: string;
	out?: string;
	title?: string;
	date?: string;
	count?: number;
	all: boolean;
	seed: number;
}

function parseArgs(argv: string[]): Args {
	const args: Partial<Args> = { all: false, seed: 1 };
	const value = (i: number, flag: string) => {
		const v = argv[i + 1];
		if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
		return v;
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--out') args.out = value(i++, a);
		else if (a === '--title') args.title = value(i++, a);
		else if (a === '--date') {
			const d = value(i++, a);
			if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d + 'T00:00:00Z'))) throw new UsageError(`--date must be YYYY-MM-DD, got "${d}"`);
			args.date = d;
		} else if (a === '--count') {
			const n = value(i++, a);
			if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 5000) throw new UsageError(`--count must be a whole number from 1 to 5000, got "${n}"`);
			args.count = Number(n);
		} else if (a === '--seed') {
			const n = value(i++, a);
			if (!/^\d+$/.test(n)) throw new UsageError(`--seed must be a whole number, got "${n}"`);
			args.seed = Number(n);
		} else if (a === '--all') args.all = true;
		else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
		else if (args.article === undefined) args.article = a;
		else throw new UsageError(`unexpected argument "${a}" (one article at a time)`);
	}
	if (!args.article) throw new UsageError('usage: npm run generate -- ARTICLE [--out FILE.json] [--title T] [--date YYYY-MM-DD] [--count N] [--all]');
	return args as Args;
}

function readArticle(path: string): { text: string; modified: Date } {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new UsageError(`cannot read ${path}: no such file`);
	}
	if (!stat.isFile()) throw new UsageError(`${path} is not a file`);
	if (stat.size > MAX_BYTES) throw new UsageError(`${path} is larger than 2 MB (${Math.round(stat.size / 1024)} KB)`);
	const bytes = readFileSync(path);
	if (bytes.includes(0)) throw new UsageError(`${path} looks binary, not text`);
	const raw = bytes.toString('utf8');
	const ext = extname(path).toLowerCase();
	const text = ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)\b/i.test(raw) ? htmlToText(raw) : ext === '.md' || ext === '.markdown' ? markdownToText(raw) : raw;
	return { text, modified: stat.mtime };
}

function main(): void {
	const args = parseArgs(process.argv.slice(2));
	const { text, modified } = readArticle(args.article);
	const problem = describeUnusableText(text);
	if (problem) throw new UsageError(`${args.article}: ${problem}`);
	const result = generateQuestions(text, { seed: args.seed, articleDate: args.date, count: args.count, includeRejected: args.all });
	if (result.candidates.length === 0) throw new UsageError(`${args.article}: no sentence gave a question that passed the checks`);
	const title = args.title ?? firstLine(text) ?? basename(args.article, extname(args.article));
	const date = args.date ?? modified.toISOString().slice(0, 10);
	const set = toQuestionSet(result, { title, date });
	const checked = validateQuestionSet(set);
	if (!checked.ok) throw new UsageError(`generated set is invalid: ${formatIssue(checked.issues[0]!)}`);
	const json = JSON.stringify(set, null, '\t') + '\n';
	if (args.all) {
		for (const r of result.rejected ?? []) process.stderr.write(`rejected\t${r.start}-${r.end}\t${r.reason}\t${r.text.replace(/\s+/g, ' ').slice(0, 160)}\n`);
	}
	if (args.out) {
		writeFileSync(args.out, json);
		process.stderr.write(`wrote ${set.questions.length} questions to ${args.out}\n`);
	} else process.stdout.write(json);
}

/** A short first line without a full stop reads as the headline. */
function firstLine(text: string): string | undefined {
	const line = text.split('\n').find((l) => l.trim() !== '')?.trim();
	return line && line.length <= 200 && !/[.!?]$/.test(line) ? line : undefined;
}

try {
	main();
} catch (error) {
	const message = error instanceof UsageError ? error.message : `generate failed: ${(error as Error).message ?? String(error)}`;
	process.stderr.write(message.split('\n')[0] + '\n');
	process.exit(1);
}
