import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempFolder } from '../helpers/temp';

const validate = (...files: string[]) => runCli('validate', files);

describe('npm run validate', () => {
	const dir = tempFolder('validate-');

	it('prints OK for the built-in set', () => {
		const result = validate('questions/shoigu-pyongyang-2023.json');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^OK questions\/shoigu-pyongyang-2023\.json \(\d+ questions\)/);
	});

	it('names file, question and field for each problem, and exits 1', () => {
		const bad = join(dir, 'bad.json');
		writeFileSync(
			bad,
			JSON.stringify({
				format: 1,
				id: 'bad-set',
				title: 'Bad',
				language: 'en',
				source: { title: 'A', publisher: 'B', date: '2024-01-01' },
				questions: [
					{ id: 'q1', type: 'multiple_choice', prompt: 'Which?', choices: ['a', 'b'], answer: 5 },
					{ id: 'q2', type: 'cloze', prompt: 'No blank here', answer: 'x' }
				]
			})
		);
		const broken = join(dir, 'broken.json');
		writeFileSync(broken, '{ "format": 1, ');
		const result = validate(bad, broken, 'questions/shoigu-pyongyang-2023.json');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${bad}: question "q1", field "answer": must be the index of the right choice`);
		expect(result.stderr).toContain(`${bad}: question "q2", field "prompt": must contain exactly one blank`);
		expect(result.stderr).toContain(`${broken}: set: not valid JSON`);
		expect(result.stdout).toContain('OK questions/shoigu-pyongyang-2023.json');
		expect(result.stderr).not.toContain('    at ');
	});

	it('reports a missing file in one line', () => {
		const result = validate('no/such/file.json');
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe('no/such/file.json: no such file');
	});
});
