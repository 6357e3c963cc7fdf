import { describe, expect, it } from 'vitest';
import { deletedAddress, deletedNotice } from '../../src/lib/core/deleted-notice';

const searchOf = (address: string) => new URL(address, 'http://app.invalid').searchParams;

describe('the notice after a set is deleted', () => {
	it('names the deleted set on the home page the deletion leads to', () => {
		const address = deletedAddress('Shoigu in Pyongyang & more: 50% off?');
		expect(new URL(address, 'http://app.invalid').pathname).toBe('/');
		expect(deletedNotice(searchOf(address))).toBe('“Shoigu in Pyongyang & more: 50% off?” was deleted.');
	});

	it('shows nothing on a home page reached any other way', () => {
		expect(deletedNotice(searchOf('/'))).toBeUndefined();
		expect(deletedNotice(searchOf('/?deleted='))).toBeUndefined();
	});

	it('keeps a very long title to 200 characters', () => {
		expect(deletedNotice(searchOf(deletedAddress('x'.repeat(500))))).toBe(`“${'x'.repeat(200)}” was deleted.`);
	});
});
