/**
 * What to tell the learner when storage refuses a write. Words belong to the state layer: storage
 * (loaded by every page) only raises the errors.
 */

/** How to tell the learner why storage refused a write; the write left nothing behind. */
export function describeStorageError(error: unknown): string {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') {
		return 'The device has no storage space left for Factdrill, so nothing was saved. Free some space (or back up and remove sets you no longer study), then try again.';
	}
	if (name === 'AbortError') return 'The browser stopped the save before it finished, so nothing was saved. Try again.';
	if (name === 'ConflictError' || name === 'StorageUnavailableError') return (error as Error).message;
	if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
		return 'The connection to storage closed (Factdrill was updated in another tab?), so nothing was saved. Reload the page.';
	}
	return `Storage refused the change, so nothing was saved (${(error as Error | null)?.message ?? String(error)}).`;
}
