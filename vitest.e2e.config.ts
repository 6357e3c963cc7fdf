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
		// Every step waits for a state; these are only ceilings, set for a busy 2-core machine where a
		// many-step test can take minutes (a test fails on what it sees, not on the clock).
		testTimeout: 300_000,
		hookTimeout: 300_000,
		// expect.poll's default of 1 s is tight there too (pages get up to 90 s, see harness.ts).
		expect: { poll: { timeout: 60_000 } }
	}
});
