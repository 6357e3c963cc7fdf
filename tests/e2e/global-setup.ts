/**
 * Builds the production app once before the end-to-end tests (skip with E2E_SKIP_BUILD=1 when just
 * built). Vitest sets NODE_ENV=test, which would build the libraries' development code paths; the
 * tests drive what users get.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
	if (process.env.E2E_SKIP_BUILD === '1') return;
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
