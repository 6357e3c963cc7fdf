/**
 * The generate page's state: the article sent to the generator worker, its progress, and the
 * teacher's work on the proposals before the set is saved — accept, reject, edit, ask for more,
 * add questions on a chosen phrase or by hand, and propose again with other settings without
 * losing what was accepted.
 */
import type { GenerateMessage, GenerateRequest } from '$lib/workers/generate.worker';
import type { ArticleDetails, GenerateOptions, GeneratedCandidate, KeyFact, Rejection, Selection } from '$lib/generate';
import { toQuestionSet, type SetMeta } from '$lib/generate/set';
import { validateQuestionSet, formatIssue, type Question, type QuestionSet } from '$lib/formats/question-set';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** Where a proposal came from: the generator's set, "more questions", the teacher's selection, or typed by hand. */
export type Origin = 'generated' | 'more' | 'selection' | 'hand';

export interface Proposal {
	/** Stable key: the generator's question id, or the hand-written question's id. */
	id: string;
	candidate?: GeneratedCandidate;
	/** The question as the teacher left it (edits applied). */
	question: Question;
	decision: Decision;
	origin: Origin;
	edited: boolean;
}

export interface KeyFactCoverage extends KeyFact {
	/** Positions (0-based) of the proposals not rejected that ask about the fact. */
	proposals: number[];
}

export type Status = 'idle' | 'running' | 'done' | 'failed';

export type GenerateSettings = Omit<GenerateOptions, 'onProgress' | 'includeRejected'>;

/** Where the answer sits in the source sentence, as whole words, for highlighting. */
export { highlight } from '$lib/core/present';

type Pending = { resolve: (message: GenerateMessage) => void };

export class ArticleGenerator {
	#status = $state<Status>('idle');
	#stage = $state<'starting' | 'reading' | 'writing'>('starting');
	#fraction = $state(0);
	#error = $state<string | undefined>();
	#proposals = $state<Proposal[]>([]);
	#rejected = $state<Rejection[]>([]);
	#more = $state<GeneratedCandidate[]>([]);
	#keyFacts = $state<KeyFact[]>([]);
	#details = $state<ArticleDetails>({});
	#wordCount = $state(0);
	#text = $state('');
	#settings = $state<GenerateSettings>({});
	#dropped = $state(0);
	#worker: Worker | undefined;
	#job = 0;
	#pending = new Map<number, Pending>();
	#progress = new Map<number, (message: GenerateMessage & { type: 'progress' }) => void>();

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

	/** Title, date and publisher as the article gives them. */
	get details(): ArticleDetails {
		return this.#details;
	}

	get wordCount(): number {
		return this.#wordCount;
	}

	/** The text the proposals were made from. */
	get text(): string {
		return this.#text;
	}

	/** The settings of the last run. */
	get settings(): GenerateSettings {
		return this.#settings;
	}

	/** How many next-ranked questions "more questions" can still add. */
	get moreLeft(): number {
		return this.#more.length;
	}

	/** Accepted or edited questions the last run with other settings no longer proposed. */
	get dropped(): number {
		return this.#dropped;
	}

	/** The article's key facts, each with the proposals (not rejected) that ask about it. */
	get keyFacts(): KeyFactCoverage[] {
		return this.#keyFacts.map((fact) => ({
			...fact,
			proposals: this.#proposals.flatMap((proposal, index) => (proposal.candidate?.fact === fact.id && proposal.decision !== 'rejected' ? [index] : []))
		}));
	}

	/** Every sentence range the generator reported, for cutting the article into sentences. */
	get sentences(): Array<{ start: number; end: number }> {
		return [
			...this.#proposals.flatMap((proposal) => (proposal.candidate ? [proposal.candidate.sentence] : [])),
			...this.#more.map((candidate) => candidate.sentence),
			...this.#keyFacts.map((fact) => fact.sentence),
			...this.#rejected
		];
	}

	#send(request: GenerateRequest extends infer R ? (R extends GenerateRequest ? Omit<R, 'job'> : never) : never, onProgress?: (message: GenerateMessage & { type: 'progress' }) => void): Promise<GenerateMessage> {
		if (!this.#worker) {
			const worker = this.createWorker();
			worker.addEventListener('message', (event: MessageEvent<GenerateMessage>) => {
				const message = event.data;
				if (message.type === 'progress') this.#progress.get(message.job)?.(message);
				else {
					this.#pending.get(message.job)?.resolve(message);
					this.#pending.delete(message.job);
					this.#progress.delete(message.job);
				}
			});
			worker.addEventListener('error', (event: ErrorEvent) => {
				event.preventDefault?.();
				const message = `The generator stopped: ${event.message || 'unknown error'}`;
				for (const [job, pending] of this.#pending) pending.resolve({ job, type: 'error', message });
				this.#pending.clear();
				this.#progress.clear();
				worker.terminate();
				if (this.#worker === worker) this.#worker = undefined;
			});
			this.#worker = worker;
		}
		const job = ++this.#job;
		if (onProgress) this.#progress.set(job, onProgress);
		return new Promise((resolve) => {
			this.#pending.set(job, { resolve });
			// Plain data only: a reactive proxy cannot be sent to a worker.
			this.#worker!.postMessage($state.snapshot({ ...request, job }) as GenerateRequest);
		});
	}

	/**
	 * Proposes questions for the article. For the same text as before (other settings), the
	 * accepted or edited proposals whose question the new run gives again keep the teacher's
	 * decision and edits, and the questions the teacher added are kept.
	 */
	async run(text: string, settings: GenerateSettings = {}): Promise<void> {
		const again = this.#status === 'done' && text === this.#text;
		const kept = again ? this.#proposals.filter((proposal) => proposal.decision === 'accepted' || proposal.edited || proposal.origin === 'hand') : [];
		this.#status = 'running';
		this.#stage = 'starting';
		this.#fraction = 0;
		this.#error = undefined;
		const message = await this.#send({ kind: 'generate', text, options: { ...settings, includeRejected: true } }, (progress) => {
			this.#stage = progress.stage;
			this.#fraction = progress.total > 0 ? progress.done / progress.total : 0;
		});
		if (message.type !== 'result') {
			this.#error = message.type === 'error' ? message.message : 'The generator gave no result.';
			this.#status = 'failed';
			return;
		}
		const { result } = message;
		const keep = new Map(kept.map((proposal) => [proposal.id, proposal]));
		const proposals: Proposal[] = result.candidates.map((candidate) => {
			const old = keep.get(candidate.question.id);
			keep.delete(candidate.question.id);
			return old ? { ...old, candidate } : { id: candidate.question.id, candidate, question: candidate.question, decision: 'pending', origin: 'generated', edited: false };
		});
		let more = result.more;
		let dropped = 0;
		for (const old of keep.values()) {
			const later = more.find((candidate) => candidate.question.id === old.id);
			if (later) {
				more = more.filter((candidate) => candidate !== later);
				proposals.push({ ...old, candidate: later });
			} else if (old.origin === 'hand' || old.origin === 'selection') proposals.push(old);
			else dropped++;
		}
		this.#text = text;
		this.#settings = settings;
		this.#proposals = proposals;
		this.#more = more.filter((candidate) => !proposals.some((proposal) => proposal.id === candidate.question.id));
		this.#keyFacts = result.keyFacts;
		this.#details = result.details;
		this.#wordCount = result.wordCount;
		this.#rejected = result.rejected ?? [];
		this.#dropped = dropped;
		this.#status = 'done';
	}

	/** Adds the next `count` ranked questions; returns how many were added. */
	addMore(count = 3): number {
		const taken = new Set(this.#proposals.map((proposal) => proposal.question.id));
		const next = this.#more.filter((candidate) => !taken.has(candidate.question.id)).slice(0, count);
		this.#more = this.#more.filter((candidate) => !next.includes(candidate) && !taken.has(candidate.question.id));
		for (const candidate of next) this.#proposals.push({ id: candidate.question.id, candidate, question: candidate.question, decision: 'pending', origin: 'more', edited: false });
		return next.length;
	}

	/** The questions with the selected words as the answer (a whole sentence: every question of it), made in the worker. */
	async questionsAbout(selection: Selection): Promise<{ candidates: GeneratedCandidate[]; error?: string }> {
		const { types, articleDate } = this.#settings;
		const message = await this.#send({ kind: 'about', text: this.#text, selection, options: { ...(types ? { types } : {}), ...(articleDate ? { articleDate } : {}) } });
		if (message.type === 'about') return { candidates: message.candidates, ...(message.error ? { error: message.error } : {}) };
		return { candidates: [], error: message.type === 'error' ? message.message : 'the generator gave no answer' };
	}

	/** The position of a proposal asking this question, if there is one. */
	indexOf(questionId: string): number {
		return this.#proposals.findIndex((proposal) => proposal.id === questionId || proposal.question.id === questionId);
	}

	/**
	 * Adds a question the teacher chose (from a selection or a key fact), accepted; returns its
	 * position, or the position it already has.
	 */
	addCandidate(candidate: GeneratedCandidate, origin: Origin = 'selection'): number {
		const existing = this.indexOf(candidate.question.id);
		if (existing >= 0) {
			this.#proposals[existing]!.decision = 'accepted';
			return existing;
		}
		this.#more = this.#more.filter((other) => other.question.id !== candidate.question.id);
		this.#proposals.push({ id: candidate.question.id, candidate, question: candidate.question, decision: 'accepted', origin, edited: false });
		return this.#proposals.length - 1;
	}

	/** The best next-ranked question on a key fact, added; -1 when "more questions" holds none on it. */
	addMoreOn(factId: string): number {
		const candidate = this.#more.find((other) => other.fact === factId);
		return candidate ? this.addCandidate(candidate, 'more') : -1;
	}

	/** Adds a question written by hand, accepted; returns a problem or null. */
	addQuestion(question: Question): string | null {
		const problem = checkQuestion(question);
		if (problem) return problem;
		if (this.indexOf(question.id) >= 0) return `another question already has the id ${question.id}`;
		this.#proposals.push({ id: question.id, question, decision: 'accepted', origin: 'hand', edited: true });
		return null;
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
		const problem = checkQuestion(question);
		if (problem) return problem;
		proposal.question = question;
		proposal.decision = 'accepted';
		proposal.edited = true;
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
		for (const [job, pending] of this.#pending) pending.resolve({ job, type: 'error', message: 'The page was closed.' });
		this.#pending.clear();
	}
}

function checkQuestion(question: Question): string | null {
	const check = validateQuestionSet({ format: 1, id: 'check', title: 'check', language: 'en', source: { title: 't', publisher: 'p', date: '2000-01-01' }, questions: [question] });
	return check.ok ? null : check.issues.map(formatIssue).join('; ');
}
