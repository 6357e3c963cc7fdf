/**
 * Storage in one import: the database (database.ts) and its stores by what they hold: sets
 * (sets.ts), cards (cards.ts), the review log and test history (review-log.ts), settings and
 * preferences (preferences.ts). Pages and the state layer may import from here or from the
 * module itself; storage modules import the module itself.
 */
export * from './database';
export * from './sets';
export * from './cards';
export * from './review-log';
export * from './preferences';
