/**
 * The settings store: the learner's settings (read through the settings' rules, so a damaged value
 * gives way to its default) and the backup reminder's preferences.
 */
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/default-settings';
import { checkFitted, repairSettings, type SettingsProblem } from '$lib/core/settings-rules';
import { defaultBackupPrefs } from '$lib/core/backup-reminder';
import type { BackupPrefs } from '$lib/core/records';
import type { Database } from './database';

export { DEFAULT_SETTINGS };
export type { Settings };

/** The learner's settings: each stored value that fails the settings' validation gives way to its default. */
export async function getSettings(db: Database): Promise<Settings> {
	return (await readSettings(db)).settings;
}

/** The settings, and what was wrong with the stored ones (for a page to say so, in settings.ts's words, and offer a reset). */
export async function readSettings(db: Database): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
	const [stored, fitted] = await Promise.all([db.get('settings', 'main'), db.get('settings', 'fsrs')]);
	const fittedProblem = fitted ? checkFitted(fitted) : undefined;
	const weights = fitted?.key === 'fsrs' && !fittedProblem ? { weights: fitted.weights } : {};
	// Rows saved by older versions lack the newer settings: the check fills them with defaults.
	const { key: _key, weights: _weights, ...settings } = stored?.key === 'main' ? stored : { key: 'main' };
	const result = repairSettings({ ...settings, ...weights });
	return fittedProblem ? { ...result, problems: [...result.problems, fittedProblem] } : result;
}

export async function putSettings(db: Database, settings: Settings): Promise<void> {
	const { weights: _weights, ...rest } = settings;
	await db.put('settings', { key: 'main', ...rest });
}

export async function getBackupPrefs(db: Database): Promise<BackupPrefs> {
	const stored = await db.get('settings', 'backup');
	return stored?.key === 'backup' ? stored : defaultBackupPrefs();
}

export async function putBackupPrefs(db: Database, prefs: BackupPrefs): Promise<void> {
	await db.put('settings', prefs);
}

