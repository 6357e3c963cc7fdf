/**
 * The browser's storage for this site: whether it is persistent (kept under storage pressure),
 * how much is used, and the request to make it persistent. Small, so every page can load it.
 */

export interface StorageStatus {
	/** null when the browser cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted().catch(() => null) : null,
		storage?.estimate ? storage.estimate().catch(() => null) : null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep Factdrill's data under storage pressure; true when granted. */
export async function askPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return false;
	}
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
