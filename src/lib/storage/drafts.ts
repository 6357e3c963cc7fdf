/** The editor's autosaved drafts (schema version 3). */
import type { Database, DraftRow } from './database';

export type { DraftRow };

export async function saveDraft(db: Database, row: DraftRow): Promise<void> {
	await db.put('drafts', row);
}

export async function getDraft(db: Database, key: string): Promise<DraftRow | undefined> {
	return db.get('drafts', key);
}

export async function deleteDraft(db: Database, key: string): Promise<void> {
	await db.delete('drafts', key);
}

