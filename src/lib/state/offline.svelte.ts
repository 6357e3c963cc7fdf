/**
 * Whether the app is saved for offline use, as the service worker reports it (see
 * src/service-worker.ts): nothing until it is known, "saving" on a first visit, then "ready".
 */
import { isOfflineProgress, offlineStatusText, type OfflineRequest, type OfflineStage } from '$lib/core/offline';

class OfflineReadiness {
	stage = $state<OfflineStage | undefined>();

	get text(): string | null {
		return offlineStatusText(this.stage);
	}

	/**
	 * Listens to the service worker and asks it how far it got (which also makes it finish saving
	 * the app); a first visit asks once the new worker has taken over the page.
	 */
	watch(container: ServiceWorkerContainer): void {
		const ask = () => container.controller?.postMessage({ type: 'offline-status' } satisfies OfflineRequest);
		container.addEventListener('message', (event) => {
			if (isOfflineProgress(event.data)) this.stage = event.data.state;
		});
		container.addEventListener('controllerchange', ask);
		ask();
	}

	/**
	 * Registers the service worker (which also checks for a new version) once the page has
	 * loaded, so that its downloads do not compete with the page's own. On a first visit the
	 * status says "saving" while it installs, and says so if installing fails (a browser that
	 * refuses service workers altogether shows no status).
	 */
	async register(url: string, options: RegistrationOptions, container: ServiceWorkerContainer, target: Window = window): Promise<void> {
		if (target.document.readyState !== 'complete') await new Promise((resolve) => target.addEventListener('load', resolve, { once: true }));
		const installing = (await container.register(url, options).catch(() => undefined))?.installing;
		if (!installing || container.controller) return;
		this.stage ??= 'saving';
		installing.addEventListener('statechange', () => {
			if (installing.state === 'redundant' && !container.controller) this.stage = 'incomplete';
		});
	}
}

export const offline = new OfflineReadiness();
