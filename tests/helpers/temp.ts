/** Temporary folders for tests, which leave nothing behind in the system's temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A new folder in the system's temporary folder, removed with everything in it once the tests
 * of the file (or of the describe block it is called in) have run. Call it outside a test.
 */
export function tempFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}
