import {
	expectApiError,
	getScenario,
	issuePaths,
	rawJson,
	scenarioNamed,
	sendOversized,
	sessionCookie,
	snapshot,
	type StoredScenario
} from './support/api';
import { expect, test } from './support/fixtures';

const PROPOSAL = 'Proposal: two towers';

test('malformed JSON gets 400 naming the body, and nothing is written', async ({ workspace }) => {
	const api = workspace.adminApi;
	const before = await snapshot(api);
	const proposal = before.find((s) => s.name === PROPOSAL)!;

	const created = await api.post('/api/v1/scenarios', rawJson('{"from": "two-tower",'));
	expect(issuePaths(await expectApiError(created, 400, 'invalid_request'))).toEqual(['(body)']);
	const updated = await api.put(`/api/v1/scenarios/${proposal.id}`, rawJson('{name: nope}'));
	expect(issuePaths(await expectApiError(updated, 400))).toEqual(['(body)']);
	const signIn = await api.post('/api/v1/session', rawJson('not json'));
	expect(issuePaths(await expectApiError(signIn, 400))).toEqual(['(body)']);

	expect(await snapshot(api)).toEqual(before);
});

test('wrong types and unknown fields get 400 with each field path', async ({ workspace }) => {
	const api = workspace.adminApi;
	const proposal = await scenarioNamed(api, PROPOSAL);
	const seats = proposal.seats.map((seat, i) =>
		i === 2 ? { ...seat, fte: 'full time' } : i === 3 ? { ...seat, bogus: true } : seat
	);
	const response = await api.put(`/api/v1/scenarios/${proposal.id}`, {
		data: { ...proposal, name: 42, seats, extra: 'x' }
	});
	const body = await expectApiError(response, 400, 'invalid_request');
	expect(issuePaths(body)).toEqual(
		expect.arrayContaining(['name', 'seats[2].fte', 'seats[3].bogus', 'extra'])
	);
	expect(body.error.issues.find((i) => i.path === 'seats[3].bogus')!.message).toMatch(
		/not a known field/
	);
	expect(await getScenario(api, proposal.id)).toEqual(proposal);

	const starter = await api.post('/api/v1/scenarios', { data: { from: 'no-such-model' } });
	expect(issuePaths(await expectApiError(starter, 400))).toEqual(['from']);
});

test('a body declared over the limit gets 413 and nothing is written', async ({
	app,
	workspace
}) => {
	const api = workspace.adminApi;
	const before = await snapshot(api);
	const proposal = before.find((s) => s.name === PROPOSAL)!;
	const headers = { 'content-type': 'application/json', cookie: await sessionCookie(api) };
	const send = (method: string, path: string, bytes: number) =>
		sendOversized(`${app.url}${path}`, { method, headers, bytes, declared: true });

	// Scenarios may be large (8 MB); other bodies are small (64 KB).
	const put = await send('PUT', `/api/v1/scenarios/${proposal.id}`, 9 * 1024 * 1024);
	await expectApiError(put, 413, 'body_too_large');
	await expectApiError(await send('POST', '/api/v1/scenarios', 9 * 1024 * 1024), 413);
	await expectApiError(await send('POST', '/api/v1/session', 100_000), 413, 'body_too_large');
	expect(await snapshot(api)).toEqual(before);
});

test('a body streamed past the limit gets 413, not a dropped connection', async ({
	app,
	workspace
}) => {
	const api = workspace.adminApi;
	const before = await snapshot(api);
	const streamed = await sendOversized(`${app.url}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		bytes: 200 * 1024,
		declared: false
	});
	await expectApiError(streamed, 413, 'body_too_large');
	expect(await snapshot(api)).toEqual(before);
});

test('a stale version gets 409 with the current version, and the first write wins', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const read = await scenarioNamed(api, PROPOSAL);
	const first = await api.put(`/api/v1/scenarios/${read.id}`, {
		data: { ...read, name: 'Towers, revised by Ada' }
	});
	expect(first.status()).toBe(200);
	expect(await first.json()).toMatchObject({ version: read.version + 1 });

	const stale = await api.put(`/api/v1/scenarios/${read.id}`, {
		data: { ...read, name: 'Towers, revised by someone else' }
	});
	const body = await expectApiError(stale, 409, 'version_conflict');
	expect(body.error.currentVersion).toBe(read.version + 1);
	expect(await getScenario(api, read.id)).toMatchObject({
		name: 'Towers, revised by Ada',
		version: read.version + 1
	});
});

test('a reporting loop gets 422 naming the rule and the path', async ({ workspace }) => {
	const api = workspace.adminApi;
	const read = await scenarioNamed(api, PROPOSAL);
	// A manager who is not the root, and one of their reports: make the manager report to it.
	const a = read.seats.findIndex(
		(s) => s.managerId !== null && read.seats.some((r) => r.managerId === s.id)
	);
	const b = read.seats.find((s) => s.managerId === read.seats[a]!.id)!;
	const seats = read.seats.map((s, i) => (i === a ? { ...s, managerId: b.id } : s));

	const response = await api.put(`/api/v1/scenarios/${read.id}`, { data: { ...read, seats } });
	const body = await expectApiError(response, 422, 'scenario_rules');
	expect(body.error.message).toMatch(/loop/);
	const loop = body.error.issues.find((i) => i.message.startsWith('no-cycles'));
	expect(loop?.path).toMatch(/^seats\[\d+\]\.managerId$/);
	expect(loop?.message).toContain(b.id);
	expect(await getScenario(api, read.id)).toEqual(read);
});

test('scenarios are created from a starter or an export, and exported as CSV', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const created = await api.post('/api/v1/scenarios', {
		data: { from: 'two-tower', name: 'Fresh towers' }
	});
	expect(created.status()).toBe(201);
	const fresh = (await created.json()) as StoredScenario;
	expect(fresh).toMatchObject({
		id: expect.any(String),
		version: 1,
		name: 'Fresh towers',
		status: 'draft',
		visibility: 'private'
	});
	expect(await getScenario(api, fresh.id)).toEqual(fresh);

	const exported = await api.get(`/api/v1/scenarios/${fresh.id}/export?format=json`);
	expect(exported.status()).toBe(200);
	expect(exported.headers()['content-disposition']).toContain('Fresh-towers.json');
	const imported = await api.post('/api/v1/scenarios', {
		data: { scenario: await exported.json() }
	});
	expect(imported.status()).toBe(201);
	const copy = (await imported.json()) as StoredScenario;
	expect(copy.id).not.toBe(fresh.id);
	expect(copy.version).toBe(1);
	expect(copy.seats).toEqual(fresh.seats);
	expect(copy.audiences).toEqual(fresh.audiences);

	const csv = await api.get(`/api/v1/scenarios/${fresh.id}/export?format=csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text()).split('\r\n').filter((l) => l !== '');
	expect(lines[0]).toMatch(/^id,title,kind,/);
	expect(lines).toHaveLength(fresh.seats.length + 1);
	expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(fresh.seats.map((s) => s.id));
	await expectApiError(await api.get(`/api/v1/scenarios/${fresh.id}/export?format=xml`), 400);
});

test('drafts can be deleted, the current scenario cannot', async ({ workspace }) => {
	const api = workspace.adminApi;
	const draft = await scenarioNamed(api, PROPOSAL);
	expect((await api.delete(`/api/v1/scenarios/${draft.id}`)).status()).toBe(204);
	await expectApiError(await api.get(`/api/v1/scenarios/${draft.id}`), 404, 'not_found');
	await expectApiError(await api.delete(`/api/v1/scenarios/${draft.id}`), 404);

	const before = await snapshot(api);
	const current = before.find((s) => s.status === 'current')!;
	await expectApiError(
		await api.delete(`/api/v1/scenarios/${current.id}`),
		409,
		'scenario_current'
	);
	expect(await snapshot(api)).toEqual(before);
});

test('a body sent with a non-JSON content type gets 400 naming the header', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const before = await snapshot(api);
	// `curl -d '{…}'` sends a form content type and no Origin header; scripts do this often.
	for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml']) {
		const response = await api.post('/api/v1/scenarios', {
			headers: { 'content-type': type },
			data: Buffer.from('{"from":"two-tower"}')
		});
		const body = await expectApiError(response, 400, 'invalid_request');
		expect(issuePaths(body), type).toEqual(['(headers).content-type']);
	}
	expect(await snapshot(api)).toEqual(before);
});

test('a state-changing request from another site is refused with 403 and changes nothing', async ({
	workspace
}) => {
	const before = await workspace.adminApi.get('/api/v1/scenarios');
	const attempt = await workspace.adminApi.post('/api/v1/scenarios', {
		data: { from: 'two-tower' },
		headers: { origin: 'https://evil.example' }
	});
	expect(attempt.status()).toBe(403);
	expect((await attempt.json()).error.code).toBe('cross_site');
	const after = await workspace.adminApi.get('/api/v1/scenarios');
	expect(await after.json()).toEqual(await before.json());
});
