/**
 * What the commands share: reading the command line, one-line failures (exit 1, no stack trace),
 * reading an input file with a size limit, and writing the output only whole.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TextProblem } from '../src/lib/formats/text';

export function fail(message: string): never {
	console.error(message.replace(/\s*\n\s*/g, ' '));
	process.exit(1);
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line read by node:util's parseArgs (options, then the file names), or a one-line
 * failure naming the option at fault ("--out needs a value", "unknown option "--fast"") and the usage.
 */
export function readCommandLine<const T extends OptionsConfig>(argv: string[], options: T, usage: string) {
	try {
		return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
	} catch (error) {
		const { code, message } = error as { code?: string; message: string };
		const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(`unknown option "${option}"; ${usage}`);
		// "--seed -5" is refused as ambiguous ("-5" could be an option): "--seed=-5" says it.
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') fail(`${option} needs a value (one that starts with "-" is written ${option}=VALUE); ${usage}`);
		fail(`${message.split('\n')[0]}; ${usage}`);
	}
}

/** The file's bytes, or a one-line failure naming it (missing, a folder, too large, unreadable). */
export function readInput(file: string, maxBytes: number): Uint8Array {
	try {
		const stat = statSync(file);
		if (stat.isDirectory()) fail(`${file}: is a folder, not a file`);
		if (stat.size > maxBytes) fail(`${file}: the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; at most ${Math.round(maxBytes / 1024 / 1024)} MB is accepted`);
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
	}
}

/** "file:line:column: first problem (and N more problems)". */
export function describeProblems(file: string, problems: readonly TextProblem[], fallback: string): string {
	const [first] = problems;
	const where = first?.line !== undefined ? `:${first.line}${first.column !== undefined ? `:${first.column}` : ''}` : '';
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
	return `${file}${where}: ${first?.message ?? fallback}${more}`;
}

/** Writes to a temporary file beside `path`, then renames: a failed run never leaves a half file. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
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
