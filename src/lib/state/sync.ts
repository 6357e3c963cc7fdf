/**
 * Tells other tabs of this app that stored data changed (a grade, an undo, a set saved, a restore), so their
 * counts and queues follow. BroadcastChannel never delivers to the sender itself.
 */

export interface Change {
	/** What happened: a grade or undo in a set, a set saved (edited, imported, installed) or deleted, the settings saved, or everything (restore, rebuild). */
	kind: 'review' | 'undo' | 'restore' | 'rebuild' | 'sets' | 'settings';
	/** The set concerned; absent when every set may have changed. */
	setId?: string;
}

const CHANNEL = 'factdrill-changes';
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	if (!channel) {
		channel = new BroadcastChannel(CHANNEL);
		// Outside a browser (Node, in tests and scripts) an open channel must not keep the process alive.
		(channel as BroadcastChannel & { unref?: () => void }).unref?.();
	}
	return channel;
}

const here = new Set<(change: Change) => void>();

/** Tells the other tabs, and this tab's listeners of its own writes (sync, which sends them to the server). */
export function broadcastChange(change: Change): void {
	open()?.postMessage(change);
	for (const handler of here) handler(change);
}

/** Calls `handler` for every change this tab announces; returns the unsubscribe function. */
export function onOwnChange(handler: (change: Change) => void): () => void {
	here.add(handler);
	return () => here.delete(handler);
}

/** Calls `handler` for every change another tab announces; returns the unsubscribe function. */
export function onChange(handler: (change: Change) => void): () => void {
	const target = open();
	if (!target) return () => undefined;
	const listener = (event: MessageEvent) => {
		const data = event.data as Partial<Change> | null;
		if (data && typeof data.kind === 'string') handler({ kind: data.kind, ...(typeof data.setId === 'string' ? { setId: data.setId } : {}) } as Change);
	};
	target.addEventListener('message', listener);
	return () => target.removeEventListener('message', listener);
}
