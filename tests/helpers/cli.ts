/**
 * The command-line scripts, run in tests as `npm run <script>` runs them: Node with tsx, in a
 * subprocess. Tests that use this form their own Vitest project ("cli", see vite.config.ts) with
 * a generous time limit: starting a subprocess can take many seconds on a busy machine.
 */
import { spawnSync } from 'node:child_process';

/** A run that takes longer is stopped and its test fails, so a script that hangs cannot stall the tests. */
export const CLI_RUN_LIMIT_MS = 120_000;

export interface CliRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `scripts/<script>.ts` with `args` and waits for it to end. */
export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
	const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		timeout: CLI_RUN_LIMIT_MS,
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.error) throw new Error(`npm run ${script} -- ${args.join(' ')}: ${result.error.message}`);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
