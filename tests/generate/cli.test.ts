import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionSet } from '../../src/lib/formats/question-set';
import { runCli } from '../helpers/cli';
import { tempFolder } from '../helpers/temp';

const dir = tempFolder('factdrill-generate-');

const run = (args: string[]) => runCli('generate', args);

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('npm run generate', () => {
	it('writes a valid set from .txt, .md and .html', () => {
		const txt = 'tests/fixtures/articles/sport-marathon-record.txt';
		const out = join(dir, 'sport.json');
		const r = run([txt, '--out', out, '--date', '2023-09-24', '--title', 'Berlin Marathon']);
		expect(r.status).toBe(0);
		const parsed = parseQuestionSet(readFileSync(out, 'utf8'));
		expect(parsed.ok).toBe(true);
		const body = readFileSync(txt, 'utf8');
		const html = file('a.html', `<html><head><style>p{}</style></head><body>${body.split('\n').map((l) => `<p>${l.replace(/'/g, '&#39;')}</p>`).join('')}</body></html>`);
		const fromHtml = run([html, '--date', '2023-09-24']);
		expect(fromHtml.status).toBe(0);
		expect(parseQuestionSet(fromHtml.stdout).ok).toBe(true);
		expect(fromHtml.stdout).not.toMatch(/<p>/);
		const md = file('a.md', `# Berlin\n\n${body.replace(/Grace Wanjiru/g, '**Grace Wanjiru**')}`);
		const fromMd = run([md, '--date', '2023-09-24', '--all']);
		expect(fromMd.status).toBe(0);
		expect(parseQuestionSet(fromMd.stdout).ok).toBe(true);
		expect(fromMd.stderr).toMatch(/^rejected\t/m);
	});

	const bad: Array<[string, () => string[]]> = [
		['empty file', () => [file('empty.txt', '')]],
		['whitespace only', () => [file('blank.txt', '  \n\t \n')]],
		['binary data', () => [file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]))]],
		['no sentences', () => [file('list.txt', '12 34 56\n78 90\n--- ---\n')]],
		['not English', () => [file('de.txt', 'Der Bundeskanzler hat am Mittwoch in Berlin mit den Ministerpräsidenten der Länder über die Finanzierung der Krankenhäuser gesprochen. Die Gespräche sollen im nächsten Monat fortgesetzt werden, sagte eine Sprecherin der Regierung.')]],
		['file over 2 MB', () => [file('big.txt', 'The council met in Paris on Monday. '.repeat(60000))]],
		['missing file', () => [join(dir, 'nope.txt')]],
		['bad flag', () => ['tests/fixtures/articles/sport-marathon-record.txt', '--colour']],
		['bad date', () => ['tests/fixtures/articles/sport-marathon-record.txt', '--date', '24/09/2023']],
		['bad count', () => ['tests/fixtures/articles/sport-marathon-record.txt', '--count', 'many']]
	];
	for (const [name, args] of bad) {
		it(`rejects ${name}: exit 1, one line on stderr, no file written`, () => {
			const out = join(dir, `${name.replace(/\W+/g, '-')}.json`);
			const r = run([...args(), '--out', out]);
			expect(r.status).toBe(1);
			const lines = r.stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(r.stderr).not.toMatch(/\n\s+at /);
			expect(existsSync(out)).toBe(false);
		});
	}
});
