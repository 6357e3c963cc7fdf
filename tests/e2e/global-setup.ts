/** Builds the production app once before the end-to-end tests (skip with E2E_SKIP_BUILD=1 when just built). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
	if (process.env.E2E_SKIP_BUILD === '1') return;
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
