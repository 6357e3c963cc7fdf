/**
 * When a card is due. Apart from queue.ts so that the pages which only count today's cards (home,
 * set) do not load the queue's ordering and burying.
 */
import { State, type CardState } from './card';
import { MINUTE, studyDay, type DayOptions } from './day';

/** Learning cards due within this window count as due now (Anki's "learn ahead limit"). */
export const LEARN_AHEAD = 20 * MINUTE;

export function isLearning(card: Pick<CardState, 'state'>): boolean {
	return card.state === State.Learning || card.state === State.Relearning;
}

/** A review card is due for its whole due day; a learning card from its exact due time (less the learn-ahead window). */
export function isDue(card: Pick<CardState, 'state' | 'due'>, now: number, options: DayOptions): boolean {
	if (card.state === State.New) return false;
	if (isLearning(card)) return card.due <= now + LEARN_AHEAD;
	return studyDay(card.due, options) <= studyDay(now, options);
}
