import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildManifest, ROOT_ERROR_PAGE } from '../../src/lib/server/module-preloads';

describe('the build', () => {
	it('fails on an invalid set file, naming the file, question and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdrill-build-'));
		try {
			for (const entry of ['src', 'static', 'questions', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) {
				cpSync(entry, join(dir, entry), { recursive: true });
			}
			symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
			writeFileSync(
				join(dir, 'questions', 'broken.json'),
				JSON.stringify({
					format: 1,
					id: 'broken',
					title: 'Broken',
					language: 'en',
					source: { title: 'A', publisher: 'B', date: '2024-01-01' },
					questions: [{ id: 'q-empty', type: 'short_answer', prompt: '', answer: 'x' }]
				})
			);
			const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
			expect(result.status).not.toBe(0);
			expect(result.stdout + result.stderr).toContain('questions/broken.json: question "q-empty", field "prompt": must not be empty');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// A file a page imports but does not preload is asked for only once the page's code runs: a round trip more before it renders.
	it('has every page preload every script file its scripts import, and the error page SvelteKit\'s start imports', () => {
		const manifest = readBuildManifest()!;
		const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
		const pages = readdirSync('.svelte-kit/output/prerendered/pages').filter((name) => name.endsWith('.html'));
		expect(pages).toContain('study.html');
		for (const page of pages) {
			const html = readFileSync(join('.svelte-kit/output/prerendered/pages', page), 'utf8');
			const preloaded = new Set([...html.matchAll(/<link href="\.\/([^"]+)" rel="modulepreload">/g)].map((match) => match[1]!));
			const imported = [...preloaded].flatMap((file) => manifest[keyOf.get(file)!]?.imports ?? []).map((key) => manifest[key]!.file);
			imported.push(manifest[ROOT_ERROR_PAGE]!.file);
			expect({ page, missing: imported.filter((file) => !preloaded.has(file)) }).toEqual({ page, missing: [] });
		}
	});
});
