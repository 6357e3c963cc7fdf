/**
 * Swipe to grade a revealed flashcard on a phone: left is Again, right is Good. A swipe must be
 * mostly horizontal and travel far enough that a scroll or a tap never grades by accident.
 */

/** Horizontal travel (CSS px) a swipe needs, unless it is fast. */
export const SWIPE_DISTANCE = 90;
/** A flick: shorter travel is enough when this fast (px per ms). */
export const FLICK_SPEED = 0.6;

export type SwipeDirection = 'left' | 'right' | null;

export function classifySwipe(dx: number, dy: number, durationMs: number): SwipeDirection {
	if (Math.abs(dx) < 2 * Math.abs(dy)) return null;
	const fast = durationMs > 0 && Math.abs(dx) / durationMs >= FLICK_SPEED && Math.abs(dx) >= SWIPE_DISTANCE / 2;
	if (Math.abs(dx) < SWIPE_DISTANCE && !fast) return null;
	return dx < 0 ? 'left' : 'right';
}
