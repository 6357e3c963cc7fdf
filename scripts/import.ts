/**
 * `npm run import -- FILE [--from FORMAT] --out SET.json [--skip-invalid] [--title TITLE] [--id ID]`:
 * converts a JSON, CSV, TSV, Quizlet, Anki or GIFT file into a question-set file.
 * The format is detected from the content when --from is absent. On bad input: one line on
 * stderr naming the file and the place, exit 1, and no output file.
 */
import { describeProblems, fail, readInput, writeAtomically } from './cli';
import { FORMAT_LABELS, IMPORT_FORMATS, importSet, type Format } from '../src/lib/formats/import';
import { MAX_IMPORT_BYTES } from '../src/lib/formats/text';

const USAGE = `usage: npm run import -- FILE [--from ${IMPORT_FORMATS.join('|')}] --out SET.json [--skip-invalid] [--title TITLE] [--id ID]`;


function parseArgs(argv: string[]) {
	const options: { file?: string; from?: Format; out?: string; skipInvalid: boolean; title?: string; id?: string } = { skipInvalid: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const next = argv[++i];
			if (next === undefined || next.startsWith('--')) fail(`${arg} needs a value; ${USAGE}`);
			return next;
		};
		if (arg === '--from') {
			const from = value();
			if (!(IMPORT_FORMATS as readonly string[]).includes(from)) fail(`unknown format "${from}" for --from; use one of ${IMPORT_FORMATS.join(', ')}`);
			options.from = from as Format;
		} else if (arg === '--out') options.out = value();
		else if (arg === '--title') options.title = value();
		else if (arg === '--id') options.id = value();
		else if (arg === '--skip-invalid') options.skipInvalid = true;
		else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`);
		else if (options.file === undefined) options.file = arg;
		else fail(`one input file at a time (got "${options.file}" and "${arg}"); ${USAGE}`);
	}
	if (!options.file || !options.out) fail(USAGE);
	return options as typeof options & { file: string; out: string };
}

function main(): void {
	const options = parseArgs(process.argv.slice(2));
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
