// Runs every test runner in turn — the type check, the unit and storage tests, the end-to-end
// tests in Chromium, the sync server's tests on both stores — and closes with the total over all
// of them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

const node = process.execPath;
// The runners' JSON reports, removed at the end (also when the run is interrupted).
const dir = mkdtempSync(join(tmpdir(), 'factdrill-test-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		rmSync(dir, { recursive: true, force: true });
		process.exit(128 + constants.signals[signal]);
	});
}
let passed = 0;
let failed = 0;

function run(label, args, env = {}) {
	console.log(`\n=== ${label} ===`);
	return spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function vitest(label, extra, env = {}) {
	const report = join(dir, `${label.replace(/\W+/g, '-')}.json`);
	const status = run(label, ['node_modules/vitest/vitest.mjs', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
	if (!existsSync(report)) {
		console.log(`${label}: the runner stopped before reporting (exit ${status})`);
		failed++;
		return;
	}
	const result = JSON.parse(readFileSync(report, 'utf8'));
	passed += result.numPassedTests;
	// A file that failed to load has no tests to count: count it as one failure.
	let failedHere = result.numFailedTests + result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
	if (result.numTotalTests === 0 || (status !== 0 && failedHere === 0)) failedHere++;
	failed += failedHere;
}

const sync = run('svelte-kit sync', ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync']);
const check = sync === 0 ? run('type check (svelte-check)', ['node_modules/svelte-check/bin/svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']) : 1;
if (check === 0) passed++;
else failed++;

vitest('unit and storage tests', []);
vitest('property tests (fast-check, 10,000 inputs per parser)', ['--config', 'vitest.property.config.ts']);
vitest('end-to-end tests (Chromium)', ['--config', 'vitest.e2e.config.ts']);
// The end-to-end setup has just built the app (the Node server build): the server tests reuse it.
vitest('sync server tests (embedded PGlite and PostgreSQL)', ['--config', 'vitest.server.config.ts'], { SERVER_SKIP_BUILD: '1' });

rmSync(dir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
