import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Property tests: every parser fed 10,000 generated inputs each (fast-check). A lane of its own,
// run by `npm test` after the unit tests, because it takes a while.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/property/**/*.test.ts'],
		environment: 'node',
		testTimeout: 600_000
	}
});
