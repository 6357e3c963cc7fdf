/**
 * Fixed-window rate limits kept in the database, so every server process behind a load balancer
 * counts the same attempts.
 */
import { ApiError } from './http';
import type { Queryable } from './db/sql';

/**
 * Counts one attempt against `key`; refuses (429, with Retry-After) once more than `max` were made
 * in the current window of `windowMs`.
 */
export async function hit(db: Queryable, key: string, max: number, windowMs: number, now: number): Promise<void> {
	const [row] = await db.query<{ hits: number; window_start: number }>(
		`INSERT INTO rate_limits (key, window_start, hits) VALUES ($1::text, $2::bigint, 1)
		 ON CONFLICT (key) DO UPDATE SET
			hits = CASE WHEN rate_limits.window_start <= $2::bigint - $3::bigint THEN 1 ELSE rate_limits.hits + 1 END,
			window_start = CASE WHEN rate_limits.window_start <= $2::bigint - $3::bigint THEN $2::bigint ELSE rate_limits.window_start END
		 RETURNING hits, window_start`,
		[key, now, windowMs]
	);
	if (row && row.hits > max) {
		const wait = Math.max(1, Math.ceil((row.window_start + windowMs - now) / 1000));
		throw new ApiError(429, `too many attempts; try again in ${wait} seconds`, undefined, { 'retry-after': String(wait) });
	}
}
