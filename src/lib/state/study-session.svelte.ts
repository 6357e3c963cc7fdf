/**
 * One study session over a set: today's queue, the question on screen, the learner's answer and
 * its verdict, the rating, and the summary. Storage and the clock are injected so the same class
 * runs against fake-indexeddb in tests.
 */
import { afterGrade, factsOfSet, nextCard, queueCounts, spreadNew, type Facts, type Queue, type QueueCounts } from '$lib/core/queue';
import { formatInterval, GRADES, Rating, Scheduler, State, type CardState, type Grade } from '$lib/core/scheduler';
import { askFor, gaveUp, hintFor, judge, overrule, seedFrom, shuffle, suggestRating, type Ask, type Judgement, type Response } from '$lib/core/answering';
import { DAY, nextDayStart, type DayOptions } from '$lib/core/day';
import { missedToday, summarizeReviews, type DaySummary } from '$lib/core/summary';
import { AHEAD_DAYS, practiceAgain, type StudyMore } from '$lib/core/study-more';
import { answerText, type Question, type QuestionSet } from '$lib/formats/question-set';
import { cardsToDrill, ConflictError, getCards, todaysProgress, todaysReviews } from '$lib/storage/db';
import { countCards, dueBetween, loadAheadQueue } from '$lib/storage/study';
import { describeStorageError } from './storage-errors';
import type { Change } from './sync';
import { loadQueue, nextDueAfter, type Database, type Settings } from '$lib/storage/db';
import { recordGrade, takeBackGrade } from './writes';
import type { LogEntry, LogEntryId } from '$lib/core/records';
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
	/** Study more once today's work is done: more new questions, reviews ahead, or practice that saves nothing. */
	more?: StudyMore;
	/** Shuffles a practice round (default: the clock). */
	seed?: number;
	now?: () => number;
	/** Told after every change to stored data (grade, undo); by default the other tabs are (writes.ts). */
	onChange?: (change: Change) => void;
}

/** What it takes to take back one grade: its log entry (none in practice) and the session as it was. */
interface UndoStep {
	logId?: LogEntryId;
	before: CardState;
	queue: Queue;
	practice?: PracticeTally;
}

export interface GradeOption {
	rating: Grade;
	/** The button's name when it is not the grade's ("Got it" in practice). */
	name?: string;
	/** The wait this grade leads to, e.g. "10m" or "4d". */
	label: string;
}

/** The end of a session: today's work in the set, from the review log (or, in practice, this round's answers). */
export interface SessionSummary extends DaySummary {
	/** A practice round: nothing was saved. */
	practice: boolean;
	/** In practice: questions got right the first time they were asked. */
	firstTry?: number;
	/** When the next card of this set is due (ms), or null if none is scheduled. */
	nextDue: number | null;
}

/** A practice round's answers, kept in memory only. */
interface PracticeTally {
	done: string[];
	answers: number;
	answered: number;
	correct: number;
	/** Questions got right at their first showing. */
	firstTry: number;
	missed: string[];
	byRating: Record<Grade, number>;
	durationMs: number;
}

/** What "Study more" can offer once today's work is done. */
export interface StudyMoreChoices {
	/** Questions never studied (not suspended). */
	unseen: number;
	/** Today's new limit for this set as it stands (the setting, or more if raised today). */
	newLimit: number;
	/** Cards due in the next 1, 3 and 7 days, not counting today. */
	ahead: Array<{ days: number; count: number }>;
	/** Questions that can be practised (not suspended), and today's mistakes among them. */
	studiable: number;
	mistakes: number;
}

const emptyTally = (): PracticeTally => ({ done: [], answers: 0, answered: 0, correct: 0, firstTry: 0, missed: [], byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, durationMs: 0 });

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
	#tally = $state<PracticeTally>(emptyTally());
	#shownAt = 0;
	#answeredAt = 0;
	readonly #scheduler: Scheduler;
	readonly #questions: Map<string, Question>;
	readonly #facts: Facts;
	readonly #pool: string[];
	readonly #now: () => number;
	readonly mode: 'study' | 'learn';
	/** What this session is beyond today's queue, if anything. */
	readonly more: StudyMore | undefined;

	constructor(private readonly deps: SessionDeps) {
		this.#now = deps.now ?? Date.now;
		this.mode = deps.mode ?? 'study';
		this.more = deps.more;
		this.#scheduler = new Scheduler(schedulerSettingsFor(deps.settings, deps.day));
		this.#questions = new Map(deps.set.questions.map((question) => [question.id, question]));
		this.#facts = factsOfSet(deps.set.questions);
		// A matching or ordering question's answer is its pairs or its order, no one answer to offer as another question's option.
		this.#pool = deps.set.questions.filter((question) => question.type !== 'true_false' && question.type !== 'matching' && question.type !== 'ordering').map(answerText);
	}

	/** Practice: questions asked and answered, nothing saved, the schedule left alone. */
	get practice(): boolean {
		return this.more?.kind === 'practice';
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

	/** The four grades with the interval each leads to, as on Anki's buttons; in practice, "Again" (later in this round) and "Got it". */
	get options(): GradeOption[] {
		const card = this.#card;
		if (!card) return [];
		if (this.practice) {
			return [
				{ rating: Rating.Again, label: 'later in this round' },
				{ rating: Rating.Good, name: 'Got it', label: 'done' }
			];
		}
		const preview = this.#scheduler.preview(card, this.#now());
		return GRADES.map((rating) => ({ rating, label: formatInterval(preview[rating].interval) }));
	}

	async start(): Promise<void> {
		const now = this.#now();
		const { db, set, settings, day, more } = this.deps;
		let queue: Queue;
		if (more?.kind === 'practice') queue = await this.#practiceQueue(more.only, now);
		else if (this.deps.drill) queue = await this.#drillQueue(this.deps.drill);
		else if (more?.kind === 'ahead') queue = await loadAheadQueue(db, set.id, now, more.days, settings, day);
		else queue = await loadQueue(db, set.id, now, more?.kind === 'new' ? { ...settings, newPerDay: Math.max(settings.newPerDay, more.limit) } : settings, day);
		// Cards whose question vanished from the set cannot be studied; leave them out of the session.
		const known = (card: CardState) => this.#questions.has(card.questionId);
		this.#queue = { learning: queue.learning.filter(known), review: queue.review.filter(known), new: queue.new.filter(known) };
		await this.#advance();
	}

	/** A practice round: every question (or today's mistakes), shuffled, siblings apart; all asked as new. */
	async #practiceQueue(only: 'all' | 'mistakes', now: number): Promise<Queue> {
		const { db, set, day } = this.deps;
		const ids = only === 'mistakes' ? missedToday(await todaysReviews(db, set.id, now, day)) : set.questions.map((question) => question.id);
		const cards = await cardsToDrill(db, set.id, ids);
		return { learning: [], review: [], new: spreadNew(shuffle(cards, this.deps.seed ?? now), this.#facts) };
	}

	/** What "Study more" can offer now: new questions left, cards due ahead, questions to practise. */
	async studyMoreChoices(): Promise<StudyMoreChoices> {
		const { db, set, settings, day } = this.deps;
		const now = this.#now();
		const from = nextDayStart(now, day);
		const longest = Math.max(...AHEAD_DAYS);
		const [counts, progress, reviews, ahead] = await Promise.all([
			countCards(db, set.id),
			todaysProgress(db, set.id, now, day),
			todaysReviews(db, set.id, now, day),
			dueBetween(db, set.id, from, from + longest * DAY)
		]);
		const known = (id: string) => this.#questions.has(id);
		return {
			unseen: counts.unseen,
			newLimit: Math.max(settings.newPerDay, progress.newStudied, this.more?.kind === 'new' ? this.more.limit : 0),
			ahead: AHEAD_DAYS.map((days) => ({ days, count: ahead.filter((card) => card.due < from + days * DAY && known(card.questionId)).length })),
			studiable: counts.studiable,
			mistakes: missedToday(reviews).filter(known).length
		};
	}

	/** The drilled questions in the order given; suspended ones stay out. Grades count as early reviews. */
	async #drillQueue(ids: readonly string[]): Promise<Queue> {
		const queue: Queue = { learning: [], review: [], new: [] };
		for (const card of await cardsToDrill(this.deps.db, this.deps.set.id, ids)) (card.state === State.New ? queue.new : queue.review).push(card);
		return queue;
	}

	/** Flashcards: show the answer, then the learner grades themselves; Good is the default, as in Anki. */
	reveal(): void {
		if (!this.#ask || this.#phase !== 'ask' || this.#saving) return;
		this.#answeredAt = this.#now();
		this.#suggested = Rating.Good;
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
		if ('choices' in response && response.choices.length === 0) {
			this.#error = 'Tick at least one option first.';
			return;
		}
		if ('matches' in response && response.matches.every((match) => match < 0)) {
			this.#error = 'Pair at least one item with its match first.';
			return;
		}
		if ('order' in response && response.order.length === 0) {
			this.#error = 'Place at least one item first.';
			return;
		}
		this.#error = undefined;
		this.#answeredAt = this.#now();
		const judgement = judge(ask, { ...response, ...('text' in response ? { hinted: this.#hint !== undefined } : {}) });
		this.#judgement = judgement;
		this.#suggested = this.#suggest(judgement, card.stability);
		this.#phase = 'feedback';
	}

	/** "I don't know" on a typed question: shows the answer; it counts as not known (Again). */
	giveUp(): void {
		if (this.#ask?.form !== 'typed' || this.#phase !== 'ask') return;
		this.#answeredAt = this.#now();
		this.#judgement = gaveUp();
		this.#suggested = Rating.Again;
		this.#phase = 'feedback';
	}

	/** "I was right": the learner overrules a wrong verdict; the log records it. */
	overrule(): void {
		const judgement = this.#judgement;
		if (!judgement || judgement.correct || this.#phase !== 'feedback' || !judgement.given || this.#ask?.form !== 'typed') return;
		this.#judgement = overrule(judgement);
		this.#suggested = this.#suggest(this.#judgement, this.#card?.stability ?? 0);
	}

	#suggest(judgement: Judgement, stability: number): Grade {
		const rating = suggestRating(judgement, { durationMs: this.#answeredAt - this.#shownAt, stability });
		// Practice has only "Again" and "Got it".
		return this.practice && rating !== Rating.Again ? Rating.Good : rating;
	}

	showHint(): void {
		if (this.#ask?.form === 'typed' && this.#phase === 'ask') this.#hint = hintFor(this.#ask.answer);
	}

	/** Saves the rating (card state and log entry in one transaction), then shows the next card. */
	async grade(rating: Grade): Promise<void> {
		const card = this.#card;
		const ask = this.#ask;
		if (!card || !ask || this.#phase !== 'feedback' || this.#saving) return;
		if (this.practice) return this.#practise(card, rating);
		this.#saving = true;
		this.#error = undefined;
		this.#notice = undefined;
		const now = this.#now();
		const result = this.#scheduler.grade(card, rating, now);
		const judgement = this.#judgement;
		const entry: Omit<LogEntry, 'id'> = {
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
		};
		let logId: LogEntryId;
		try {
			logId = await recordGrade(this.deps.db, entry, this.deps.onChange);
		} catch (error) {
			this.#saving = false;
			if (error instanceof ConflictError) return this.#skipGradedElsewhere(card);
			this.#error = `Your answer was not saved: ${describeStorageError(error)}`;
			return;
		}
		this.#undo.push({ logId, before: $state.snapshot(card) as CardState, queue: $state.snapshot(this.#queue) as Queue });
		this.#queue = afterGrade(this.#queue, result.card, now, this.deps.day);
		this.#saving = false;
		await this.#advance();
	}

	/** Practice: nothing is saved. "Again" puts the question back a few places later; anything else is done with it. */
	async #practise(card: CardState, rating: Grade): Promise<void> {
		this.#error = undefined;
		this.#notice = undefined;
		const tally = $state.snapshot(this.#tally) as PracticeTally;
		this.#undo.push({ before: $state.snapshot(card) as CardState, queue: $state.snapshot(this.#queue) as Queue, practice: tally });
		const judgement = this.#judgement;
		const seenBefore = tally.done.includes(card.questionId) || tally.missed.includes(card.questionId);
		const missed = rating === Rating.Again;
		this.#tally = {
			done: missed ? tally.done : [...tally.done, card.questionId],
			answers: tally.answers + 1,
			answered: tally.answered + (judgement ? 1 : 0),
			correct: tally.correct + (judgement?.correct ? 1 : 0),
			firstTry: tally.firstTry + (!seenBefore && !missed ? 1 : 0),
			missed: missed && !tally.missed.includes(card.questionId) ? [...tally.missed, card.questionId] : tally.missed,
			byRating: { ...tally.byRating, [rating]: tally.byRating[rating] + 1 },
			durationMs: tally.durationMs + Math.max(0, (this.#answeredAt || this.#now()) - this.#shownAt)
		};
		const rest = this.#queue.new.filter((other) => other.questionId !== card.questionId);
		this.#queue = { learning: [], review: [], new: missed ? practiceAgain(rest, card) : rest };
		await this.#advance();
	}

	/** Takes back the last grade: the card's previous state returns and its log entry goes (one transaction); the card is asked again. */
	async undo(): Promise<void> {
		const step = this.#undo.at(-1);
		if (!step || this.#saving) return;
		if (step.practice) {
			this.#undo.pop();
			this.#queue = step.queue;
			this.#tally = step.practice;
			this.#summary = undefined;
			this.#notice = 'Answer taken back: here is the question again.';
			await this.#advance(step.before);
			return;
		}
		this.#saving = true;
		this.#error = undefined;
		this.#notice = undefined;
		try {
			await takeBackGrade(this.deps.db, step.logId!, step.before.setId, this.deps.onChange);
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
		this.#summary = undefined;
		this.#saving = false;
		this.#notice = 'Grade taken back: here is the card again.';
		await this.#advance(step.before);
	}

	/**
	 * Another tab changed this set: cards graded there move as their stored state says (or leave
	 * today's queue), and a question on screen that was graded there gives way to the next.
	 */
	async refresh(): Promise<void> {
		if (this.#saving || this.#summary || this.practice) return;
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
		// Questions on one fact do not follow each other: one would give the other away.
		const card = show ?? nextCard(this.#queue, now, { factOf: this.#facts.factOf, last: this.#card?.questionId });
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
		if (!card) this.#summary = await this.#summarize(now);
	}

	async #summarize(now: number): Promise<SessionSummary> {
		const nextDue = await nextDueAfter(this.deps.db, this.deps.set.id, now);
		if (this.practice) {
			const tally = this.#tally;
			return {
				practice: true,
				cards: tally.done.length,
				newCards: 0,
				reviews: tally.answers,
				answered: tally.answered,
				correct: tally.correct,
				firstTry: tally.firstTry,
				byRating: { ...tally.byRating },
				durationMs: tally.durationMs,
				nextDue
			};
		}
		// Today's work from the log, so a reload or a second session counts it all, each card once.
		return { practice: false, ...summarizeReviews(await todaysReviews(this.deps.db, this.deps.set.id, now, this.deps.day)), nextDue };
	}
}
