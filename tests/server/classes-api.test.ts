/**
 * The class endpoints of the built server over HTTP, on both stores: the whole flow once, then each
 * endpoint asked with another account's ids (another teacher's class, another student's member id)
 * and with a student's device at the teacher's endpoints: each gets nothing and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newPlace, startServer, type Device, type Place, type RunningServer } from './server';
import { KINDS, questionSet, review, type Kind } from './stores';

describe.each(KINDS)('class endpoints on the %s store', (kind: Kind) => {
	let place: Place;
	let server: RunningServer;
	let client: Client;

	beforeAll(async () => {
		place = await newPlace(kind);
		server = await startServer(place);
		client = new Client(server.url);
	});
	afterAll(async () => {
		await server?.stop();
		await place?.remove();
	});

	it('create, join, assign, review, dashboard, remove: the flow over HTTP', async () => {
		const teacher = await client.newAccount('Teacher laptop');
		const created = await client.request('POST', '/api/classes', { device: teacher, body: { name: ' Chemistry 10A ' } });
		expect(created).toMatchObject({ status: 201, body: { name: 'Chemistry 10A', members: 0, code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) } });
		const classId = created.body.id as string;
		const assigned = await client.request('POST', `/api/classes/${classId}/assignments`, { device: teacher, body: { set: questionSet('news-set', 'Visit', 3), dueAt: Date.UTC(2030, 0, 1) } });
		expect(assigned).toMatchObject({ status: 201, body: { setId: 'news-set', questionCount: 3, dueAt: Date.UTC(2030, 0, 1) } });
		const student = await new Client(server.url).newAccount('Student phone');
		const joined = await client.request('POST', '/api/memberships', { device: student, body: { code: created.body.code, displayName: 'Dana' } });
		expect(joined).toMatchObject({ status: 201, body: { classId, name: 'Chemistry 10A', displayName: 'Dana', assignments: [{ setId: 'news-set', set: questionSet('news-set', 'Visit', 3) }] } });
		await client.request('POST', '/api/sync/push', { device: student, body: { reviews: [{ id: 'dana-000001', entry: review('dana-000001', { questionId: 'q2' }) }] } });
		const board = await client.request('GET', `/api/classes/${classId}/dashboard`, { device: teacher });
		expect(board.status).toBe(200);
		expect(board.body.sets[0].students).toEqual([expect.objectContaining({ displayName: 'Dana', started: true, questionsSeen: 1, reviews: 1 })]);
		const reported = await client.request('POST', `/api/memberships/${classId}/tests`, { device: student, body: { tests: [{ id: 'news-set:1', setId: 'news-set', finishedAt: 1, total: 3, correct: 2, scheduled: false, items: [] }] } });
		expect(reported.body).toEqual({ stored: 1, ignored: 0 });
		const memberId = board.body.members[0].memberId as string;
		expect((await client.request('DELETE', `/api/classes/${classId}/members/${memberId}`, { device: teacher })).status).toBe(204);
		expect((await client.request('GET', '/api/memberships', { device: student })).body).toEqual([]);
		expect((await client.request('GET', `/api/classes/${classId}/dashboard`, { device: teacher })).body.sets[0].students).toEqual([]);
	});

	it('a live test over HTTP: started, seen by the student, progress and result in the live view, ended, a late result marked', async () => {
		const teacher = await client.newAccount('Teacher laptop');
		const created = (await client.request('POST', '/api/classes', { device: teacher, body: { name: 'Physics 8' } })).body;
		await client.request('POST', `/api/classes/${created.id}/assignments`, { device: teacher, body: { set: questionSet('news-set', 'Visit', 3), dueAt: null } });
		const [eli, fay] = [await new Client(server.url).newAccount('Eli phone'), await new Client(server.url).newAccount('Fay phone')];
		await new Client(server.url).request('POST', '/api/memberships', { device: eli, body: { code: created.code, displayName: 'Eli' } });
		await new Client(server.url).request('POST', '/api/memberships', { device: fay, body: { code: created.code, displayName: 'Fay' } });
		expect((await client.request('GET', `/api/classes/${created.id}/live`, { device: teacher })).body).toEqual({ live: null, students: [] });
		const bad = await client.request('POST', `/api/classes/${created.id}/live`, { device: teacher, body: { setId: 'news-set', questionCount: 0 } });
		expect(bad).toMatchObject({ status: 400, body: { error: 'the request is not valid: questionCount: must be a whole number from 1 to 2000' } });
		const started = await client.request('POST', `/api/classes/${created.id}/live`, { device: teacher, body: { setId: 'news-set', questionCount: 3 } });
		expect(started).toMatchObject({ status: 201, body: { classId: created.id, setId: 'news-set', title: 'Visit', questionCount: 3, endedAt: null } });
		const liveId = started.body.id as string;
		expect((await client.request('GET', '/api/memberships/live', { device: eli })).body).toMatchObject({ classes: 1, live: [{ id: liveId, className: 'Physics 8', title: 'Visit', finished: false }] });
		expect((await client.request('PUT', `/api/memberships/${created.id}/live/${liveId}`, { device: eli, body: { answered: 1, total: 3 } })).body).toEqual({ ended: false });
		const tooFar = await client.request('PUT', `/api/memberships/${created.id}/live/${liveId}`, { device: eli, body: { answered: 4, total: 3 } });
		expect(tooFar.body.error).toBe('the request is not valid: answered: must be a whole number from 0 to the total');
		const test = (id: string, correct: number) => ({ id, setId: 'news-set', finishedAt: 10, total: 3, correct, scheduled: false, items: [], liveId });
		await client.request('POST', `/api/memberships/${created.id}/tests`, { device: fay, body: { tests: [test('news-set:1', 3)] } });
		const status = async () => (await client.request('GET', `/api/classes/${created.id}/live`, { device: teacher })).body.students.map((one: { displayName: string; status: string; answered: number; score: number | null; afterEnd: boolean }) => [one.displayName, one.status, one.answered, one.score, one.afterEnd]);
		expect(await status()).toEqual([
			['Eli', 'answering', 1, null, false],
			['Fay', 'finished', 3, 1, false]
		]);
		const ended = await client.request('POST', `/api/classes/${created.id}/live/${liveId}/end`, { device: teacher });
		expect(ended.body.endedAt).toEqual(expect.any(Number));
		expect((await client.request('GET', '/api/memberships/live', { device: eli })).body.live).toEqual([]);
		await client.request('POST', `/api/memberships/${created.id}/tests`, { device: eli, body: { tests: [test('news-set:2', 1)] } });
		expect(await status()).toEqual([
			['Eli', 'finished', 3, 1 / 3, true],
			['Fay', 'finished', 3, 1, false]
		]);
	});

	it('refuses invalid bodies naming the field, and anyone without a device', async () => {
		const teacher = await client.newAccount();
		const bad = await client.request('POST', '/api/classes', { device: teacher, body: { name: '', owner: 'x' } });
		expect(bad).toMatchObject({ status: 400, body: { error: 'the request is not valid: owner: is not a known field' } });
		const created = (await client.request('POST', '/api/classes', { device: teacher, body: { name: 'Class' } })).body;
		const badSet = await client.request('POST', `/api/classes/${created.id}/assignments`, { device: teacher, body: { set: { ...questionSet(), questions: [] }, dueAt: null } });
		expect(badSet.status).toBe(400);
		expect(badSet.body.error).toContain('set:');
		const noName = await client.request('POST', '/api/memberships', { device: await client.newAccount(), body: { code: created.code } });
		expect(noName.body.error).toBe('the request is not valid: displayName: must be a name of 1 to 40 characters');
		expect((await client.request('GET', '/api/classes')).status).toBe(401);
		expect((await client.request('POST', '/api/memberships', { body: { code: created.code, displayName: 'Anonymous' } })).status).toBe(401);
	});

	describe('another account\'s ids get nothing, at every class endpoint', () => {
		// Teacher T owns class C with student S in it; A is another teacher with a class of their own; S2 is a student of A's class.
		let t: Device;
		let s: Device;
		let a: Device;
		let s2: Device;
		let classC: { id: string; code: string };
		let classA: { id: string; code: string };
		let sMember: string;
		let s2Member: string;
		let liveC: string;
		let liveA: string;

		const TESTED = new Set<string>();
		const endpoint = (name: string, test: () => Promise<void>) => {
			TESTED.add(name);
			it(name, test);
		};

		beforeAll(async () => {
			t = await client.newAccount('T laptop');
			a = await client.newAccount('A laptop');
			s = await new Client(server.url).newAccount('S phone');
			s2 = await new Client(server.url).newAccount('S2 phone');
			classC = (await client.request('POST', '/api/classes', { device: t, body: { name: 'T class' } })).body;
			classA = (await client.request('POST', '/api/classes', { device: a, body: { name: 'A class' } })).body;
			await client.request('POST', `/api/classes/${classC.id}/assignments`, { device: t, body: { set: questionSet('t-set', 'T set'), dueAt: null } });
			await client.request('POST', `/api/classes/${classA.id}/assignments`, { device: a, body: { set: questionSet('a-set', 'A set'), dueAt: null } });
			await new Client(server.url).request('POST', '/api/memberships', { device: s, body: { code: classC.code, displayName: 'Student S' } });
			await new Client(server.url).request('POST', '/api/memberships', { device: s2, body: { code: classA.code, displayName: 'Student S2' } });
			await client.request('POST', '/api/sync/push', { device: s, body: { reviews: [{ id: 's-entry-0001', entry: review('s-entry-0001', { setId: 't-set' }) }] } });
			await client.request('POST', `/api/memberships/${classC.id}/tests`, { device: s, body: { tests: [{ id: 't-set:1', setId: 't-set', finishedAt: 5, total: 3, correct: 3, scheduled: false, items: [] }] } });
			sMember = (await client.request('GET', `/api/classes/${classC.id}`, { device: t })).body.members[0].memberId;
			s2Member = (await client.request('GET', `/api/classes/${classA.id}`, { device: a })).body.members[0].memberId;
			liveC = (await client.request('POST', `/api/classes/${classC.id}/live`, { device: t, body: { setId: 't-set', questionCount: 2 } })).body.id;
			liveA = (await client.request('POST', `/api/classes/${classA.id}/live`, { device: a, body: { setId: 'a-set', questionCount: 2 } })).body.id;
			await client.request('PUT', `/api/memberships/${classC.id}/live/${liveC}`, { device: s, body: { answered: 1, total: 2 } });
		});

		/** T's live test is untouched: still running, S still answering. */
		async function liveCIsIntact(): Promise<void> {
			const view = await client.request('GET', `/api/classes/${classC.id}/live`, { device: t });
			expect(view.body).toMatchObject({ live: { id: liveC, endedAt: null }, students: [{ memberId: sMember, status: 'answering', answered: 1 }] });
		}

		/** T's class is untouched: its student, set, code and figures are all still there. */
		async function cIsIntact(): Promise<void> {
			const detail = await client.request('GET', `/api/classes/${classC.id}`, { device: t });
			expect(detail.body).toMatchObject({ name: 'T class', members: [{ memberId: sMember, displayName: 'Student S' }], assignments: [{ setId: 't-set' }] });
			const board = await client.request('GET', `/api/classes/${classC.id}/dashboard`, { device: t });
			expect(board.body.sets[0].students[0]).toMatchObject({ displayName: 'Student S', reviews: 1, tests: 1 });
			expect((await client.request('GET', '/api/memberships', { device: s })).body.map((membership: { classId: string }) => membership.classId)).toEqual([classC.id]);
		}

		/** Nothing of T's class or its student in what another is told. */
		function nothingOfC(body: unknown): void {
			const text = JSON.stringify(body);
			for (const id of [classC.id, t.accountId, s.accountId, sMember, 'T class', 'T set', 'Student S"']) expect(text).not.toContain(id);
		}

		const asOthers = () => [
			['another teacher', a],
			['the class\'s own student', s],
			['a student of another class', s2]
		] as const;

		endpoint('GET /api/classes', async () => {
			for (const [, device] of asOthers()) nothingOfC((await client.request('GET', '/api/classes', { device })).body);
		});
		endpoint('POST /api/classes', async () => {
			const mine = await client.request('POST', '/api/classes', { device: a, body: { name: 'Second A class' } });
			expect(mine.status).toBe(201);
			nothingOfC(mine.body);
			expect((await client.request('DELETE', `/api/classes/${mine.body.id}`, { device: a })).status).toBe(204);
			await cIsIntact();
		});
		endpoint('GET /api/classes/[id]', async () => {
			for (const [who, device] of asOthers()) {
				const answer = await client.request('GET', `/api/classes/${classC.id}`, { device });
				expect(answer, who).toMatchObject({ status: 404, body: { error: 'no such class among yours' } });
			}
		});
		endpoint('DELETE /api/classes/[id]', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('DELETE', `/api/classes/${classC.id}`, { device })).status, who).toBe(404);
			await cIsIntact();
		});
		endpoint('POST /api/classes/[id]/code', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('POST', `/api/classes/${classC.id}/code`, { device })).status, who).toBe(404);
			// The code still works: nobody replaced it.
			const late = await new Client(server.url).newAccount('Late phone');
			const joined = await new Client(server.url).request('POST', '/api/memberships', { device: late, body: { code: classC.code, displayName: 'Late' } });
			expect(joined.status).toBe(201);
			await client.request('DELETE', `/api/memberships/${classC.id}`, { device: late });
			await cIsIntact();
		});
		endpoint('POST /api/classes/[id]/assignments', async () => {
			for (const [who, device] of asOthers()) {
				const answer = await client.request('POST', `/api/classes/${classC.id}/assignments`, { device, body: { set: questionSet('t-set', 'Planted'), dueAt: null } });
				expect(answer.status, who).toBe(404);
			}
			expect((await client.request('GET', '/api/memberships', { device: s })).body[0].assignments[0].title).toBe('T set');
			await cIsIntact();
		});
		endpoint('DELETE /api/classes/[id]/assignments/[setId]', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('DELETE', `/api/classes/${classC.id}/assignments/t-set`, { device })).status, who).toBe(404);
			await cIsIntact();
		});
		endpoint('DELETE /api/classes/[id]/members/[memberId]', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('DELETE', `/api/classes/${classC.id}/members/${sMember}`, { device })).status, who).toBe(404);
			// A's own class with T's student's member id: no such student there.
			expect((await client.request('DELETE', `/api/classes/${classA.id}/members/${sMember}`, { device: a })).status).toBe(404);
			// T's class with A's student's member id: the same.
			expect((await client.request('DELETE', `/api/classes/${classC.id}/members/${s2Member}`, { device: t })).status).toBe(404);
			expect((await client.request('GET', `/api/classes/${classA.id}`, { device: a })).body.members).toHaveLength(1);
			await cIsIntact();
		});
		endpoint('GET /api/classes/[id]/dashboard', async () => {
			for (const [who, device] of asOthers()) {
				const answer = await client.request('GET', `/api/classes/${classC.id}/dashboard`, { device });
				expect(answer.status, who).toBe(404);
				nothingOfC(answer.body);
			}
			// A's own dashboard holds nothing of T's class, though S's reviews sit on the same server.
			nothingOfC((await client.request('GET', `/api/classes/${classA.id}/dashboard`, { device: a })).body);
		});
		endpoint('GET /api/memberships', async () => {
			for (const device of [a, s2]) nothingOfC((await client.request('GET', '/api/memberships', { device })).body);
		});
		endpoint('POST /api/memberships', async () => {
			// Ids are not codes: T's class id, account id and member id open nothing.
			for (const code of [classC.id, t.accountId, sMember]) {
				const answer = await new Client(server.url).request('POST', '/api/memberships', { device: s2, body: { code, displayName: 'Intruder' } });
				expect(answer.status).toBe(404);
			}
			await cIsIntact();
		});
		endpoint('DELETE /api/memberships/[classId]', async () => {
			for (const [who, device] of [asOthers()[0], asOthers()[2]]) expect((await client.request('DELETE', `/api/memberships/${classC.id}`, { device })).status, who).toBe(404);
			await cIsIntact();
		});
		endpoint('POST /api/memberships/[classId]/tests', async () => {
			const tests = [{ id: 't-set:2', setId: 't-set', finishedAt: 9, total: 3, correct: 0, scheduled: false, items: [] }];
			for (const [who, device] of [asOthers()[0], asOthers()[2]]) {
				expect((await client.request('POST', `/api/memberships/${classC.id}/tests`, { device, body: { tests } })).status, who).toBe(404);
			}
			await cIsIntact();
		});

		endpoint('GET /api/classes/[id]/live', async () => {
			for (const [who, device] of asOthers()) {
				const answer = await client.request('GET', `/api/classes/${classC.id}/live`, { device });
				expect(answer, who).toMatchObject({ status: 404, body: { error: 'no such class among yours' } });
			}
			nothingOfC((await client.request('GET', `/api/classes/${classA.id}/live`, { device: a })).body);
		});
		endpoint('POST /api/classes/[id]/live', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('POST', `/api/classes/${classC.id}/live`, { device, body: { setId: 't-set', questionCount: 1 } })).status, who).toBe(404);
			await liveCIsIntact();
		});
		endpoint('POST /api/classes/[id]/live/[liveId]/end', async () => {
			for (const [who, device] of asOthers()) expect((await client.request('POST', `/api/classes/${classC.id}/live/${liveC}/end`, { device })).status, who).toBe(404);
			// A's own class with T's live test's id: no such live test there.
			expect((await client.request('POST', `/api/classes/${classA.id}/live/${liveC}/end`, { device: a })).body.error).toBe('no such live test in this class');
			await liveCIsIntact();
		});
		endpoint('GET /api/memberships/live', async () => {
			for (const device of [a, s2]) nothingOfC((await client.request('GET', '/api/memberships/live', { device })).body);
			expect((await client.request('GET', '/api/memberships/live', { device: s2 })).body.live.map((live: { id: string }) => live.id)).toEqual([liveA]);
		});
		endpoint('PUT /api/memberships/[classId]/live/[liveId]', async () => {
			for (const [who, device] of [asOthers()[0], asOthers()[2]]) {
				expect((await client.request('PUT', `/api/memberships/${classC.id}/live/${liveC}`, { device, body: { answered: 2, total: 2 } })).status, who).toBe(404);
			}
			// S2 through their own class with T's live test's id.
			expect((await client.request('PUT', `/api/memberships/${classA.id}/live/${liveC}`, { device: s2, body: { answered: 2, total: 2 } })).body.error).toBe('no such live test in this class');
			await liveCIsIntact();
		});

		it('every class endpoint is in the list above, and each refuses a request without a device', async () => {
			const { readdirSync, readFileSync, statSync } = await import('node:fs');
			const { join } = await import('node:path');
			const found: string[] = [];
			const walk = (dir: string) => {
				for (const name of readdirSync(dir)) {
					const path = join(dir, name);
					if (statSync(path).isDirectory()) walk(path);
					else if (name === '+server.ts') {
						const route = '/' + dir.replace(/^src\/routes\//, '');
						for (const [, method] of readFileSync(path, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE) =/g)) found.push(`${method} ${route}`);
					}
				}
			};
			walk('src/routes/api/classes');
			walk('src/routes/api/memberships');
			expect(found.sort()).toEqual([...TESTED].sort());
			for (const name of found) {
				const [method, route] = name.split(' ') as [string, string];
				const path = route.replace(/\[\w+\]/g, 'AAAAAAAAAAAAAAAAAAAAAA');
				expect((await client.request(method, path, method === 'GET' ? {} : { body: {} })).status, name).toBe(401);
			}
		});
	});
});
