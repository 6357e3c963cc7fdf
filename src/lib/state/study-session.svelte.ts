/**
 * One study session over a set: today's queue, the card on screen, grading, and the summary.
 * Storage and the clock are injected so the same class runs against fake-indexeddb in tests.
 */
import { afterGrade, nextCard, queueCounts, type Queue, type QueueCounts } from '$lib/core/queue';
import { formatInterval, GRADES, Scheduler, DEFAULT_SCHEDULER_SETTINGS, type CardState, type Grade } from '$lib/core/scheduler';
import type { DayOptions } from '$lib/core/day';
import type { Question, QuestionSet } from '$lib/formats/question-set';
import { loadQueue, nextDueAfter, recordReview, type Database, type Settings } from '$lib/storage/db';

export interface SessionDeps {
	db: Database;
	set: QuestionSet;
	settings: Settings;
	day: DayOptions;
	now?: () => number;
}

export interface GradeOption {
	rating: Grade;
	/** The wait this grade leads to, e.g. "10m" or "4d". */
	label: string;
}

export interface SessionSummary {
	reviewed: number;
	byRating: Record<Grade, number>;
	durationMs: number;
	/** When the next card of this set is due (ms), or null if none is scheduled. */
	nextDue: number | null;
}

export class StudySession {
	#queue = $state<Queue>({ learning: [], review: [], new: [] });
	#card = $state<CardState | undefined>();
	#revealed = $state(false);
	#saving = $state(false);
	#error = $state<string | undefined>();
	#summary = $state<SessionSummary | undefined>();
	#shownAt = 0;
	#startedAt = 0;
	#byRating: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	#reviewed = 0;
	readonly #scheduler: Scheduler;
	readonly #questions: Map<string, Question>;
	readonly #now: () => number;

	constructor(private readonly deps: SessionDeps) {
		this.#now = deps.now ?? Date.now;
		this.#scheduler = new Scheduler({
			...DEFAULT_SCHEDULER_SETTINGS,
			...deps.day,
			desiredRetention: deps.settings.desiredRetention
		});
		this.#questions = new Map(deps.set.questions.map((question) => [question.id, question]));
	}

	get card(): CardState | undefined {
		return this.#card;
	}

	get question(): Question | undefined {
		return this.#card && this.#questions.get(this.#card.questionId);
	}

	get revealed(): boolean {
		return this.#revealed;
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
		this.#queue = await loadQueue(this.deps.db, this.deps.set.id, now, this.deps.settings, this.deps.day);
		// Cards whose question vanished from the set cannot be studied; leave them out of the session.
		this.#queue = {
			learning: this.#queue.learning.filter((card) => this.#questions.has(card.questionId)),
			review: this.#queue.review.filter((card) => this.#questions.has(card.questionId)),
			new: this.#queue.new.filter((card) => this.#questions.has(card.questionId))
		};
		await this.#advance();
	}

	reveal(): void {
		if (this.#card && !this.#saving) this.#revealed = true;
	}

	/** Saves the grade (card state and log entry in one transaction), then shows the next card. */
	async grade(rating: Grade): Promise<void> {
		const card = this.#card;
		if (!card || !this.#revealed || this.#saving) return;
		this.#saving = true;
		this.#error = undefined;
		const now = this.#now();
		const result = this.#scheduler.grade(card, rating, now);
		try {
			await recordReview(this.deps.db, {
				setId: card.setId,
				questionId: card.questionId,
				rating,
				reviewedAt: now,
				durationMs: Math.max(0, now - this.#shownAt),
				before: $state.snapshot(card) as CardState,
				after: result.card
			});
		} catch (error) {
			this.#error = `Your answer was not saved: ${(error as Error).message}`;
			this.#saving = false;
			return;
		}
		this.#reviewed++;
		this.#byRating[rating]++;
		this.#queue = afterGrade(this.#queue, result.card, now, this.deps.day);
		this.#saving = false;
		await this.#advance();
	}

	async #advance(): Promise<void> {
		const now = this.#now();
		const card = nextCard(this.#queue, now);
		this.#revealed = false;
		this.#shownAt = now;
		this.#card = card;
		if (!card) {
			this.#summary = {
				reviewed: this.#reviewed,
				byRating: { ...this.#byRating },
				durationMs: now - this.#startedAt,
				nextDue: await nextDueAfter(this.deps.db, this.deps.set.id, now)
			};
		}
	}
}
