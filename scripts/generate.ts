/**
 * npm run generate -- ARTICLE [--out FILE.json] [--title T] [--date YYYY-MM-DD] [--count N] [--all]
 * Reads .txt, .md or .html, writes a question set (stdout without --out). Title, date and publisher come
 * from the article when it gives them. --all lists the sentences left out, with the reason, on stderr.
 * Bad input: one line on stderr, exit 1, nothing written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { validateQuestionSet, formatIssue } from '../src/lib/formats/question-set';
import { readCommandLine } from './cli';
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
}

const USAGE = 'usage: npm run generate -- ARTICLE [--out FILE.json] [--title T] [--date YYYY-MM-DD] [--count N] [--all]';

function readArgs(argv: string[]): Args {
	const { values, positionals } = readCommandLine(
		argv,
		{ out: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, count: { type: 'string' }, all: { type: 'boolean', default: false } },
		USAGE
	);
	if (positionals.length === 0) throw new UsageError(USAGE);
	if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}" (one article at a time)`);
	if (values.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date + 'T00:00:00Z')))) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
	if (values.count !== undefined && (!/^\d+$/.test(values.count) || Number(values.count) < 1 || Number(values.count) > 5000)) throw new UsageError(`--count must be a whole number from 1 to 5000, got "${values.count}"`);
	return { article: positionals[0]!, out: values.out, title: values.title, date: values.date, count: values.count === undefined ? undefined : Number(values.count), all: values.all ?? false };
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
	const args = readArgs(process.argv.slice(2));
	const { text, modified } = readArticle(args.article);
	const problem = describeUnusableText(text);
	if (problem) throw new UsageError(`${args.article}: ${problem}`);
	const result = generateQuestions(text, { articleDate: args.date, count: args.count, includeRejected: args.all });
	if (result.candidates.length === 0) throw new UsageError(`${args.article}: no sentence gave a question that passed the checks`);
	// The article's own details first (its headline, dateline, the publisher it names), the file's name and date last.
	const title = args.title ?? result.details.title ?? basename(args.article, extname(args.article));
	const date = args.date ?? result.details.date ?? modified.toISOString().slice(0, 10);
	const set = toQuestionSet(result, { title, date, ...(result.details.publisher ? { publisher: result.details.publisher } : {}) });
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

try {
	main();
} catch (error) {
	const message = error instanceof UsageError ? error.message : `generate failed: ${(error as Error).message ?? String(error)}`;
	process.stderr.write(message.split('\n')[0] + '\n');
	process.exit(1);
}
