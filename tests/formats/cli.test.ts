import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateQuestionSet } from '../../src/lib/formats/question-set';
import { runCli } from '../helpers/cli';
import { tempFolder } from '../helpers/temp';

const run = (script: 'import' | 'export', ...args: string[]) => runCli(script, args);

const SET = 'questions/shoigu-pyongyang-2023.json';

/** A failed run: exit 1, one line on stderr without a stack trace, and nothing written. */
function expectRefusal(result: ReturnType<typeof run>, dir: string, pattern: RegExp) {
	expect(result.status).toBe(1);
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).toMatch(pattern);
	expect(result.stderr).not.toMatch(/\n\s+at /);
	expect(readdirSync(dir).filter((name) => name.startsWith('out') || name.endsWith('.tmp'))).toEqual([]);
}

// Each run starts tsx afresh (about half a second, far more on a busy machine).
describe('npm run export and npm run import', () => {
	const dir = tempFolder('formats-cli-');

	it('export to every format, import back what imports', () => {
		for (const format of ['json', 'csv', 'anki', 'quizlet', 'gift', 'kahoot']) {
			const file = join(dir, `set.${format}`);
			const exported = run('export', SET, '--to', format, '--out', file);
			expect(exported.status, exported.stderr).toBe(0);
			expect(existsSync(file)).toBe(true);
			if (format === 'kahoot') {
				// Each change is said per question, the question named by its number and text.
				expect(exported.stdout).toMatch(/warning: Question 1, “Who guided [^”]+”: a flashcard became a choice question: "Kim Jong-un" among /);
				expect(exported.stdout).not.toMatch(/q-tour-host/);
				continue;
			}
			const back = join(dir, `back-${format}.json`);
			const imported = run('import', file, '--from', format, '--out', back);
			expect(imported.status, imported.stderr).toBe(0);
			expect(imported.stdout).toMatch(/74 questions imported/);
			expect(validateQuestionSet(JSON.parse(readFileSync(back, 'utf8'))).ok).toBe(true);
		}
	});
});

describe('bad input: exit 1, one line on stderr, no output file', () => {
	const dir = tempFolder('formats-cli-bad-');
	const out = join(dir, 'out.json');
	const write = (name: string, content: string | Uint8Array) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};

	it('missing file', () => {
		expectRefusal(run('import', join(dir, 'nope.csv'), '--out', out), dir, /nope\.csv: no such file$/m);
		expectRefusal(run('export', join(dir, 'nope.json'), '--to', 'csv', '--out', join(dir, 'out.csv')), dir, /nope\.json: no such file$/m);
	});

	it('a folder instead of a file', () => {
		mkdirSync(join(dir, 'folder'), { recursive: true });
		expectRefusal(run('import', join(dir, 'folder'), '--out', out), dir, /folder: is a folder/);
	});

	it('empty file', () => {
		expectRefusal(run('import', write('empty.csv', ''), '--out', out), dir, /empty\.csv: the file is empty$/m);
	});

	it('binary file', () => {
		const bytes = new Uint8Array(256).map((_, i) => i);
		expectRefusal(run('import', write('data.bin', bytes), '--out', out), dir, /data\.bin:1:1: this looks like a binary file/);
	});

	it('file over 20 MB', () => {
		const big = write('big.csv', new Uint8Array(20 * 1024 * 1024 + 10).fill(0x61));
		expectRefusal(run('import', big, '--out', out), dir, /big\.csv: the file is 20\.0 MB; at most 20 MB is accepted/);
	});

	it('unknown format', () => {
		const csv = write('ok.csv', 'prompt,answer\na,b\n');
		expectRefusal(run('import', csv, '--from', 'docx', '--out', out), dir, /unknown format "docx"/);
		expectRefusal(run('export', SET, '--to', 'pdf', '--out', join(dir, 'out.pdf')), dir, /unknown format "pdf"/);
		expectRefusal(run('import', write('prose.txt', 'just words'), '--out', out), dir, /prose\.txt: cannot tell the file's format/);
	});

	it('unbalanced quote and GIFT brace, with line and column', () => {
		expectRefusal(run('import', write('quote.csv', 'prompt,answer\nx,"open\n'), '--out', out), dir, /quote\.csv:2:3: unbalanced quote/);
		expectRefusal(run('import', write('brace.gift', '::a:: Q? {T}\n\n::b:: R? {=x\n'), '--out', out), dir, /brace\.gift:3:10: unbalanced brace/);
	});

	it('invalid set for export, with where and how many problems', () => {
		const set = JSON.parse(readFileSync(SET, 'utf8')) as { questions: Array<Record<string, unknown>> };
		set.questions[0]!.type = 'essay';
		set.questions[1]!.id = set.questions[2]!.id;
		const bad = write('bad.json', JSON.stringify(set, null, '\t'));
		expectRefusal(run('export', bad, '--to', 'gift', '--out', join(dir, 'out.gift')), dir, /bad\.json:\d+:\d+: question "q-tour-host", field "type": .* \(and 1 more problems\)$/m);
	});

	it('missing arguments and an output folder that does not exist', () => {
		expectRefusal(run('import', SET), dir, /^usage: npm run import/);
		expectRefusal(run('export', SET, '--out'), dir, /--out needs a value/);
		const result = run('import', SET, '--out', join(dir, 'no', 'such', 'out.json'));
		expectRefusal(result, dir, /out\.json: cannot write the output file \(no such folder\)/);
	});
});
