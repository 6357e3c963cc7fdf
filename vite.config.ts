import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that run a command-line script in a subprocess (with tests/helpers/cli.ts). */
const CLI_TESTS = ['tests/**/*cli.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		// Vitest's default of 5 s is tight on a busy 2-core machine, where the heavier tests (the
		// simulated learner, the generator on long articles) run several times slower.
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/generate/**/*.test.ts', 'tests/formats/**/*.test.ts'],
					exclude: [...configDefaults.exclude, ...CLI_TESTS]
				}
			},
			{
				// A subprocess can take many seconds to start on a busy machine: a test fails on its result, not on the clock.
				extends: true,
				test: { name: 'cli', include: CLI_TESTS, testTimeout: 300_000, hookTimeout: 300_000 }
			}
		]
	}
});
