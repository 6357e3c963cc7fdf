import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hashText } from '../../src/lib/formats/answer-key';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { tinySet } from '../helpers/sets';

const first = tinySet('river', [{ id: 'a', type: 'flashcard', prompt: 'Longest river?', answer: 'Nile' }]);
const second: QuestionSet = { ...first, title: 'River, revised', questions: [...first.questions, { id: 'b', type: 'flashcard', prompt: 'Its source?', answer: 'Lake Victoria' }] };

/** The site as one build serves it: the index of built-in sets and each set's file; every request asked for is kept. */
function site(set: QuestionSet) {
	const asked: string[] = [];
	const index = [{ id: set.id, hash: hashText(JSON.stringify(set)) }];
	const fetcher = (async (input: string) => {
		asked.push(input);
		if (input === '/sets/index.json') return Response.json(index);
		if (input === `/sets/${set.id}.json`) return Response.json(set);
		return new Response('not found', { status: 404 });
	}) as typeof fetch;
	return { asked, index, fetcher };
}

/** A visit: the page's code loaded afresh (the library opens the database and syncs once per page) over the same device storage. */
async function visit() {
	vi.resetModules();
	const library = await import('../../src/lib/state/library');
	const { openSetNamed } = await import('../../src/lib/state/open-set');
	const { homeSets } = await import('../../src/lib/state/home-sets');
	return { library, openSetNamed, homeSets };
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('the built-in sets on a repeat visit', () => {
	it('a study page opens the new version of a built-in set the first time the new build serves it', async () => {
		const before = site(first);
		const firstVisit = await visit();
		const opened = await firstVisit.openSetNamed('river', { deps: { database: firstVisit.library.getDatabase, sync: () => firstVisit.library.syncBuiltins(before.fetcher) } });
		expect(opened.ok && opened.row.set.title).toBe('River');
		(await firstVisit.library.getDatabase()).close();

		const after = site(second);
		const repeat = await visit();
		const reopened = await repeat.openSetNamed('river', { deps: { database: repeat.library.getDatabase, sync: () => repeat.library.syncBuiltins(after.fetcher) } });
		expect(reopened.ok && [reopened.row.set.title, reopened.row.set.questions.length]).toEqual(['River, revised', 2]);
		(await repeat.library.getDatabase()).close();

		// Unchanged since: the index is read, the set's file is not fetched again.
		const again = site(second);
		const third = await visit();
		expect(await third.library.syncBuiltins(again.fetcher)).toEqual([]);
		expect(again.asked).toEqual(['/sets/index.json']);
		(await third.library.getDatabase()).close();
	});

	it('the home page lists the new version of a built-in set the first time the new build serves it', async () => {
		const before = site(first);
		const firstVisit = await visit();
		expect((await firstVisit.homeSets(before.fetcher, before.index)).map((overview) => overview.set.title)).toEqual(['River']);
		(await firstVisit.library.getDatabase()).close();

		const after = site(second);
		const repeat = await visit();
		const listed = await repeat.homeSets(after.fetcher, after.index);
		expect(listed.map((overview) => [overview.set.title, overview.newToday])).toEqual([['River, revised', 2]]);
		// The home page has the index in its own data: only the changed set's file is fetched.
		expect(after.asked).toEqual(['/sets/river.json']);
		(await repeat.library.getDatabase()).close();
	});
});
