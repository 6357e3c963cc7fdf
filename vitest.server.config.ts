import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Server tests: the sync server's modules in process, and the built Node server over HTTP, each
// against both stores (embedded PGlite and a PostgreSQL server that the setup finds or starts).
// One file at a time: several start servers and a database of their own on a 2-core machine.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/server/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/server/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 180_000,
		hookTimeout: 300_000
	}
});
