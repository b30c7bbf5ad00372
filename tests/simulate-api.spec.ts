import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { focusedCompany } from '../src/lib/domain/assessment/testing';
import type { SimulationResponse } from '../src/lib/domain/simulation/report';
import {
	expectApiError,
	issuePaths,
	listScenarios,
	scenarioNamed,
	sendOversized,
	sessionCookie,
	snapshot
} from './support/api';
import { expect, test } from './support/fixtures';

const CURRENT = 'Today: functional team';
const PROPOSAL = 'Proposal: two towers';
const PRIVATE_DRAFT = 'Reference: solo coordinator';
/** Few replications and no sensitivity: enough to check the answer, quick to run. */
const QUICK = { seed: 7, replications: 3, sensitivity: false };

const simulate = (api: APIRequestContext, data: unknown) =>
	api.post('/api/v1/simulations', { data });

async function ok(response: Awaited<ReturnType<typeof simulate>>): Promise<SimulationResponse> {
	expect(response.status(), await response.text()).toBe(200);
	return response.json();
}

/** The example design of a starter model, as a client would send it in `{ input }`. */
const starterDesign = (id: string) =>
	JSON.parse(readFileSync(new URL(`../models/starters/${id}.json`, import.meta.url), 'utf8'))
		.design as { name: string; seats: { id: string; kind: string; fte: number }[] };

test('compares the current scenario with the two-tower draft and changes nothing', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const before = await snapshot(api);
	const current = before.find((s) => s.name === CURRENT)!;
	const proposal = before.find((s) => s.name === PROPOSAL)!;

	const result = await ok(
		await simulate(api, { scenarioId: current.id, compareScenarioId: proposal.id, ...QUICK })
	);
	expect(result.scenario).toMatchObject({ name: CURRENT, seats: current.seats.length });
	expect(result.run).toMatchObject(QUICK);
	expect(result.overall.leadTime).toEqual({
		meanHours: expect.any(Number),
		p50Hours: expect.any(Number),
		p85Hours: expect.any(Number),
		p95Hours: expect.any(Number)
	});
	expect(result.overall.leadTime.meanHours).toBeGreaterThan(0);
	expect(result.perSeat.map((s) => s.seatId).sort()).toEqual(current.seats.map((s) => s.id).sort());
	for (const seat of result.perSeat) {
		expect(seat.utilisation).toBeGreaterThanOrEqual(0);
		expect(seat.utilisation).toBeLessThanOrEqual(1);
	}
	expect(result.handoffTax.hours).toBeGreaterThan(0);
	expect(result.sensitivity).toEqual([]);

	expect(result.compare!.result.scenario.name).toBe(PROPOSAL);
	const { differences } = result.compare!;
	// The point of the proposal: work changes hands less often in two towers.
	expect(differences.handoffsPerItemReduced).toBeGreaterThan(0);
	expect(differences.leadTimeHoursReclaimed).toBeCloseTo(
		result.overall.leadTime.meanHours - result.compare!.result.overall.leadTime.meanHours
	);
	// Where the calendar time goes, beside every lead time: the parts add up to the mean.
	const parts = [
		'workHours',
		'queueHours',
		'handoffWaitHours',
		'reviewLatencyHours',
		'reworkHours'
	] as const;
	for (const report of [result, result.compare!.result])
		for (const stats of [report.overall, ...report.templates]) {
			const b = stats.leadTimeBreakdown;
			expect(Object.keys(b).sort()).toEqual([...parts].sort());
			const sum = parts.reduce((t, k) => t + b[k], 0);
			expect(Math.abs(sum - stats.leadTime.meanHours)).toBeLessThanOrEqual(
				0.02 * stats.leadTime.meanHours
			);
		}
	const slower =
		result.compare!.result.overall.leadTime.meanHours > result.overall.leadTime.meanHours;
	const { explanation } = differences;
	// Within an hour the designs take the same time and no part of the breakdown is named.
	if (Math.abs(differences.leadTimeHoursReclaimed) < 1) {
		expect(explanation.sentence).toBe(
			`${PROPOSAL} and ${CURRENT} take the same time per item, within an hour.`
		);
		expect(explanation.part).toBeNull();
	} else {
		expect(explanation.sentence).toContain(
			`${PROPOSAL} is ${(Math.abs(differences.leadTimeHoursReclaimed) / 8).toFixed(1)} working days ${slower ? 'slower' : 'faster'} per item than ${CURRENT}`
		);
		expect(parts).toContain(explanation.part);
		expect(explanation.roles[0]!.role).toEqual(expect.any(String));
	}

	expect(await snapshot(api)).toEqual(before);
});

test('the same seed gives the same JSON, another seed another result', async ({ workspace }) => {
	const api = workspace.adminApi;
	const current = await scenarioNamed(api, CURRENT);
	const request = { scenarioId: current.id, seed: 11, replications: 2, sensitivity: true };

	const first = await simulate(api, request);
	const second = await simulate(api, request);
	expect(first.status(), await first.text()).toBe(200);
	expect(await second.text()).toBe(await first.text());
	const result: SimulationResponse = await first.json();
	expect(result.sensitivity.length).toBeGreaterThan(0);
	expect(result.compare).toBeUndefined();

	const reseeded = await ok(await simulate(api, { ...request, seed: 12 }));
	expect(reseeded.overall).not.toEqual(result.overall);
});

test('simulates an input document in the CLI format, and compares two', async ({ workspace }) => {
	const towers = starterDesign('two-tower');
	const legacy = starterDesign('legacy-functional');
	const run = { ...QUICK, replications: 2 };

	const single = await ok(await simulate(workspace.adminApi, { input: { scenario: towers, run } }));
	expect(single.scenario).toMatchObject({ name: towers.name, seats: towers.seats.length });
	expect(single.perSeat).toHaveLength(towers.seats.length);
	expect(single.compare).toBeUndefined();

	const compared = await ok(
		await simulate(workspace.adminApi, {
			input: { scenario: legacy, run },
			compareInput: { scenario: towers, run }
		})
	);
	expect(compared.scenario.name).toBe(legacy.name);
	expect(compared.compare!.result.scenario.name).toBe(towers.name);
	expect(compared.compare!.differences.handoffsPerItemReduced).toBeGreaterThan(0);
});

test("the workspace's catalogue overrides apply to its simulations", async ({ workspace }) => {
	const api = workspace.adminApi;
	const current = await scenarioNamed(api, CURRENT);
	const request = { scenarioId: current.id, ...QUICK };
	const before = await ok(await simulate(api, request));

	const catalogue = await api.get('/api/v1/catalogue');
	expect(catalogue.status()).toBe(200);
	const { activities, version } = (await catalogue.json()) as {
		activities: { id: string }[];
		version: number;
	};
	// Every activity now takes six minutes: the same work flows through in far less time.
	const quick = { effortHours: { kind: 'fixed', hours: 0.1 } };
	const overrides = Object.fromEntries(activities.map((a) => [a.id, quick]));
	const saved = await api.put('/api/v1/catalogue/overrides', { data: { overrides, version } });
	expect(saved.status(), await saved.text()).toBe(200);

	const after = await ok(await simulate(api, request));
	const craft = (r: SimulationResponse) => r.perSeat.reduce((sum, s) => sum + s.hours.craft, 0);
	expect(craft(after)).toBeLessThan(craft(before) / 2);
	expect(after.overall.leadTime.meanHours).toBeLessThan(before.overall.leadTime.meanHours);
});

test("the workspace's company profile drives the workload of scenarios without their own", async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const current = (await listScenarios(api)).find((s) => s.name === CURRENT)!;
	const run = async () => ok(await simulate(api, { scenarioId: current.id, ...QUICK }));
	const before = await run();
	expect(before.profile.source).toBe('default');

	const read = await api.get('/api/v1/workspace/profile');
	expect(read.status()).toBe(200);
	const { version } = (await read.json()) as { version: number };
	// Absurd or negative figures are refused, naming the field; nothing changes.
	for (const [field, value, message] of [
		['channels', 1_000_000, 'must be at most 50'],
		['campaignsPerQuarter', -2, 'must be at least 0']
	] as const) {
		const bad = await api.put('/api/v1/workspace/profile', {
			data: { profile: { ...focusedCompany, [field]: value }, version }
		});
		const body = await expectApiError(bad, 400);
		expect(issuePaths(body)).toContain(`profile.${field}`);
		expect(body.error.issues.find((i) => i.path === `profile.${field}`)!.message).toBe(message);
	}
	expect((await run()).profile.source).toBe('default');

	const put = await api.put('/api/v1/workspace/profile', {
		data: { profile: focusedCompany, version }
	});
	expect(put.status(), await put.text()).toBe(200);
	const after = await run();
	expect(after.profile).toEqual({ profile: focusedCompany, source: 'workspace' });
	// A much smaller company: far less work flows through the same 30 seats.
	expect(after.overall.throughputPerWeek).toBeLessThan(before.overall.throughputPerWeek / 2);
	const busiest = (r: SimulationResponse) => Math.max(...r.perSeat.map((x) => x.utilisation));
	expect(busiest(after)).toBeLessThan(busiest(before));
});

test('bad input gets 400 naming each field path', async ({ workspace }) => {
	const api = workspace.adminApi;
	const towers = starterDesign('two-tower');
	const current = await scenarioNamed(api, CURRENT);

	const seats = towers.seats.map((s, i) => (i === 3 ? { ...s, fte: 2 } : s));
	const fte = await expectApiError(
		await simulate(api, { input: { scenario: { ...towers, seats }, run: QUICK } }),
		400,
		'invalid_request'
	);
	expect(issuePaths(fte)).toContain('input.scenario.seats[3].fte');
	expect(fte.error.issues.find((i) => i.path === 'input.scenario.seats[3].fte')!.message).toMatch(
		/at most 1/
	);

	const fields = await expectApiError(
		await simulate(api, { scenarioId: current.id, replications: 0, seed: 'x', speed: 1 }),
		400
	);
	expect(issuePaths(fields)).toEqual(expect.arrayContaining(['replications', 'seed', 'speed']));

	const neither = await expectApiError(await simulate(api, { seed: 1 }), 400);
	expect(neither.error.message).toMatch(/expected "scenarioId" or "input"/);

	const both = await expectApiError(
		await simulate(api, { scenarioId: current.id, input: { scenario: towers } }),
		400
	);
	expect(both.error.message).toMatch(/not both/);
});

test('a scenario-sized input is accepted, a body over 8 MB gets 413', async ({
	app,
	workspace
}) => {
	// Four hundred more specialists: a body well above the 64 KB of ordinary requests.
	const legacy = starterDesign('legacy-functional');
	const specialist = legacy.seats.find((s) => s.kind === 'specialist')!;
	const extra = Array.from({ length: 400 }, (_, i) => ({
		...specialist,
		id: `extra-${i}`,
		title: `Specialist ${i}`
	}));
	const input = { scenario: { ...legacy, seats: [...legacy.seats, ...extra] }, run: QUICK };
	expect(JSON.stringify({ input }).length).toBeGreaterThan(64 * 1024);
	const result = await ok(await simulate(workspace.adminApi, { input }));
	expect(result.perSeat).toHaveLength(legacy.seats.length + 400);

	const oversized = await sendOversized(`${app.url}/api/v1/simulations`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			cookie: await sessionCookie(workspace.adminApi)
		},
		bytes: 9 * 1024 * 1024,
		declared: true
	});
	await expectApiError(oversized, 413, 'body_too_large');
});

test('a run too large for one request gets 400 saying what to lower', async ({ workspace }) => {
	const api = workspace.adminApi;
	const current = await scenarioNamed(api, CURRENT);
	const response = await simulate(api, {
		scenarioId: current.id,
		replications: 1000,
		sensitivity: true,
		assumptions: { volumeScale: 10 }
	});
	const body = await expectApiError(response, 400, 'invalid_request');
	expect(issuePaths(body)).toEqual(['replications']);
	expect(body.error.message).toMatch(/lower replications to \d+ or fewer/);
	expect(body.error.message).toMatch(/set sensitivity to false/);
});

test('an unknown scenario gets 404', async ({ workspace }) => {
	const api = workspace.adminApi;
	const current = await scenarioNamed(api, CURRENT);
	await expectApiError(await simulate(api, { scenarioId: 'no-such-scenario', ...QUICK }), 404);
	await expectApiError(
		await simulate(api, { scenarioId: current.id, compareScenarioId: 'gone', ...QUICK }),
		404,
		'not_found'
	);
});

test('a marketer simulates what they can see, and nothing else', async ({ workspace }) => {
	const marketer = await workspace.apiAs(await workspace.addMember('marketer'));
	const visible = await listScenarios(marketer);
	const current = visible.find((s) => s.name === CURRENT)!;
	expect(visible.map((s) => s.name)).not.toContain(PRIVATE_DRAFT);
	const draft = await scenarioNamed(workspace.adminApi, PRIVATE_DRAFT);

	const result = await ok(await simulate(marketer, { scenarioId: current.id, ...QUICK }));
	expect(result.scenario.name).toBe(CURRENT);

	const hidden = await simulate(marketer, { scenarioId: draft.id, ...QUICK });
	await expectApiError(hidden, 404, 'not_found');
	const compared = await simulate(marketer, {
		scenarioId: current.id,
		compareScenarioId: draft.id,
		...QUICK
	});
	await expectApiError(compared, 404, 'not_found');
	expect(await compared.text()).not.toContain(draft.seats[0]!.title);
});

test('without signing in, simulations answer 401', async ({ app, playwright }) => {
	const anonymous = await playwright.request.newContext({ baseURL: app.url });
	await expectApiError(
		await simulate(anonymous, { input: { scenario: starterDesign('solo-coordinator') } }),
		401,
		'unauthenticated'
	);
	await anonymous.dispose();
});
