import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in Debian's Chromium through playwright-core. One file at a
// time, since each starts its own server and browser on a 2-core machine.
export default defineConfig({
	// Tests import pure modules from src (formats, to build hostile files); they use SvelteKit's alias.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// expect.poll waits for a state; its default of 1 s is tight on a busy 2-core machine
		// (Playwright's own waits allow 30 s).
		expect: { poll: { timeout: 30_000 } }
	}
});
