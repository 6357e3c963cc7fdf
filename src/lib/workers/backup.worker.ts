/**
 * The backup page's heavy work off the main thread (see src/lib/state/backup-job.ts): reading,
 * checking and planning a backup file, restoring it and making one. IndexedDB works in a worker
 * as on the page; this worker keeps its own connection.
 */
import { BackupJob, type BackupMessage, type BackupRequest } from '$lib/state/backup-job';
import { DB_NAME, openDatabase } from '$lib/storage/db';

const post = (message: BackupMessage) => (self as unknown as Worker).postMessage(message);

// A newer version of the app in another tab closes this connection: the next request opens a new one.
const job: BackupJob = new BackupJob(() => openDatabase(DB_NAME, { onVersionChange: () => job.forgetDatabase() }), post);

// One request at a time, in order: a plan never runs into a restore.
let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<BackupRequest>) => {
	queue = queue.then(() => job.handle(event.data));
});
