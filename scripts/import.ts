/**
 * `npm run import -- FILE [--from FORMAT] --out SET.json [--skip-invalid] [--title TITLE] [--id ID]`:
 * converts a JSON, CSV, TSV, Quizlet, Anki or GIFT file into a question-set file.
 * The format is detected from the content when --from is absent. On bad input: one line on
 * stderr naming the file and the place, exit 1, and no output file.
 */
import { describeProblems, fail, readCommandLine, readInput, writeAtomically } from './cli';
import { FORMAT_LABELS, IMPORT_FORMATS, importSet, type Format } from '../src/lib/formats/import';
import { MAX_IMPORT_BYTES } from '../src/lib/formats/text';

const USAGE = `usage: npm run import -- FILE [--from ${IMPORT_FORMATS.join('|')}] --out SET.json [--skip-invalid] [--title TITLE] [--id ID]`;


function readArgs(argv: string[]) {
	const { values, positionals } = readCommandLine(
		argv,
		{ from: { type: 'string' }, out: { type: 'string' }, title: { type: 'string' }, id: { type: 'string' }, 'skip-invalid': { type: 'boolean', default: false } },
		USAGE
	);
	const { from, out, title, id } = values;
	if (from !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(from)) fail(`unknown format "${from}" for --from; use one of ${IMPORT_FORMATS.join(', ')}`);
	if (positionals.length > 1) fail(`one input file at a time (got "${positionals[0]}" and "${positionals[1]}"); ${USAGE}`);
	const [file] = positionals;
	if (!file || !out) fail(USAGE);
	return { file, out, from: from as Format | undefined, title, id, skipInvalid: values['skip-invalid'] };
}

function main(): void {
	const options = readArgs(process.argv.slice(2));
	const { file } = options;
	const bytes = readInput(file, MAX_IMPORT_BYTES);

	const result = importSet(bytes, {
		from: options.from,
		filename: file,
		skipInvalid: options.skipInvalid,
		title: options.title,
		id: options.id
	});
	if (!result.ok) {
		fail(describeProblems(file, result.errors, 'cannot import'));
	}

	writeAtomically(options.out, JSON.stringify(result.set, null, '\t') + '\n');
	const { set, format, skipped, notes } = result;
	console.log(`${options.out}: ${set.questions.length} questions imported from ${FORMAT_LABELS[format]} (${file})`);
	for (const note of notes) console.log(`note: ${file}${note.line !== undefined ? `:${note.line}` : ''}: ${note.message}`);
	for (const skip of skipped) console.log(`skipped: ${file}:${skip.line}${skip.column !== undefined ? `:${skip.column}` : ''}: ${skip.message}`);
}

try {
	main();
} catch (error) {
	fail(`import failed: ${(error as Error).message}`);
}
