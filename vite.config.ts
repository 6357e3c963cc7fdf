import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/generate/**/*.test.ts', 'tests/formats/**/*.test.ts'],
		environment: 'node'
	}
});
