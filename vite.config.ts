import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that run a command-line script in a subprocess (with tests/helpers/cli.ts). */
const CLI_TESTS = ['tests/**/*cli.test.ts'];

/**
 * The home page's code in few files: each script file costs a phone's main thread a request, a
 * response, a compile and (when imported apart) a preload link, even from the service worker's
 * cache, and a repeat visit to the home page loaded 28 files. "shell" holds what the layout and the
 * home page import, the framework included (every page loads the layout); "storage" what the home
 * page and the layout load apart. Each group takes what its files import statically, less the
 * groups before it; the route files stay in their pages' own files, and the modules no group takes
 * are split by the pages that use them, as without groups.
 */
const CHUNK_GROUPS: Array<[name: string, files: string[]]> = [
	['shell', ['node_modules/@sveltejs/kit/src/runtime/client/entry.js', 'src/routes/+layout.svelte', 'src/routes/+layout.ts', 'src/routes/+page.svelte']],
	['storage', ['src/lib/state/home-sets.ts', 'src/lib/state/appearance.ts', 'src/lib/state/sync-status.ts']]
];

type ChunkingContext = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

function chunkGroups() {
	const root = (file: string) => fileURLToPath(new URL(file, import.meta.url));
	// The route files themselves stay in their pages' own files.
	const routes = new Set(CHUNK_GROUPS.flatMap(([, files]) => files.filter((file) => file.startsWith('src/routes/')).map(root)));
	// Planned once per build (each build hands its own context).
	let planned: { ctx: ChunkingContext; groupOf: Map<string, string> } | undefined;
	const plan = (ctx: ChunkingContext) => {
		const groupOf = new Map<string, string>();
		// Only the browser's build has SvelteKit's client: the server's build is left as it is.
		if (ctx.getModuleInfo(root(CHUNK_GROUPS[0]![1][0]!))) {
			for (const [name, files] of CHUNK_GROUPS) {
				const queue = files.map(root);
				for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
					const info = groupOf.has(id) ? null : ctx.getModuleInfo(id);
					if (!info) continue;
					groupOf.set(id, name);
					queue.push(...info.importedIds);
				}
			}
			for (const id of routes) groupOf.delete(id);
		}
		planned = { ctx, groupOf };
		return groupOf;
	};
	const groupOf = (id: string, ctx: ChunkingContext) => (planned?.ctx === ctx ? planned.groupOf : plan(ctx)).get(id);
	// An earlier group goes first (higher priority), so a later one never takes its modules.
	return { groups: CHUNK_GROUPS.map(([name], index) => ({ name: (id: string, ctx: ChunkingContext) => (groupOf(id, ctx) === name ? name : null), priority: CHUNK_GROUPS.length - index })) };
}

export default defineConfig({
	plugins: [sveltekit()],
	build: { rolldownOptions: { output: { codeSplitting: chunkGroups() } } },
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
