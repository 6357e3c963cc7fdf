/**
 * What the edit page does first, in its load (+page.ts): from the address, the set to edit
 * (`?id=`) or a new set (`?new=1`), opened in a SetEditor; or why there is none. Rendered in the
 * browser only, as every page about one set (see open-set.ts).
 */
import type { Database } from '$lib/storage/db';
import { SET_ID } from '$lib/formats/question-set';
import { SetEditor } from './editor.svelte';
import { getDatabase, syncBuiltins } from './library';

export type OpenedEditor = { ok: true; editor: SetEditor; id?: string } | { ok: false; failure: string };

export const NO_SET_TO_EDIT = 'This address names no set to edit. Open a set and choose Edit, or start a new set.';

export interface OpenEditorDeps {
	database: () => Promise<Database>;
	/** Brings the built-in sets in (see syncBuiltins); what it gives is not used here. */
	sync: () => Promise<unknown>;
}

const appDeps: OpenEditorDeps = { database: getDatabase, sync: () => syncBuiltins() };

/** The editor for the set of id `id`, or for a new set when `isNew` (and no id); the address's words, checked here. */
export async function openEditor(id: string | null, isNew: boolean, deps: OpenEditorDeps = appDeps): Promise<OpenedEditor> {
	const named = id && SET_ID.test(id) ? id : undefined;
	if (!isNew && !named) return { ok: false, failure: NO_SET_TO_EDIT };
	try {
		await deps.sync();
		const editor = new SetEditor({ db: await deps.database() });
		if (named) await editor.open(named);
		else await editor.openNew();
		return { ok: true, editor, id: named };
	} catch (error) {
		return { ok: false, failure: (error as Error).message };
	}
}

/** The edit page's load: `?id=` and `?new=1` only, so nothing else in the address opens the set again. */
export async function loadEditPage(url: URL): Promise<{ opened: OpenedEditor }> {
	return { opened: await openEditor(url.searchParams.get('id'), url.searchParams.get('new') === '1') };
}
