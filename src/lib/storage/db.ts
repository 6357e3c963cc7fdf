/**
 * Storage in one import: the database (database.ts) and its stores by what they hold: sets
 * (sets.ts), cards (cards.ts) and today's counts of them (counts.ts), the review log and test
 * history (review-log.ts) and grades written to it (grades.ts), settings and preferences
 * (preferences.ts). Pages and the state layer may import from here or from the module itself;
 * storage modules import the module itself. Modules that every page loads import each store's
 * module: this one would bring every store's code along.
 */
export * from './database';
export * from './sets';
export * from './cards';
export * from './counts';
export * from './review-log';
export * from './grades';
export * from './preferences';
