/**
 * The generate page's state: the article sent to the generator worker, its progress, and the
 * teacher's decision on each candidate (accept, reject, edit) before the set is saved.
 */
import type { GenerateMessage, GenerateRequest } from '$lib/workers/generate.worker';
import type { GeneratedCandidate, Rejection } from '$lib/generate';
import { toQuestionSet, type SetMeta } from '$lib/generate/set';
import { validateQuestionSet, formatIssue, type Question, type QuestionSet } from '$lib/formats/question-set';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface Proposal {
	candidate: GeneratedCandidate;
	/** The question as the teacher left it (edits applied). */
	question: Question;
	decision: Decision;
}

export type Status = 'idle' | 'running' | 'done' | 'failed';

/** Where the answer sits in the source sentence, as whole words, for highlighting. */
export { highlight } from '$lib/core/present';

export class ArticleGenerator {
	#status = $state<Status>('idle');
	#stage = $state<'starting' | 'reading' | 'writing'>('starting');
	#fraction = $state(0);
	#error = $state<string | undefined>();
	#proposals = $state<Proposal[]>([]);
	#rejected = $state<Rejection[]>([]);
	#worker: Worker | undefined;

	constructor(private readonly createWorker: () => Worker) {}

	get status(): Status {
		return this.#status;
	}

	get stage(): string {
		return this.#stage;
	}

	/** 0–1 through the current stage. */
	get fraction(): number {
		return this.#fraction;
	}

	get error(): string | undefined {
		return this.#error;
	}

	get proposals(): Proposal[] {
		return this.#proposals;
	}

	get rejected(): Rejection[] {
		return this.#rejected;
	}

	get accepted(): Proposal[] {
		return this.#proposals.filter((proposal) => proposal.decision === 'accepted');
	}

	run(request: GenerateRequest): Promise<void> {
		this.#worker ??= this.createWorker();
		const worker = this.#worker;
		this.#status = 'running';
		this.#stage = 'starting';
		this.#fraction = 0;
		this.#error = undefined;
		this.#proposals = [];
		this.#rejected = [];
		return new Promise((resolve) => {
			const finish = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				resolve();
			};
			const onMessage = (event: MessageEvent<GenerateMessage>) => {
				const message = event.data;
				if (message.type === 'progress') {
					this.#stage = message.stage;
					this.#fraction = message.total > 0 ? message.done / message.total : 0;
					return;
				}
				if (message.type === 'result') {
					this.#proposals = message.result.candidates.map((candidate) => ({ candidate, question: candidate.question, decision: 'pending' }));
					this.#rejected = message.result.rejected ?? [];
					this.#status = 'done';
				} else {
					this.#error = message.message;
					this.#status = 'failed';
				}
				finish();
			};
			const onError = (event: ErrorEvent) => {
				this.#error = `The generator stopped: ${event.message || 'unknown error'}`;
				this.#status = 'failed';
				this.#worker = undefined;
				finish();
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage(request);
		});
	}

	decide(index: number, decision: Decision): void {
		const proposal = this.#proposals[index];
		if (proposal) proposal.decision = decision;
	}

	acceptAll(): void {
		for (const proposal of this.#proposals) if (proposal.decision === 'pending') proposal.decision = 'accepted';
	}

	/** Replaces a candidate's question with the teacher's edit; returns a problem or null. */
	edit(index: number, question: Question): string | null {
		const proposal = this.#proposals[index];
		if (!proposal) return 'no such question';
		const check = validateQuestionSet({ format: 1, id: 'check', title: 'check', language: 'en', source: { title: 't', publisher: 'p', date: '2000-01-01' }, questions: [question] });
		if (!check.ok) return check.issues.map(formatIssue).join('; ');
		proposal.question = question;
		proposal.decision = 'accepted';
		return null;
	}

	/** The accepted questions as a validated set, or the problems. */
	toSet(meta: SetMeta): { ok: true; set: QuestionSet } | { ok: false; problems: string[] } {
		const accepted = this.accepted;
		if (accepted.length === 0) return { ok: false, problems: ['Accept at least one question first.'] };
		const set = toQuestionSet({ candidates: accepted.map((proposal) => ({ question: $state.snapshot(proposal.question) as Question })) }, meta);
		const result = validateQuestionSet(set);
		return result.ok ? { ok: true, set: result.set } : { ok: false, problems: result.issues.map(formatIssue) };
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
