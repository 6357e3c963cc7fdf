/**
 * The ranking model shipped with the generator is the one its judged fixtures fit: a round of
 * verdicts merged without running `npx tsx scripts/fit-ranker.ts` fails here.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

describe('the ranker weights', () => {
	it('are what a fresh fit to the judged candidates gives', () => {
		const run = runCli('fit-ranker', ['--check']);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/ranker-weights\.json matches a fresh fit/);
		expect(run.status).toBe(0);
	});
});
