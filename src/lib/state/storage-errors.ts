/**
 * What to tell the learner when storage cannot open or refuses a write. Words belong to the state
 * layer: storage (loaded by every page) only raises the errors, named and with a plain message.
 */

/** How to tell the learner why storage refused a write; the write left nothing behind. */
export function describeStorageError(error: unknown): string {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') {
		return 'The device has no storage space left for Factdrill, so nothing was saved. Free some space (or back up and remove sets you no longer study), then try again.';
	}
	if (name === 'AbortError') return 'The browser stopped the save before it finished, so nothing was saved. Try again.';
	if (name === 'StorageUnavailableError') {
		return 'This browser does not let Factdrill store data (IndexedDB is unavailable: private mode or blocked storage). Progress cannot be saved until storage is allowed for this site.';
	}
	if (name === 'ConflictError') {
		const questionId = (error as { questionId?: string }).questionId;
		return `The card ${questionId ? `"${questionId}" ` : ''}was graded elsewhere (another tab?); this grade was not saved.`;
	}
	if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
		return 'The connection to storage closed (Factdrill was updated in another tab?), so nothing was saved. Reload the page.';
	}
	return `Storage refused the change, so nothing was saved (${(error as Error | null)?.message ?? String(error)}).`;
}
