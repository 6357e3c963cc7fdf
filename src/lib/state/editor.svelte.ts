/**
 * The set editor: the draft being edited, its undo list, the autosaved copy in IndexedDB, and
 * saving through `storeSet` (writes.ts), which tells other tabs. Storage, the clock and randomness are injected, so tests run it
 * against fake-indexeddb with fixed values.
 */
import { SvelteSet } from 'svelte/reactivity';
import {
	addChoice,
	asSetDraft,
	blankQuestion,
	changeType,
	copyOfSet,
	draftIssues,
	duplicateQuestion,
	emptySet,
	fromQuestionSet,
	isoDay,
	moveItem,
	newQuestionId,
	newSetId,
	removeChoice,
	slugify,
	toQuestionSet,
	type FieldIssue,
	type QuestionDraft,
	type SetDraft
} from '$lib/core/editing';
import type { QuestionSet, QuestionType } from '$lib/formats/question-set';
import { getSetRow, getSetRows, type Database } from '$lib/storage/db';
import { storeSet } from './writes';
import { deleteDraft, getDraft, saveDraft } from '$lib/storage/drafts';

export interface EditorDeps {
	db: Database;
	now?: () => number;
	random?: () => number;
	/** Wait after the last change before the draft is written (ms). */
	debounceMs?: number;
}

/**
 * - loading: reading storage; missing: no such set; readonly: a built-in set (copy to edit);
 * - restore: an unsaved draft was found and the user chooses; editing: the form.
 */
export type EditorMode = 'loading' | 'missing' | 'readonly' | 'restore' | 'editing';

export type DraftStatus = 'clean' | 'pending' | 'saved' | 'failed';

export interface SaveResult {
	setId: string;
	/** Questions whose answer key changed: their progress starts over. */
	reset: Array<{ id: string; number: number; prompt: string }>;
	added: number;
	removed: number;
}

export const NEW_DRAFT_KEY = 'new';
const draftKey = (setId: string) => `set:${setId}`;

export class SetEditor {
	draft = $state<SetDraft>(emptySet('new', 'q-start', '2000-01-01'));
	/** Question ids whose form is open. */
	readonly expanded = new SvelteSet<string>();
	#mode = $state<EditorMode>('loading');
	#isNew = $state(false);
	#readonlySet = $state.raw<QuestionSet | undefined>();
	#deleted = $state<Array<{ question: QuestionDraft; index: number }>>([]);
	#issues = $state<FieldIssue[]>([]);
	#attempted = $state(false);
	#saving = $state(false);
	#result = $state<SaveResult | undefined>();
	#draftStatus = $state<DraftStatus>('clean');
	#draftSavedAt = $state<number | undefined>();
	#error = $state<string | undefined>();
	#pending: { draft: SetDraft; savedAt: number } | undefined;
	#found = $state<number | undefined>();
	/** The draft as last stored (JSON), to tell unsaved changes from none. */
	#baseline = '';
	/** The draft (JSON) when `changed` last looked, so a call with nothing new does nothing. */
	#lastSeen = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();
	readonly #now: () => number;
	readonly #random: () => number;
	readonly #debounceMs: number;

	constructor(private readonly deps: EditorDeps) {
		this.#now = deps.now ?? Date.now;
		this.#random = deps.random ?? Math.random;
		this.#debounceMs = deps.debounceMs ?? 600;
	}

	get mode(): EditorMode {
		return this.#mode;
	}
	get isNew(): boolean {
		return this.#isNew;
	}
	/** The built-in set shown read-only. */
	get readonlySet(): QuestionSet | undefined {
		return this.#readonlySet;
	}
	/** When the draft offered for restoring was written. */
	get foundDraftAt(): number | undefined {
		return this.#found;
	}
	get canUndo(): boolean {
		return this.#deleted.length > 0;
	}
	/** The last deleted question, for the undo notice. */
	get lastDeleted(): { question: QuestionDraft; index: number } | undefined {
		return this.#deleted.at(-1);
	}
	/** Problems found by the last save attempt; empty once fixed and saved. */
	get issues(): FieldIssue[] {
		return this.#issues;
	}
	/** True after a save was tried: every field's problem is shown, touched or not. */
	get attempted(): boolean {
		return this.#attempted;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get result(): SaveResult | undefined {
		return this.#result;
	}
	get draftStatus(): DraftStatus {
		return this.#draftStatus;
	}
	get draftSavedAt(): number | undefined {
		return this.#draftSavedAt;
	}
	get error(): string | undefined {
		return this.#error;
	}
	get key(): string {
		return this.#isNew ? NEW_DRAFT_KEY : draftKey(this.draft.id);
	}

	/** Starts a new set, or offers the unsaved new set found in storage. */
	async openNew(): Promise<void> {
		this.#isNew = true;
		this.#useDraft(emptySet('new', newQuestionId([], this.#random), isoDay(new Date(this.#now()))));
		this.expanded.add(this.draft.questions[0]!.id);
		this.#baseline = JSON.stringify(this.draft);
		await this.#offerStored(NEW_DRAFT_KEY);
	}

	/** Opens a stored set: read-only if built in; otherwise for editing, offering an unsaved draft if one exists. */
	async open(id: string): Promise<void> {
		const row = await getSetRow(this.deps.db, id);
		if (!row) {
			this.#mode = 'missing';
			return;
		}
		if (row.builtin) {
			this.#readonlySet = row.set;
			this.#mode = 'readonly';
			return;
		}
		this.#isNew = false;
		this.#useDraft(fromQuestionSet(row.set));
		this.#baseline = JSON.stringify(this.draft);
		await this.#offerStored(draftKey(id));
	}

	async #offerStored(key: string): Promise<void> {
		const stored = await getDraft(this.deps.db, key);
		const draft = stored && asSetDraft(stored.draft);
		if (draft && JSON.stringify(draft) !== this.#baseline) {
			this.#pending = { draft, savedAt: stored!.savedAt };
			this.#found = stored!.savedAt;
			this.#mode = 'restore';
		} else {
			if (stored) await deleteDraft(this.deps.db, key);
			this.#mode = 'editing';
		}
	}

	/** Takes up the unsaved draft found when opening. */
	restore(): void {
		if (!this.#pending) return;
		this.#useDraft(this.#pending.draft);
		this.#draftStatus = 'saved';
		this.#draftSavedAt = this.#pending.savedAt;
		this.#pending = undefined;
		this.#mode = 'editing';
	}

	/** Drops the unsaved draft found when opening and edits the stored set. */
	async discard(): Promise<void> {
		this.#pending = undefined;
		await deleteDraft(this.deps.db, this.key);
		this.#mode = 'editing';
	}

	/** Installs a copy of the read-only set as the user's own and returns its id. */
	async makeCopy(): Promise<string> {
		const original = this.#readonlySet;
		if (!original) throw new Error('There is no built-in set open to copy.');
		const taken = (await getSetRows(this.deps.db)).map((row) => row.id);
		// The slug is cut short so the "copy" in the id survives a long title.
		const copy = copyOfSet(original, newSetId(`${slugify(original.title).slice(0, 40)} copy`, taken, this.#random));
		await storeSet(this.deps.db, copy, { builtin: false, now: this.#now() });
		return copy.id;
	}

	#useDraft(draft: SetDraft): void {
		this.draft = draft;
		this.#lastSeen = JSON.stringify(draft);
		this.#deleted = [];
		this.#issues = [];
		this.#attempted = false;
	}

	#ids(): string[] {
		return this.draft.questions.map((question) => question.id);
	}

	/** Adds an empty question of a type at the end (or after `after`) and returns its id. */
	addQuestion(type: QuestionType, after?: number): string {
		const question = blankQuestion(type, newQuestionId(this.#ids(), this.#random));
		const at = after === undefined ? this.draft.questions.length : after + 1;
		this.draft.questions.splice(at, 0, question);
		this.expanded.add(question.id);
		return question.id;
	}

	/** Puts a copy of question `index` right after it and returns the copy's id. */
	duplicate(index: number): string {
		const source = $state.snapshot(this.draft.questions[index]!) as QuestionDraft;
		const copy = duplicateQuestion(source, newQuestionId(this.#ids(), this.#random));
		this.draft.questions.splice(index + 1, 0, copy);
		this.expanded.add(copy.id);
		return copy.id;
	}

	remove(index: number): void {
		const [question] = this.draft.questions.splice(index, 1);
		if (question) this.#deleted.push({ question: $state.snapshot(question) as QuestionDraft, index });
	}

	/** Puts the last deleted question back where it was; returns its index, or undefined if there was none. */
	undo(): number | undefined {
		const last = this.#deleted.pop();
		if (!last) return undefined;
		const index = Math.min(last.index, this.draft.questions.length);
		this.draft.questions.splice(index, 0, last.question);
		return index;
	}

	/** Forgets the deleted questions, closing the undo notice. */
	dismissUndo(): void {
		this.#deleted = [];
	}

	/** Moves question `index` by `delta` places; returns its new index. */
	move(index: number, delta: number): number {
		this.draft.questions = moveItem(this.draft.questions, index, delta);
		return Math.max(0, Math.min(this.draft.questions.length - 1, index + delta));
	}

	setType(index: number, type: QuestionType): void {
		const question = $state.snapshot(this.draft.questions[index]!) as QuestionDraft;
		this.draft.questions[index] = changeType(question, type);
	}

	addChoice(index: number): void {
		addChoice(this.draft.questions[index]!);
	}

	removeChoice(index: number, choice: number): void {
		removeChoice(this.draft.questions[index]!, choice);
	}

	/**
	 * Call after any change: writes the draft to storage once changes pause for `debounceMs`, or
	 * removes it when the form is back to the stored set.
	 */
	changed(): void {
		if (this.#mode !== 'editing') return;
		const json = JSON.stringify(this.draft);
		if (json === this.#lastSeen) return;
		this.#lastSeen = json;
		if (json !== this.#baseline) this.#result = undefined;
		if (this.#attempted) this.#issues = draftIssues(this.draft);
		clearTimeout(this.#timer);
		this.#draftStatus = 'pending';
		this.#timer = setTimeout(() => void this.flush(), this.#debounceMs);
	}

	/** Writes the pending draft now (on leaving the page, before saving). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.#mode !== 'editing' || this.#draftStatus !== 'pending') return this.#writing;
		const json = JSON.stringify(this.draft);
		const key = this.key;
		const setId = this.draft.id;
		const savedAt = this.#now();
		this.#writing = this.#writing.then(async () => {
			try {
				if (json === this.#baseline) {
					await deleteDraft(this.deps.db, key);
					this.#draftStatus = 'clean';
				} else {
					await saveDraft(this.deps.db, { key, setId, draft: JSON.parse(json), savedAt });
					this.#draftStatus = 'saved';
					this.#draftSavedAt = savedAt;
				}
			} catch (error) {
				this.#draftStatus = 'failed';
				this.#error = `The draft could not be kept on this device: ${(error as Error).message}`;
			}
		});
		return this.#writing;
	}

	/**
	 * Validates the whole set and, if it is valid, stores it (keeping the progress of questions
	 * whose id and answer are unchanged). Writes nothing when there is a problem.
	 */
	async save(): Promise<SaveResult | undefined> {
		if (this.#mode !== 'editing' || this.#saving) return undefined;
		this.#attempted = true;
		this.#error = undefined;
		clearTimeout(this.#timer);
		await this.#writing;
		this.#saving = true;
		try {
			const oldKey = this.key;
			let id = this.draft.id;
			if (this.#isNew) {
				const taken = (await getSetRows(this.deps.db)).map((row) => row.id);
				id = newSetId(this.draft.title, taken, this.#random);
			}
			const candidate = { ...toQuestionSet($state.snapshot(this.draft) as SetDraft), id };
			this.#issues = draftIssues({ ...this.draft, id });
			if (this.#issues.length > 0) {
				for (const issue of this.#issues) if (issue.questionId && issue.question !== undefined) this.expanded.add(this.draft.questions[issue.question]!.id);
				this.#draftStatus = 'pending';
				await this.flush();
				return undefined;
			}
			const report = await storeSet(this.deps.db, candidate, { builtin: false, now: this.#now() });
			this.draft.id = id;
			this.#isNew = false;
			this.#baseline = this.#lastSeen = JSON.stringify(this.draft);
			await deleteDraft(this.deps.db, oldKey);
			this.#draftStatus = 'clean';
			this.#attempted = false;
			this.#deleted = [];
			const numbers = new Map(candidate.questions.map((question, index) => [question.id, index + 1]));
			this.#result = {
				setId: id,
				added: report.added,
				removed: report.removed,
				reset: report.reset.map((questionId) => ({
					id: questionId,
					number: numbers.get(questionId) ?? 0,
					prompt: candidate.questions.find((question) => question.id === questionId)?.prompt ?? ''
				}))
			};
			return this.#result;
		} catch (error) {
			this.#error = `The set was not saved: ${(error as Error).message}`;
			return undefined;
		} finally {
			this.#saving = false;
		}
	}
}
