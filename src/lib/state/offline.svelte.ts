/**
 * Whether the app is saved for offline use, as the service worker reports it (see
 * src/service-worker.ts): nothing until it is known, "saving" on a first visit, then "ready".
 */
import { isOfflineProgress, offlineStatusText, type OfflineRequest, type OfflineStage } from '$lib/core/offline';

class OfflineReadiness {
	stage = $state<OfflineStage | undefined>();
	/** Files saved and files in all, while saving. */
	saved = $state(0);
	total = $state(0);
	online = $state(true);
	#watching = false;

	get text(): string | null {
		return offlineStatusText(this.stage, this.online);
	}

	/** Starts listening to the service worker; call once, in the browser. */
	watch(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker, target: Window = window): void {
		if (this.#watching) return;
		this.#watching = true;
		this.online = target.navigator.onLine;
		target.addEventListener('online', () => {
			this.online = true;
			// Finish what going offline interrupted.
			if (this.stage === 'incomplete') this.#ask(container);
		});
		target.addEventListener('offline', () => (this.online = false));
		if (!container) {
			this.stage = 'unsupported';
			return;
		}
		container.addEventListener('message', (event) => {
			const data: unknown = event.data;
			if (!isOfflineProgress(data)) return;
			this.stage = data.state;
			this.saved = data.saved;
			this.total = data.total;
		});
		// A first visit: the worker installs, then takes over this page and is asked then.
		container.addEventListener('controllerchange', () => this.#ask(container));
		if (container.controller) this.#ask(container);
	}

	/**
	 * Registers the service worker (which also checks for a new version) once the page has
	 * loaded, so that its downloads do not compete with the page's own. On a first visit the
	 * status says "saving" while it installs, and says so if installing fails.
	 */
	async register(url: string, options: RegistrationOptions, container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker, target: Window = window): Promise<void> {
		if (!container) return;
		if (target.document.readyState !== 'complete') await new Promise((resolve) => target.addEventListener('load', resolve, { once: true }));
		let registration: ServiceWorkerRegistration;
		try {
			registration = await container.register(url, options);
		} catch {
			if (!container.controller) this.stage = 'incomplete';
			return;
		}
		const installing = registration.installing;
		if (!installing || container.controller) return;
		this.stage ??= 'saving';
		installing.addEventListener('statechange', () => {
			if (installing.state === 'redundant' && !container.controller) this.stage = 'incomplete';
		});
	}

	#ask(container: ServiceWorkerContainer | undefined): void {
		const request: OfflineRequest = { type: 'offline-status' };
		container?.controller?.postMessage(request);
	}
}

export const offline = new OfflineReadiness();
