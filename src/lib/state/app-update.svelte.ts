/**
 * App updates and stale tabs. A new service worker waits until the learner is not in the middle
 * of a session, then the app offers to reload; a tab whose database was upgraded by a newer
 * version in another tab is told to reload instead of failing on its next write.
 */

class AppUpdate {
	/** A new version is installed and waiting to take over. */
	waiting = $state(false);
	/** A study session is running: hold the offer until it ends. */
	busy = $state(false);
	/** Why this tab must reload (its database connection was closed by a newer version), if so. */
	stale = $state<string | undefined>();
	/** Another tab with an older version keeps this one from upgrading. */
	blocked = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	get offer(): boolean {
		return this.waiting && !this.busy && !this.stale;
	}

	/** Watches the service worker registration for a new version that has finished installing. */
	async watch(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): Promise<void> {
		if (!container) return;
		// On a first visit the worker is registered once the page has loaded: wait for it.
		const registration = (await container.getRegistration()) ?? (await container.ready);
		this.#registration = registration;
		// With no controller this is the first install: it takes over at once, nothing to offer.
		const check = () => (this.waiting = registration.waiting !== null && container.controller !== null);
		check();
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', check);
		});
	}

	/** Lets the waiting version take over, and reloads when it has. */
	apply(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): void {
		const waiting = this.#registration?.waiting;
		if (!container || !waiting) return location.reload();
		container.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	markStale(): void {
		this.stale = 'Factdrill was updated in another tab. Reload this page to continue; everything you did here is saved.';
	}
}

export const appUpdate = new AppUpdate();
