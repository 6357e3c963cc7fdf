/**
 * Answering matching and ordering questions by taps (or keys on the same buttons), as pure
 * functions the view calls. Matching: tap an item, then a match, to pair them (either side first);
 * tap a paired one again to undo its pair. Ordering: tap the items in order to place them; tap a
 * placed one to take it back; move a placed one up or down. Each step says what happened, for the
 * screen reader's announcement.
 */
import type { MatchAsk, OrderAsk } from './answering';

export type Side = 'item' | 'match';

/** A matching answer in progress. */
export interface Pairing {
	/** For each item, the index of the match paired with it, or -1. */
	paired: number[];
	/** The item or match tapped first, waiting for its other half. */
	picked?: { side: Side; index: number };
}

export type PairingEvent =
	| { did: 'picked'; side: Side; index: number }
	| { did: 'unpicked'; side: Side; index: number }
	| { did: 'paired'; item: number; match: number }
	| { did: 'unpaired'; item: number; match: number };

/** No pair made yet, for `count` items. */
export function startPairing(count: number): Pairing {
	return { paired: Array.from({ length: count }, () => -1) };
}

/** The item paired with match `match`, or -1. */
export function itemOf(pairing: Pairing, match: number): number {
	return pairing.paired.indexOf(match);
}

/** What a tap on an item or a match does: pick it, pair it with the one picked, or undo its pair. */
export function tapPairing(pairing: Pairing, side: Side, index: number): { pairing: Pairing; event: PairingEvent } {
	const item = side === 'item' ? index : itemOf(pairing, index);
	const alreadyPaired = item >= 0 && pairing.paired[item]! >= 0;
	if (alreadyPaired) {
		const paired = [...pairing.paired];
		const match = paired[item]!;
		paired[item] = -1;
		return { pairing: { paired }, event: { did: 'unpaired', item, match } };
	}
	const picked = pairing.picked;
	if (picked && picked.side === side && picked.index === index) return { pairing: { paired: pairing.paired }, event: { did: 'unpicked', side, index } };
	if (picked && picked.side !== side) {
		const pair = side === 'item' ? { item: index, match: picked.index } : { item: picked.index, match: index };
		const paired = [...pairing.paired];
		paired[pair.item] = pair.match;
		return { pairing: { paired }, event: { did: 'paired', ...pair } };
	}
	return { pairing: { paired: pairing.paired, picked: { side, index } }, event: { did: 'picked', side, index } };
}

/** How many pairs are made. */
export function pairsMade(pairing: Pairing): number {
	return pairing.paired.filter((match) => match >= 0).length;
}

/** The announcement after a tap, in words: "Canada and Ottawa paired. 2 of 4 pairs made." */
export function pairingMessage(ask: Pick<MatchAsk, 'items' | 'matches'>, pairing: Pairing, event: PairingEvent): string {
	const text = (side: Side, index: number) => (side === 'item' ? ask.items[index] : ask.matches[index]) ?? '';
	const progress = `${pairsMade(pairing)} of ${ask.items.length} pairs made.`;
	switch (event.did) {
		case 'picked':
			return `${text(event.side, event.index)} picked: now choose its ${event.side === 'item' ? 'match' : 'item'}.`;
		case 'unpicked':
			return `${text(event.side, event.index)} no longer picked.`;
		case 'paired':
			return `${text('item', event.item)} and ${text('match', event.match)} paired. ${progress}`;
		case 'unpaired':
			return `Pair undone: ${text('item', event.item)} and ${text('match', event.match)}. ${progress}`;
	}
}

export type OrderingEvent =
	| { did: 'placed'; item: number; position: number }
	| { did: 'taken'; item: number }
	| { did: 'moved'; item: number; position: number };

/** Places `item` next, after those placed (nothing changes if it is placed already). */
export function placeItem(placed: readonly number[], item: number): { placed: number[]; event: OrderingEvent } {
	if (placed.includes(item)) return { placed: [...placed], event: { did: 'placed', item, position: placed.indexOf(item) } };
	return { placed: [...placed, item], event: { did: 'placed', item, position: placed.length } };
}

/** Takes back the item at `position`; those after it move up one place. */
export function takeBack(placed: readonly number[], position: number): { placed: number[]; event: OrderingEvent } {
	const item = placed[position]!;
	return { placed: placed.filter((_, at) => at !== position), event: { did: 'taken', item } };
}

/** Moves the item at `position` up (-1) or down (+1) a place, swapping it with its neighbour. */
export function movePlaced(placed: readonly number[], position: number, delta: -1 | 1): { placed: number[]; event: OrderingEvent } {
	const item = placed[position]!;
	const target = position + delta;
	const moved = [...placed];
	if (target >= 0 && target < placed.length) [moved[position], moved[target]] = [placed[target]!, item];
	return { placed: moved, event: { did: 'moved', item, position: moved.indexOf(item) } };
}

/** The announcement after a step, in words: "The parade placed 2nd of 4." */
export function orderingMessage(ask: Pick<OrderAsk, 'items'>, placed: readonly number[], event: OrderingEvent): string {
	const text = ask.items[event.item] ?? '';
	const count = ask.items.length;
	switch (event.did) {
		case 'placed':
			return `${text} placed ${event.position + 1} of ${count}.${placed.length === count ? ' Every item is placed.' : ''}`;
		case 'taken':
			return `${text} taken back. ${placed.length} of ${count} placed.`;
		case 'moved':
			return `${text} moved to place ${event.position + 1} of ${count}.`;
	}
}
