/**
 * `npm run validate -- FILE...`: checks question-set files against the schema.
 * Prints "OK file (N questions)" per valid file, or one line per problem naming the file,
 * question and field; exits 1 if any file has a problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatIssue, parseQuestionSet } from '../src/lib/formats/question-set';
import { fail, readCommandLine } from './cli';

const MAX_BYTES = 20 * 1024 * 1024;

const USAGE = 'usage: npm run validate -- FILE.json [FILE.json ...]';
const files = readCommandLine(process.argv.slice(2), {}, USAGE).positionals;
if (files.length === 0) fail(USAGE);

let bad = 0;
for (const file of files) {
	let text: string;
	try {
		const size = statSync(file).size;
		if (size > MAX_BYTES) throw new Error(`file is ${Math.round(size / 1024 / 1024)} MB; at most 20 MB is accepted`);
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		console.error(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message}`);
		bad++;
		continue;
	}
	const result = parseQuestionSet(text);
	if (result.ok) {
		console.log(`OK ${file} (${result.set.questions.length} questions)`);
	} else {
		bad++;
		for (const issue of result.issues) console.error(`${file}: ${formatIssue(issue)}`);
	}
}
process.exit(bad > 0 ? 1 : 0);
