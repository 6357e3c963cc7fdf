import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const simulate = (...args: string[]) => runCli('simulate', args);

// Each test runs the command in a child process; the "cli" project's time limit (vite.config.ts) allows for a busy machine.
describe('npm run simulate', () => {
	it('prints the JSON the issue asks for, with the knowledge figures after', () => {
		const result = simulate('--json', '--questions', '40', '--days', '40');
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.targets.map((target: { desired: number }) => target.desired)).toEqual([0.8, 0.85, 0.9, 0.95]);
		expect(Object.keys(report.baselines)).toEqual(['sm2', 'anki_sm2', 'leitner']);
		expect(report.baselines.sm2.factdrill_reviews_at_same_retention).toBeGreaterThan(0);
	});

	it('with --seeds, prints the median change against each baseline', () => {
		const result = simulate('--questions', '30', '--days', '30', '--seeds', '3', '--seed', '5');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('seeds 5–7');
		expect(result.stdout).toMatch(/^leitner +[+-]\d+\.\d% \(/m);
	});

	it('refuses a bad option in one line, names the allowed range, and exits 1', () => {
		const result = simulate('--seeds', '0');
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('--seeds needs a whole number from 1 to 100 (got 0)');
		expect(simulate('--fast').stderr).toContain('unknown option "--fast"');
	});
});
