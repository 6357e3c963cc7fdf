/**
 * Theme and reduced motion from the learner's settings, applied as data attributes on <html>
 * (app.css reads them); "system" leaves the choice to the device.
 */
import type { Settings } from '$lib/core/settings';
import { getSettings } from '$lib/storage/preferences';
import { getDatabase } from './library';

export function applyAppearance(settings: Pick<Settings, 'theme' | 'reduceMotion'>, root: HTMLElement = document.documentElement): void {
	if (settings.theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = settings.theme;
	if (settings.reduceMotion) root.dataset.motion = 'reduce';
	else delete root.dataset.motion;
}

/** Applies the stored settings; storage being unavailable leaves the device's defaults. */
export async function applyStoredAppearance(): Promise<void> {
	try {
		applyAppearance(await getSettings(await getDatabase()));
	} catch {
		// The pages themselves report unavailable storage.
	}
}
