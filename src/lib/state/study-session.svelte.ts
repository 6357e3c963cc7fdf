/**
 * One study session over a set: today's queue, the question on screen, the learner's answer and
 * its verdict, the rating, and the summary. Storage and the clock are injected so the same class
 * runs against fake-indexeddb in tests.
 */
import { afterGrade, nextCard, queueCounts, type Queue, type QueueCounts } from '$lib/core/queue';
import { formatInterval, GRADES, Scheduler, State, type CardState, type Grade } from '$lib/core/scheduler';
import { askFor, hintFor, judge, overrule, seedFrom, suggestRating, type Ask, type Judgement, type Response } from '$lib/core/answering';
import type { DayOptions } from '$lib/core/day';
import { answerText, type Question, type QuestionSet } from '$lib/formats/question-set';
import { cardsToDrill, ConflictError, getCards, undoLastReview } from '$lib/storage/db';
import { describeStorageError } from './storage-errors';
import type { Change } from './sync';
import { loadQueue, nextDueAfter, recordReview, type Database, type Settings } from '$lib/storage/db';
import { schedulerSettingsFor } from '$lib/core/settings';

export interface SessionDeps {
	db: Database;
	set: QuestionSet;
	settings: Settings;
	day: DayOptions;
	/** 'study' asks each question in its own type; 'learn' adapts the form to how well it is known. */
	mode?: 'study' | 'learn';
	/** Drill just these questions now, due or not (as from "Drill these" on the statistics page). */
	drill?: readonly string[];
	now?: () => number;
	/** Told after every change to stored data (grade, undo), to tell other tabs. */
	onChange?: (change: Change) => void;
}

/** What it takes to take back one grade. */
interface UndoStep {
	logId: number;
	before: CardState;
	rating: Grade;
	queue: Queue;
	answered: number;
	correct: number;
}

export interface GradeOption {
	rating: Grade;
	/** The wait this grade leads to, e.g. "10m" or "4d". */
	label: string;
}

export interface SessionSummary {
	reviewed: number;
	correct: number;
	answered: number;
	byRating: Record<Grade, number>;
	durationMs: number;
	/** When the next card of this set is due (ms), or null if none is scheduled. */
	nextDue: number | null;
}

export type Phase = 'ask' | 'feedback';

export class StudySession {
	#queue = $state<Queue>({ learning: [], review: [], new: [] });
	#card = $state<CardState | undefined>();
	#ask = $state<Ask | undefined>();
	#phase = $state<Phase>('ask');
	#judgement = $state<Judgement | undefined>();
	#suggested = $state<Grade | undefined>();
	#hint = $state<string | undefined>();
	#saving = $state(false);
	#error = $state<string | undefined>();
	#summary = $state<SessionSummary | undefined>();
	#undo = $state<UndoStep[]>([]);
	#notice = $state<string | undefined>();
	#shownCounts = { answered: 0, correct: 0 };
	#shownAt = 0;
	#answeredAt = 0;
	#startedAt = 0;
	#byRating: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	#reviewed = 0;
	#answered = 0;
	#correct = 0;
	readonly #scheduler: Scheduler;
	readonly #questions: Map<string, Question>;
	readonly #pool: string[];
	readonly #now: () => number;
	readonly mode: 'study' | 'learn';

	constructor(private readonly deps: SessionDeps) {
		this.#now = deps.now ?? Date.now;
		this.mode = deps.mode ?? 'study';
		this.#scheduler = new Scheduler(schedulerSettingsFor(deps.settings, deps.day));
		this.#questions = new Map(deps.set.questions.map((question) => [question.id, question]));
		this.#pool = deps.set.questions.filter((question) => question.type !== 'true_false').map(answerText);
	}

	get card(): CardState | undefined {
		return this.#card;
	}

	get ask(): Ask | undefined {
		return this.#ask;
	}

	get phase(): Phase {
		return this.#phase;
	}

	get judgement(): Judgement | undefined {
		return this.#judgement;
	}

	/** The rating the answer suggests; the learner may pick another before moving on. */
	get suggested(): Grade | undefined {
		return this.#suggested;
	}

	get hint(): string | undefined {
		return this.#hint;
	}

	get saving(): boolean {
		return this.#saving;
	}

	get error(): string | undefined {
		return this.#error;
	}

	get summary(): SessionSummary | undefined {
		return this.#summary;
	}

	/** Whether there is a grade to take back. */
	get canUndo(): boolean {
		return this.#undo.length > 0 && !this.#saving;
	}

	/** What happened that the learner did not do here (a card graded in another tab, an undo). */
	get notice(): string | undefined {
		return this.#notice;
	}

	get counts(): QueueCounts {
		return queueCounts(this.#queue);
	}

	/** The four grades with the interval each leads to, as on Anki's buttons. */
	get options(): GradeOption[] {
		const card = this.#card;
		if (!card) return [];
		const preview = this.#scheduler.preview(card, this.#now());
		return GRADES.map((rating) => ({ rating, label: formatInterval(preview[rating].interval) }));
	}

	async start(): Promise<void> {
		const now = this.#now();
		this.#startedAt = now;
		const queue = this.deps.drill ? await this.#drillQueue(this.deps.drill) : await loadQueue(this.deps.db, this.deps.set.id, now, this.deps.settings, this.deps.day);
		// Cards whose question vanished from the set cannot be studied; leave them out of the session.
		const known = (card: CardState) => this.#questions.has(card.questionId);
		this.#queue = { learning: queue.learning.filter(known), review: queue.review.filter(known), new: queue.new.filter(known) };
		await this.#advance();
	}

	/** The drilled questions in the order given; suspended ones stay out. Grades count as early reviews. */
	async #drillQueue(ids: readonly string[]): Promise<Queue> {
		const queue: Queue = { learning: [], review: [], new: [] };
		for (const card of await cardsToDrill(this.deps.db, this.deps.set.id, ids)) (card.state === State.New ? queue.new : queue.review).push(card);
		return queue;
	}

	/** Flashcards: show the answer, then the learner grades themselves. */
	reveal(): void {
		if (!this.#ask || this.#phase !== 'ask' || this.#saving) return;
		this.#answeredAt = this.#now();
		this.#phase = 'feedback';
	}

	/** Answers the question; the verdict and a suggested rating are shown before moving on. */
	answer(response: Response): void {
		const ask = this.#ask;
		const card = this.#card;
		if (!ask || !card || this.#phase !== 'ask' || this.#saving) return;
		if ('text' in response && response.text.trim() === '') {
			this.#error = 'Type an answer first (or use "Show answer" if you do not know it).';
			return;
		}
		this.#error = undefined;
		this.#answeredAt = this.#now();
		const judgement = judge(ask, { ...response, ...('text' in response ? { hinted: this.#hint !== undefined } : {}) });
		this.#judgement = judgement;
		this.#suggested = suggestRating(judgement, { durationMs: this.#answeredAt - this.#shownAt, stability: card.stability });
		this.#answered++;
		if (judgement.correct) this.#correct++;
		this.#phase = 'feedback';
	}

	/** Gives up on a typed question: counts as wrong and shows the answer. */
	giveUp(): void {
		if (this.#ask?.form !== 'typed' || this.#phase !== 'ask') return;
		this.#answeredAt = this.#now();
		this.#judgement = { correct: false, how: 'wrong', given: '', reason: 'You asked to see the answer.', hinted: false };
		this.#suggested = 1;
		this.#answered++;
		this.#phase = 'feedback';
	}

	/** "I was right": the learner overrules a wrong verdict; the log records it. */
	overrule(): void {
		const judgement = this.#judgement;
		if (!judgement || judgement.correct || this.#phase !== 'feedback' || !judgement.given || this.#ask?.form !== 'typed') return;
		this.#judgement = overrule(judgement);
		this.#correct++;
		this.#suggested = suggestRating(this.#judgement, { durationMs: this.#answeredAt - this.#shownAt, stability: this.#card?.stability ?? 0 });
	}

	showHint(): void {
		if (this.#ask?.form === 'typed' && this.#phase === 'ask') this.#hint = hintFor(this.#ask.answer);
	}

	/** Saves the rating (card state and log entry in one transaction), then shows the next card. */
	async grade(rating: Grade): Promise<void> {
		const card = this.#card;
		const ask = this.#ask;
		if (!card || !ask || this.#phase !== 'feedback' || this.#saving) return;
		this.#saving = true;
		this.#error = undefined;
		this.#notice = undefined;
		const now = this.#now();
		const result = this.#scheduler.grade(card, rating, now);
		const judgement = this.#judgement;
		let logId: number;
		try {
			logId = await recordReview(this.deps.db, {
				setId: card.setId,
				questionId: card.questionId,
				rating,
				reviewedAt: now,
				durationMs: Math.max(0, (this.#answeredAt || now) - this.#shownAt),
				before: $state.snapshot(card) as CardState,
				after: result.card,
				answer: judgement
					? {
							form: ask.form,
							given: judgement.given,
							correct: judgement.correct,
							how: judgement.how,
							overruled: judgement.how === 'overruled',
							hinted: judgement.hinted,
							suggested: this.#suggested ?? rating
						}
					: undefined,
				day: { dayStartHour: this.deps.day.dayStartHour, offsetMinutes: this.deps.day.offsetMinutes },
				retention: this.deps.settings.desiredRetention
			});
		} catch (error) {
			this.#saving = false;
			if (error instanceof ConflictError) return this.#skipGradedElsewhere(card);
			this.#error = `Your answer was not saved: ${describeStorageError(error)}`;
			return;
		}
		this.#undo.push({ logId, before: $state.snapshot(card) as CardState, rating, queue: $state.snapshot(this.#queue) as Queue, ...this.#shownCounts });
		this.deps.onChange?.({ kind: 'review', setId: card.setId });
		this.#reviewed++;
		this.#byRating[rating]++;
		this.#queue = afterGrade(this.#queue, result.card, now, this.deps.day);
		this.#saving = false;
		await this.#advance();
	}

	/** Takes back the last grade: the card's previous state returns and its log entry goes (one transaction); the card is asked again. */
	async undo(): Promise<void> {
		const step = this.#undo.at(-1);
		if (!step || this.#saving) return;
		this.#saving = true;
		this.#error = undefined;
		this.#notice = undefined;
		try {
			await undoLastReview(this.deps.db, step.logId);
		} catch (error) {
			this.#saving = false;
			this.#undo.pop();
			this.#error =
				error instanceof ConflictError
					? 'That grade cannot be taken back: the card was graded again since (in another tab?).'
					: `Undo failed, nothing changed: ${describeStorageError(error)}`;
			return;
		}
		this.#undo.pop();
		this.#queue = step.queue;
		this.#reviewed--;
		this.#byRating[step.rating]--;
		this.#answered = step.answered;
		this.#correct = step.correct;
		this.#summary = undefined;
		this.#saving = false;
		this.#notice = 'Grade taken back: here is the card again.';
		this.deps.onChange?.({ kind: 'undo', setId: step.before.setId });
		await this.#advance(step.before);
	}

	/**
	 * Another tab changed this set: cards graded there move as their stored state says (or leave
	 * today's queue), and a question on screen that was graded there gives way to the next.
	 */
	async refresh(): Promise<void> {
		if (this.#saving || this.#summary) return;
		const stored = new Map((await getCards(this.deps.db, this.deps.set.id)).map((card) => [card.questionId, card]));
		const now = this.#now();
		let queue = this.#queue;
		for (const card of [...queue.learning, ...queue.review, ...queue.new]) {
			const fresh = stored.get(card.questionId);
			if (fresh && fresh.reps === card.reps && fresh.lastReview === card.lastReview) continue;
			queue = fresh
				? afterGrade(queue, fresh, now, this.deps.day)
				: { learning: queue.learning.filter((c) => c !== card), review: queue.review.filter((c) => c !== card), new: queue.new.filter((c) => c !== card) };
		}
		this.#queue = queue;
		const current = this.#card;
		const fresh = current && stored.get(current.questionId);
		if (current && this.#phase === 'ask' && (!fresh || fresh.reps !== current.reps || fresh.lastReview !== current.lastReview)) {
			this.#notice = 'The question on screen was just graded in another tab; here is the next one.';
			await this.#advance();
		}
	}

	async #skipGradedElsewhere(card: CardState): Promise<void> {
		const stored = (await getCards(this.deps.db, card.setId)).find((c) => c.questionId === card.questionId);
		this.#queue = stored
			? afterGrade(this.#queue, stored, this.#now(), this.deps.day)
			: { learning: this.#queue.learning.filter((c) => c.questionId !== card.questionId), review: this.#queue.review.filter((c) => c.questionId !== card.questionId), new: this.#queue.new.filter((c) => c.questionId !== card.questionId) };
		this.#notice = 'This card was already graded in another tab, so that grade counts and yours here was not saved. Moving on.';
		await this.#advance();
	}

	async #advance(show?: CardState): Promise<void> {
		const now = this.#now();
		const card = show ?? nextCard(this.#queue, now);
		this.#shownCounts = { answered: this.#answered, correct: this.#correct };
		this.#phase = 'ask';
		this.#judgement = undefined;
		this.#suggested = undefined;
		this.#hint = undefined;
		this.#answeredAt = 0;
		this.#shownAt = now;
		this.#card = card;
		const question = card && this.#questions.get(card.questionId);
		this.#ask =
			card && question
				? askFor(question, { mode: this.mode, stability: card.stability, seed: seedFrom(card.setId, card.questionId, card.reps), pool: this.#pool })
				: undefined;
		if (!card) {
			this.#summary = {
				reviewed: this.#reviewed,
				correct: this.#correct,
				answered: this.#answered,
				byRating: { ...this.#byRating },
				durationMs: now - this.#startedAt,
				nextDue: await nextDueAfter(this.deps.db, this.deps.set.id, now)
			};
		}
	}
}
