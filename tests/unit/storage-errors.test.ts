import { describe, expect, it } from 'vitest';
import { ConflictError, StorageUnavailableError } from '../../src/lib/storage/db';
import { describeStorageError } from '../../src/lib/state/storage-errors';

describe('what the learner is told when storage fails', () => {
	it('says storage is blocked, in the state layer\'s words, when IndexedDB cannot open', () => {
		const error = new StorageUnavailableError(new Error('SecurityError'));
		expect(describeStorageError(error)).toMatch(/does not let Factdrill store data \(IndexedDB is unavailable: private mode or blocked storage\)/);
		expect(error.message).not.toMatch(/Factdrill/);
	});

	it('names the card another tab graded', () => {
		expect(describeStorageError(new ConflictError('q7'))).toBe('The card "q7" was graded elsewhere (another tab?); this grade was not saved.');
	});

	it('says the device is full when the quota is exceeded', () => {
		expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toMatch(/no storage space left/);
	});
});
