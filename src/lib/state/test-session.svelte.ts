/**
 * Test mode, an exam like Quizlet's Test: a chosen number of questions of chosen types, no
 * feedback until the end, then the score and every mistake. Results are kept per set. The
 * schedule is left alone unless the learner asks for the answers to count as reviews.
 */
import { askFor, judge, seedFrom, shuffle, suggestRating, type Ask, type Judgement, type Response } from '$lib/core/answering';
import { Scheduler } from '$lib/core/scheduler';
import { schedulerSettingsFor } from '$lib/core/settings';
import type { DayOptions } from '$lib/core/day';
import { QUESTION_TYPES, type Question, type QuestionSet, type QuestionType } from '$lib/formats/question-set';
import { ConflictError, getCard, saveTestResult, type Database, type Settings } from '$lib/storage/db';
import { recordGrade, type Announce } from './writes';
import { describeStorageError } from './storage-errors';
import type { TestResult } from '$lib/core/records';

export interface TestOptions {
	count: number;
	types: QuestionType[];
	/** Count the answers as reviews in the schedule. */
	schedule: boolean;
	/** Ask only these questions (a retry of a test's mistakes), whatever their type and the count. */
	only?: readonly string[];
	/** The class's live test this test is taken as: the result says so (and is handed in to it). */
	live?: { classId: string; liveId: string };
}

export interface TestItem {
	question: Question;
	ask: Ask;
	judgement?: Judgement;
	/** Flashcards in a test: the answer was shown and the learner marks whether they knew it. */
	revealed: boolean;
}

/** How many questions of each type a set has, for the test set-up form. */
export function typeCounts(set: QuestionSet): Record<QuestionType, number> {
	const counts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
	for (const question of set.questions) if (question.type in counts) counts[question.type]++;
	return counts;
}

export class TestSession {
	#items = $state<TestItem[]>([]);
	#index = $state(0);
	#result = $state<TestResult | undefined>();
	#error = $state<string | undefined>();
	#notice = $state<string | undefined>();
	#startedAt = 0;
	#shownAt = 0;
	readonly #now: () => number;

	constructor(
		private readonly deps: {
			db: Database;
			set: QuestionSet;
			settings: Settings;
			day: DayOptions;
			now?: () => number;
			seed?: number;
			/** Told after each answer counted in the schedule; by default the other tabs are (writes.ts). */
			onChange?: Announce;
			/** Told after each answer how many of the questions are answered (a live test tells the teacher). */
			onAnswered?: (answered: number, total: number) => void;
			/** Told the result once the test is finished and saved (a live test hands it in). */
			onFinished?: (result: TestResult) => void;
		},
		readonly options: TestOptions
	) {
		this.#now = deps.now ?? Date.now;
		const seed = deps.seed ?? Math.floor(Math.random() * 2 ** 31);
		const only = options.only ? new Set(options.only) : undefined;
		const chosen = only
			? shuffle(
					deps.set.questions.filter((question) => only.has(question.id)),
					seed
				)
			: shuffle(
					deps.set.questions.filter((question) => options.types.includes(question.type)),
					seed
				).slice(0, Math.max(1, options.count));
		this.#items = chosen.map((question) => ({
			question,
			ask: askFor(question, { mode: 'test', stability: 0, seed: seedFrom(seed, question.id) }),
			revealed: false
		}));
		this.#startedAt = this.#now();
		this.#shownAt = this.#startedAt;
	}

	get items(): TestItem[] {
		return this.#items;
	}

	get index(): number {
		return this.#index;
	}

	get current(): TestItem | undefined {
		return this.#result ? undefined : this.#items[this.#index];
	}

	get result(): TestResult | undefined {
		return this.#result;
	}

	get error(): string | undefined {
		return this.#error;
	}

	/** Something the learner should know that is no failure (an answer left out of the schedule because another tab graded the card). */
	get notice(): string | undefined {
		return this.#notice;
	}

	get mistakes(): TestItem[] {
		return this.#items.filter((item) => item.judgement && !item.judgement.correct);
	}

	/** The options for a new test of just this one's mistakes (same schedule choice), or undefined with none. */
	get retryOptions(): TestOptions | undefined {
		const mistakes = this.mistakes;
		if (mistakes.length === 0) return undefined;
		const types = [...new Set(mistakes.map((item) => item.question.type))];
		return { count: mistakes.length, types, schedule: this.options.schedule, only: mistakes.map((item) => item.question.id) };
	}

	/** Flashcards only: show the answer so the learner can say whether they knew it. */
	reveal(): void {
		const item = this.current;
		if (item && item.ask.form === 'flashcard') item.revealed = true;
	}

	async answer(response: Response): Promise<void> {
		const item = this.current;
		if (!item || item.judgement) return;
		if ('text' in response && response.text.trim() === '') {
			this.#error = 'Type an answer first, or choose "Skip" to leave it unanswered.';
			return;
		}
		if ('choices' in response && response.choices.length === 0) {
			this.#error = 'Tick at least one option first, or choose "Skip" to leave it unanswered.';
			return;
		}
		if ('matches' in response && response.matches.every((match) => match < 0)) {
			this.#error = 'Pair at least one item with its match first, or choose "Skip" to leave it unanswered.';
			return;
		}
		if ('order' in response && response.order.length === 0) {
			this.#error = 'Place at least one item first, or choose "Skip" to leave it unanswered.';
			return;
		}
		this.#error = undefined;
		await this.#settle(item, judge(item.ask, response));
	}

	/** Flashcards: the learner says whether they knew the answer. */
	async markSelf(knew: boolean): Promise<void> {
		const item = this.current;
		if (!item || !item.revealed || item.judgement) return;
		await this.#settle(item, { correct: knew, how: knew ? 'exact' : 'wrong', given: knew ? 'Knew it' : "Didn't know", reason: 'Self-graded.', hinted: false });
	}

	/** Leaves the question unanswered: it counts as a mistake. */
	async skip(): Promise<void> {
		const item = this.current;
		if (!item || item.judgement) return;
		await this.#settle(item, { correct: false, how: 'wrong', given: '', reason: 'Skipped.', hinted: false });
	}

	async #settle(item: TestItem, judgement: Judgement): Promise<void> {
		const now = this.#now();
		item.judgement = judgement;
		this.#notice = undefined;
		if (this.options.schedule) {
			try {
				await this.#schedule(item, judgement, now);
			} catch (error) {
				// As in a study session: the other tab's grade counts, this answer stays in the test only.
				if (error instanceof ConflictError) this.#notice = 'This card was just graded in another tab, so that grade counts and this answer was not added to your schedule. It still counts in the test.';
				else this.#error = `This answer was not counted in your schedule: ${describeStorageError(error)}`;
			}
		}
		this.#shownAt = now;
		this.deps.onAnswered?.(this.#index + 1, this.#items.length);
		if (this.#index + 1 < this.#items.length) this.#index++;
		else await this.#finish(now);
	}

	async #schedule(item: TestItem, judgement: Judgement, now: number): Promise<void> {
		const card = await getCard(this.deps.db, this.deps.set.id, item.question.id);
		if (!card) return;
		// The learner's own scheduler: their steps, maximum interval, fuzz and fitted weights.
		const scheduler = new Scheduler(schedulerSettingsFor(this.deps.settings, this.deps.day));
		const rating = suggestRating(judgement, { durationMs: now - this.#shownAt, stability: card.stability });
		const result = scheduler.grade(card, rating, now);
		await recordGrade(
			this.deps.db,
			{
				setId: card.setId,
				questionId: card.questionId,
				rating,
				reviewedAt: now,
				durationMs: now - this.#shownAt,
				before: card,
				after: result.card,
				answer: { form: item.ask.form, given: judgement.given, correct: judgement.correct, how: judgement.how, overruled: false, hinted: false, suggested: rating },
				// As a study session records them, so a rebuild replays this grade the same way.
				day: { dayStartHour: this.deps.day.dayStartHour, offsetMinutes: this.deps.day.offsetMinutes },
				retention: this.deps.settings.desiredRetention
			},
			this.deps.onChange
		);
	}

	async #finish(now: number): Promise<void> {
		const items = this.#items.map((item) => ({
			questionId: item.question.id,
			prompt: item.ask.prompt,
			form: item.ask.form,
			given: item.judgement?.given ?? '',
			correct: item.judgement?.correct ?? false,
			answer: item.ask.answer,
			how: item.judgement?.how ?? 'wrong'
		}));
		const result: Omit<TestResult, 'id'> = {
			setId: this.deps.set.id,
			startedAt: this.#startedAt,
			finishedAt: now,
			types: [...this.options.types],
			total: items.length,
			correct: items.filter((item) => item.correct).length,
			points: this.#items.reduce((sum, item) => sum + creditOf(item.judgement), 0),
			scheduled: this.options.schedule,
			items,
			...(this.options.live ? { live: { ...this.options.live } } : {})
		};
		try {
			const id = await saveTestResult(this.deps.db, result);
			this.#result = { ...result, id };
		} catch (error) {
			this.#result = { ...result };
			this.#error = `The result could not be saved: ${(error as Error).message}`;
		}
		this.deps.onFinished?.(this.#result);
	}
}

/** What an answer earns in a test's score: 1 if right, its share if partly right (select all, matching, ordering), else 0. */
export function creditOf(judgement: Judgement | undefined): number {
	if (!judgement) return 0;
	return judgement.correct ? 1 : (judgement.credit ?? 0);
}
