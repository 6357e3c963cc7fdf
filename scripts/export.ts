/**
 * `npm run export -- SET.json --to FORMAT --out FILE`: writes a question set as json, csv, anki,
 * quizlet, gift or kahoot (.xlsx). What the format cannot carry is printed as warnings.
 * On bad input: one line on stderr naming the file and the place, exit 1, and no output file.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXPORT_FORMATS, exportSet, type ExportFormat } from '../src/lib/formats/export';
import { importSet } from '../src/lib/formats/import';
import { MAX_IMPORT_BYTES } from '../src/lib/formats/text';

const USAGE = `usage: npm run export -- SET.json --to ${EXPORT_FORMATS.join('|')} --out FILE`;

function fail(message: string): never {
	console.error(message.replace(/\s*\n\s*/g, ' '));
	process.exit(1);
}

/** The format a file name implies, when --to is absent. */
function formatOf(path: string): ExportFormat | undefined {
	const name = path.toLowerCase();
	if (name.endsWith('.json')) return 'json';
	if (name.endsWith('.csv')) return 'csv';
	if (name.endsWith('.xlsx')) return 'kahoot';
	if (name.endsWith('.gift') || name.endsWith('.gift.txt')) return 'gift';
	return undefined;
}

function parseArgs(argv: string[]) {
	let file: string | undefined;
	let to: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const next = argv[++i];
			if (next === undefined || next.startsWith('--')) fail(`${arg} needs a value; ${USAGE}`);
			return next;
		};
		if (arg === '--to') to = value();
		else if (arg === '--out') out = value();
		else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`);
		else if (file === undefined) file = arg;
		else fail(`one set file at a time (got "${file}" and "${arg}"); ${USAGE}`);
	}
	if (!file || !out) fail(USAGE);
	const format = to ?? formatOf(out);
	if (format === undefined) fail(`say which format to write with --to (${EXPORT_FORMATS.join(', ')})`);
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) fail(`unknown format "${format}" for --to; use one of ${EXPORT_FORMATS.join(', ')}`);
	return { file, out, format: format as ExportFormat };
}

/** Writes to a temporary file beside `path`, then renames: a failed run never leaves a half file. */
function writeAtomically(path: string, data: string | Uint8Array): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, data);
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		const code = (error as NodeJS.ErrnoException).code;
		fail(`${path}: cannot write the output file (${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message})`);
	}
}

function main(): void {
	const { file, out, format } = parseArgs(process.argv.slice(2));
	let bytes: Uint8Array;
	try {
		const stat = statSync(file);
		if (stat.isDirectory()) fail(`${file}: is a folder, not a file`);
		if (stat.size > MAX_IMPORT_BYTES) fail(`${file}: the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; at most 20 MB is accepted`);
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
	}
	// The JSON importer checks size, binary content, nesting and the schema, with line numbers.
	const read = importSet(bytes, { from: 'json' });
	if (!read.ok) {
		const [first] = read.errors;
		const where = first?.line !== undefined ? `:${first.line}${first.column !== undefined ? `:${first.column}` : ''}` : '';
		const more = read.errors.length > 1 ? ` (and ${read.errors.length - 1} more problems)` : '';
		fail(`${file}${where}: ${first?.message ?? 'not a question set'}${more}`);
	}

	const exported = exportSet(read.set, format);
	writeAtomically(out, exported.data);
	console.log(`${out}: ${read.set.questions.length} questions written as ${format}`);
	for (const warning of exported.warnings) {
		console.log(`warning: ${warning.questionId ? `question "${warning.questionId}": ` : ''}${warning.message}`);
	}
}

try {
	main();
} catch (error) {
	fail(`export failed: ${(error as Error).message}`);
}
