/**
 * Random identifiers, secrets and codes, and how they are kept: only SHA-256 digests of secrets are
 * stored (every secret here is random, so a fast hash is enough: there is no password to guess),
 * and a presented secret is compared with the stored digest in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random id or secret of `bytes` bytes (default 16 = 128 bits), base64url. */
export function randomToken(bytes = 16): string {
	return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of `secret`, hex. */
export function digest(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `storedDigest`, in time that does not depend on where they differ. */
export function matchesDigest(secret: string, storedDigest: string): boolean {
	const given = Buffer.from(digest(secret), 'hex');
	const stored = Buffer.from(storedDigest, 'hex');
	return stored.length === given.length && timingSafeEqual(given, stored);
}

// Crockford's base32: no I, L, O or U, so a code read aloud or from paper is typed right.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random Crockford base32 characters (5 bits each). */
export function randomCode(length: number): string {
	const bytes = randomBytes(length);
	let code = '';
	// 256 is a multiple of 32, so each byte's low 5 bits are uniform.
	for (let i = 0; i < length; i++) code += CROCKFORD[bytes[i]! & 31];
	return code;
}

/** A typed code as stored: upper case, no separators, the letters people confuse with digits read as those digits. */
export function normaliseCode(typed: string): string {
	return typed
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
}

/** "ABCDEFGH" as "ABCD-EFGH": groups of `size` for reading and typing. */
export function groupCode(code: string, size = 4): string {
	return code.match(new RegExp(`.{1,${size}}`, 'g'))!.join('-');
}

/** Join codes: 8 characters, 40 bits; they live 10 minutes, work once, and typing them is rate limited. */
export const JOIN_CODE_LENGTH = 8;
/** Recovery codes: 28 characters, 140 bits; printed and kept, so as strong as any secret here. */
export const RECOVERY_CODE_LENGTH = 28;
