/**
 * `npm run export -- SET.json --to FORMAT --out FILE`: writes a question set as json, csv, anki,
 * quizlet, gift or kahoot (.xlsx). What the format cannot carry is printed as warnings.
 * On bad input: one line on stderr naming the file and the place, exit 1, and no output file.
 */
import { describeProblems, fail, readCommandLine, readInput, writeAtomically } from './cli';
import { EXPORT_FORMATS, describeWarning, exportSet, type ExportFormat } from '../src/lib/formats/export';
import { importSet } from '../src/lib/formats/import';
import { MAX_IMPORT_BYTES } from '../src/lib/formats/text';

const USAGE = `usage: npm run export -- SET.json --to ${EXPORT_FORMATS.join('|')} --out FILE`;


/** The format a file name implies, when --to is absent. */
function formatOf(path: string): ExportFormat | undefined {
	const name = path.toLowerCase();
	if (name.endsWith('.json')) return 'json';
	if (name.endsWith('.csv')) return 'csv';
	if (name.endsWith('.xlsx')) return 'kahoot';
	if (name.endsWith('.gift') || name.endsWith('.gift.txt')) return 'gift';
	return undefined;
}

function readArgs(argv: string[]) {
	const { values, positionals } = readCommandLine(argv, { to: { type: 'string' }, out: { type: 'string' } }, USAGE);
	const { to, out } = values;
	if (positionals.length > 1) fail(`one set file at a time (got "${positionals[0]}" and "${positionals[1]}"); ${USAGE}`);
	const [file] = positionals;
	if (!file || !out) fail(USAGE);
	const format = to ?? formatOf(out);
	if (format === undefined) fail(`say which format to write with --to (${EXPORT_FORMATS.join(', ')})`);
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) fail(`unknown format "${format}" for --to; use one of ${EXPORT_FORMATS.join(', ')}`);
	return { file, out, format: format as ExportFormat };
}

function main(): void {
	const { file, out, format } = readArgs(process.argv.slice(2));
	const bytes = readInput(file, MAX_IMPORT_BYTES);
	// The JSON importer checks size, binary content, nesting and the schema, with line numbers.
	const read = importSet(bytes, { from: 'json' });
	if (!read.ok) {
		fail(describeProblems(file, read.errors, 'not a question set'));
	}

	const exported = exportSet(read.set, format);
	writeAtomically(out, exported.data);
	console.log(`${out}: ${read.set.questions.length} questions written as ${format}`);
	for (const warning of exported.warnings) {
		console.log(`warning: ${describeWarning(read.set, warning)}`);
	}
}

try {
	main();
} catch (error) {
	fail(`export failed: ${(error as Error).message}`);
}
