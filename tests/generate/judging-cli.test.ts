/**
 * `npx tsx scripts/judging.ts coverage DIR` and `merge DIR`: a coverage judge says which proposed
 * questions cover an article's key facts, and the answer is filed in the article's fixture, checked
 * against its packet first. Run on a fixtures folder of the test's own (FACTDRILL_JUDGED_DIR).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/lib/generate/index';
import { runCli } from '../helpers/cli';

const ARTICLE = [
	'Calder Bridge Reopens After Repairs',
	'',
	'The Calder Bridge in Leeds reopened on Saturday, May 4, 2024, after a repair that cost $8.5 million and took 14 months.',
	'Engineers from the Harbor Works company replaced 240 steel cables and 1,200 tonnes of concrete.',
	'The bridge carries about 30,000 vehicles a day, the city council said.'
].join('\n');
const DATE = '2024-05-06';

let root: string;
let env: Record<string, string>;
let ids: string[];
const judgedFile = () => join(root, 'judged', 'bridge.json');
const judged = () => JSON.parse(readFileSync(judgedFile(), 'utf8')) as { keyFacts: Array<{ fact: string; coveredBy: string[] }> };

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'factdrill-judging-'));
	env = { FACTDRILL_JUDGED_DIR: root };
	mkdirSync(join(root, 'judged'));
	writeFileSync(join(root, 'bridge.txt'), ARTICLE);
	writeFileSync(join(root, 'articles.json'), JSON.stringify({ articles: [{ name: 'bridge', path: join(root, 'bridge.txt'), set: 'develop', date: DATE }] }));
	ids = generateQuestions(ARTICLE, { articleDate: DATE }).candidates.map((c) => c.question.id);
	const questions = Object.fromEntries([...ids, 'q-earlier'].map((id) => [id, { type: 'true_false', prompt: id, answer: 'true', verdict: 'A', reason: 'made for the test' }]));
	// An earlier judge credited a question no longer proposed ("q-earlier") and, wrongly, the first proposed one.
	const keyFacts = [
		{ fact: 'The bridge reopened on May 4, 2024, after a $8.5 million repair', coveredBy: ['q-earlier', ids[0]!] },
		{ fact: 'Engineers replaced 240 steel cables', coveredBy: [] }
	];
	writeFileSync(judgedFile(), JSON.stringify({ article: 'bridge', questions, keyFacts }, null, '\t') + '\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a coverage round', () => {
	it('writes a packet with the article, its key facts and the proposed questions', () => {
		expect(ids.length).toBeGreaterThan(1);
		const run = runCli('judging', ['coverage', join(root, 'c1')], env);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const packet = readFileSync(join(root, 'c1', 'bridge.md'), 'utf8');
		expect(packet).toContain('replaced 240 steel cables');
		expect(packet).toContain('1. The bridge reopened on May 4, 2024');
		for (const id of ids) expect(packet).toContain(`### ${id}`);
		// The judge gets the rubric and a brief that names the answer's file and shape.
		expect(readFileSync(join(root, 'c1', 'RUBRIC.md'), 'utf8')).toMatch(/accept as is/);
		expect(readFileSync(join(root, 'c1', 'BRIEF.md'), 'utf8')).toMatch(/NAME\.coverage\.json[\s\S]*"coveredBy"/);
	});

	it('refuses an answer that does not fit the packet, naming the file and the fault, and writes nothing', () => {
		const before = readFileSync(judgedFile(), 'utf8');
		writeFileSync(join(root, 'c1', 'bridge.coverage.json'), JSON.stringify({ keyFacts: [{ fact: 'The bridge reopened on May 4, 2024, after a $8.5 million repair', coveredBy: [ids[1]] }] }));
		const short = runCli('judging', ['merge', join(root, 'c1')], env);
		expect(short.status).toBe(1);
		expect(short.stderr).toMatch(/bridge\.coverage\.json: expected 2 key facts, found 1/);
		writeFileSync(join(root, 'c1', 'bridge.coverage.json'), JSON.stringify({ keyFacts: [{ fact: 'The bridge reopened on May 4, 2024, after a $8.5 million repair', coveredBy: ['q-unknown'] }, { fact: 'Engineers replaced 240 steel cables', coveredBy: [] }] }));
		const unknown = runCli('judging', ['merge', join(root, 'c1')], env);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toMatch(/key fact 1: question q-unknown was not in the packet/);
		expect(readFileSync(judgedFile(), 'utf8')).toBe(before);
	});

	it('files the answer: its word on the packet’s questions replaces the earlier judge’s, the earlier credit to other questions stays', () => {
		writeFileSync(join(root, 'c1', 'bridge.coverage.json'), JSON.stringify({ keyFacts: [{ fact: 'The bridge reopened on May 4, 2024, after a $8.5 million repair', coveredBy: [ids[1]] }, { fact: 'Engineers replaced 240 steel cables', coveredBy: [ids[0]] }] }));
		const run = runCli('judging', ['merge', join(root, 'c1')], env);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/bridge: coverage of 2 key facts/);
		expect(judged().keyFacts).toEqual([
			{ fact: 'The bridge reopened on May 4, 2024, after a $8.5 million repair', coveredBy: ['q-earlier', ids[1]] },
			{ fact: 'Engineers replaced 240 steel cables', coveredBy: [ids[0]] }
		]);
		expect(existsSync(join(root, 'c1', 'bridge.meta.json'))).toBe(true);
	});
});
