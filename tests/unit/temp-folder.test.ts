import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp';

describe('a test\'s temporary folder', () => {
	let folder = '';

	describe('while its tests run', () => {
		folder = tempFolder('factdrill-temp-check-');

		it('is there to write in', () => {
			writeFileSync(join(folder, 'note.txt'), 'written by a test');
			expect(existsSync(join(folder, 'note.txt'))).toBe(true);
		});
	});

	it('is gone, with what was written in it, once they have run', () => {
		expect(folder).not.toBe('');
		expect(existsSync(folder)).toBe(false);
	});
});
