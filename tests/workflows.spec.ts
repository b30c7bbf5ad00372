import { checkScreen } from './support/screens';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expectApiError, scenarioNamed } from './support/api';
import { expect, hydrated, test } from './support/fixtures';
import { brief, inDays, sendEvent, startRun, type RunBody } from './support/runs';

const step = (page: Page, name: string) =>
	page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

async function act(page: Page, label: string, stepName: string, text?: string) {
	const row = step(page, stepName);
	if (text === undefined) {
		await row.getByRole('button', { name: `${label} ${stepName}` }).click();
	} else {
		await row.locator('summary', { hasText: label }).click();
		if (text) await row.getByRole('textbox', { name: /Note|Reason/ }).fill(text);
		await row.getByRole('button', { name: `${label} ${stepName}` }).click();
	}
}

test('a marketer-style flow: start a paid campaign, work it, request changes, approve, see the log and the board', async ({
	page,
	signInAs
}) => {
	await signInAs('admin');
	await page.getByRole('link', { name: 'Workflows', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: 'Workflows', level: 1 })).toBeVisible();
	await hydrated(page);
	await page.getByRole('link', { name: 'Start a run' }).click();
	await hydrated(page);

	const form = page.getByRole('form', { name: 'Brief' });
	await form.getByLabel('Template').selectOption({ label: 'Paid campaign' });
	await form.getByLabel('Audience').selectOption('mid-market-finance');
	await form.getByLabel('Campaign name').fill('Close faster in Q1');
	await form.getByLabel('Channel').fill('LinkedIn');
	await form.getByLabel('Launch date').fill(inDays(35));
	await form.getByLabel('Due date').fill(inDays(40));
	await form.getByLabel('Objective').fill('40 qualified demos');
	await form.getByLabel('Deliverables (one per line)').fill('Two LinkedIn ads\nLanding page');
	// Required inputs are mandatory: refused, naming the field, nothing typed lost.
	await form.getByRole('button', { name: 'Start the run' }).click();
	await expect(form.getByText('name at least one required input')).toBeVisible();
	await expect(form.getByLabel('Campaign name')).toHaveValue('Close faster in Q1');
	await form.getByLabel(/Required inputs/).fill('Customer quote from Northwind');
	await form.getByRole('button', { name: 'Start the run' }).click();

	await expect(page.getByRole('heading', { name: 'Close faster in Q1', level: 1 })).toBeVisible();
	await hydrated(page);
	await expect(page.getByText('Run started')).toBeVisible();
	await expect(page.getByTestId('run-state')).toHaveText('active');

	await act(page, 'Start', 'Campaign brief');
	await expect(page.getByTestId('status-brief')).toContainText('in progress');
	await act(page, 'Mark done', 'Campaign brief');
	await expect(page.getByTestId('status-brief')).toContainText('done');
	await act(page, 'Start', 'Campaign plan');
	await expect(page.getByTestId('status-plan')).toContainText('in progress');
	await act(page, 'Send for review', 'Campaign plan');
	await expect(page.getByTestId('status-plan')).toContainText('in review');

	// While in review, the board asks for the decision.
	await page.goto('/workflows');
	const decisions = page.getByRole('region', { name: /Decision needed next/ });
	await expect(decisions.getByRole('article', { name: /Campaign plan/ })).toContainText(
		/approves the strategy by/
	);
	await page.goBack();
	await hydrated(page);

	await act(page, 'Request changes', 'Campaign plan', 'The offer is vague');
	await expect(page.getByTestId('status-plan')).toContainText('changes requested');
	await expect(page.getByTestId('status-plan')).toContainText('round 1');
	await act(page, 'Start', 'Campaign plan');
	await act(page, 'Send for review', 'Campaign plan');
	await expect(page.getByTestId('status-plan')).toContainText('in review');
	await act(page, 'Approve', 'Campaign plan', 'Offer is clear now');
	await expect(page.getByTestId('status-plan')).toContainText('done');

	const log = page.getByRole('region', { name: 'Decision log' });
	await expect(
		log.getByText('Approved Campaign plan (strategy): Offer is clear now')
	).toBeVisible();
	await expect(
		log.getByText('Changes requested on Campaign plan (strategy): The offer is vague')
	).toBeVisible();

	await page.goto('/workflows');
	await expect(
		page
			.getByRole('region', { name: /Decision needed next/ })
			.getByRole('article', { name: /Campaign plan/ })
	).toHaveCount(0);
	await expect(page.getByRole('region', { name: /Blocked/ })).toContainText('Nothing is blocked');
});

test('moving a deadline twice raises an escalation with its consequence', async ({
	page,
	workspace,
	signInAs
}) => {
	let run = await startRun(workspace.adminApi);
	const design = run.steps.find((s) => s.id === 'ads')!;
	run = await sendEvent(workspace.adminApi, run, {
		type: 'MOVE_DUE',
		stepId: 'ads',
		due: inDays(33),
		reason: 'Designer out'
	});
	run = await sendEvent(workspace.adminApi, run, {
		type: 'MOVE_DUE',
		stepId: 'ads',
		due: inDays(34),
		reason: 'Still out'
	});
	expect(run.steps.find((s) => s.id === 'ads')!.due).not.toBe(design.due);

	await signInAs('admin');
	await page.goto(`/workflows/runs/${run.id}`);
	const escalations = page.getByRole('region', { name: 'Escalations' });
	await expect(escalations).toContainText(
		/Design asset has moved 2 times, from .* to .*; the launch date (moves by \d+ business days?|still holds)\./
	);
	// The demo's current scenario is functional: nobody owns the audience, so nobody owns the run.
	await expect(escalations).toContainText(
		/Close faster in Q1 has no internal owner \(nobody owns the audience\); name one by .*, when Campaign brief starts/
	);
});

test('exports a run as CSV that project tools import, and as iCalendar milestones', async ({
	workspace
}) => {
	const run = await startRun(workspace.adminApi);
	const csv = await workspace.adminApi.get(`/api/v1/runs/${run.id}/export?format=csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const parsed = Papa.parse<Record<string, string>>(await csv.text(), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	expect(parsed.meta.fields).toEqual([
		'Name',
		'Description',
		'Assignee Email',
		'Due Date',
		'Section/Column',
		'Dependencies'
	]);
	expect(parsed.data.map((r) => r.Name)).toContain('Paid channel setup');
	const setup = parsed.data.find((r) => r.Name === 'Paid channel setup')!;
	expect(setup['Dependencies']).toBe('Design asset, Landing page build');
	expect(setup['Section/Column']).toBe('Production');
	expect(setup['Due Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

	const ics = await workspace.adminApi.get(`/api/v1/runs/${run.id}/export?format=ics`);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
	const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
	const launch = events.find((e) => e.summary === 'Launch: Close faster in Q1');
	expect(launch?.startDate.toString().slice(0, 10)).toBe(inDays(35));
	expect(events.some((e) => e.summary === 'Review due: Campaign plan')).toBe(true);

	const md = await workspace.adminApi.get(`/api/v1/runs/${run.id}/export?format=md`);
	expect(await md.text()).toContain('- [ ] Campaign brief');
	await expectApiError(
		await workspace.adminApi.get(`/api/v1/runs/${run.id}/export?format=pdf`),
		400
	);
});

test('bad input changes nothing: missing fields, past launch, stale version, events out of order', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const missing = await expectApiError(
		await api.post('/api/v1/runs', {
			data: {
				templateId: 'paid-campaign',
				audienceId: 'mid-market-finance',
				brief: brief({ requiredInputs: [] })
			}
		}),
		400
	);
	expect(missing.error.issues.map((i) => i.path)).toContain('brief.requiredInputs');
	const past = await expectApiError(
		await api.post('/api/v1/runs', {
			data: {
				templateId: 'paid-campaign',
				audienceId: 'mid-market-finance',
				brief: brief({ launchDate: inDays(-1) })
			}
		}),
		400
	);
	expect(past.error.issues[0]).toEqual({
		path: 'brief.launchDate',
		message: expect.stringContaining('must not be in the past')
	});

	const run = await startRun(api);
	const stale = await api.post(`/api/v1/runs/${run.id}/events`, {
		data: { type: 'START', stepId: 'brief', version: 7 }
	});
	await expectApiError(stale, 409, 'version_conflict');
	const early = await api.post(`/api/v1/runs/${run.id}/events`, {
		data: { type: 'START', stepId: 'qa', version: 1 }
	});
	const body = await expectApiError(early, 422, 'event_not_accepted');
	expect(body.error.message).toContain(
		'"qa" cannot start yet: it waits for "channel-setup" (not started)'
	);
	const same = await (await api.get(`/api/v1/runs/${run.id}`)).json();
	expect(same.version).toBe(1);
	expect(same.nextEvents).toContainEqual({ type: 'START', stepId: 'brief' });
	expect((await (await api.get('/api/v1/runs')).json()).runs).toHaveLength(1);
	const board = await (await api.get('/api/v1/board')).json();
	expect(Object.keys(board)).toEqual(
		expect.arrayContaining(['dueThisWeek', 'blocked', 'decisionsNeeded'])
	);
});

test('a run assigns the seat a stored accountability override makes R/A for a step, and a started run follows it', async ({
	page,
	workspace,
	signInAs
}) => {
	const api = workspace.adminApi;
	const towers = await scenarioNamed(api, 'Proposal: two towers');
	expect((await api.post(`/api/v1/scenarios/${towers.id}/publish`)).status()).toBe(200);
	const before = await startRun(api);
	const ads = (run: RunBody) => run.steps.find((s) => s.id === 'ads')!.owner.seatId;
	expect(ads(before)).not.toBe('gtm-mid-market');
	// Its plan is in progress when the map gives that step to someone else.
	let moving = await sendEvent(api, before, { type: 'START', stepId: 'brief' });
	moving = await sendEvent(api, moving, { type: 'COMPLETE', stepId: 'brief' });
	await sendEvent(api, moving, { type: 'START', stepId: 'plan' });
	const planner = before.steps.find((s) => s.id === 'plan')!.owner;
	expect(planner.seatId).not.toBe('head-of-gtm');
	const plan = { activityId: 'campaign-plan', audienceId: 'mid-market-finance' };
	const row = { activityId: 'design-asset', audienceId: 'mid-market-finance' };
	const saved = await api.put(`/api/v1/scenarios/${towers.id}/accountability`, {
		data: {
			version: 1,
			overrides: [
				{ ...row, seatId: 'senior-designer', role: null },
				{ ...row, seatId: 'designer', role: null },
				{ ...row, seatId: 'gtm-mid-market', role: 'A/R' },
				{ ...plan, seatId: planner.seatId, role: null },
				{ ...plan, seatId: 'head-of-gtm', role: 'A/R' }
			]
		}
	});
	expect(saved.status(), await saved.text()).toBe(200);
	expect(ads(await startRun(api))).toBe('gtm-mid-market');
	// The run started before the override follows it: its design step has not started yet.
	const followed = (await (await api.get(`/api/v1/runs/${before.id}`)).json()) as RunBody & {
		changes: { message: string }[];
	};
	expect(ads(followed)).toBe('gtm-mid-market');
	expect(followed.steps.find((s) => s.id === 'plan')!.owner).toEqual(planner);
	expect(followed.changes.map((c) => c.message)).toContainEqual(
		expect.stringMatching(
			/^Design asset: owner changed from .* to .* after the accountability map was edited on /
		)
	);
	await signInAs('admin');
	await page.goto(`/workflows/runs/${before.id}`);
	const changes = page.getByRole('region', { name: 'Changed since the start' });
	await expect(changes).toContainText('Design asset: owner changed from');
	await expect(changes).toContainText(
		`Campaign plan: stays with ${planner.label}, as work on it has started; the accountability map`
	);
});

test('the workflow screens pass axe and fit 1280 and 390 px', async ({
	page,
	workspace,
	signInAs
}) => {
	const run = await startRun(workspace.adminApi);
	await signInAs('admin');
	for (const [width, height] of [
		[1280, 900],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		for (const [name, path] of [
			['board', '/workflows'],
			['run', `/workflows/runs/${run.id}`],
			['new', '/workflows/new']
		] as const) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await checkScreen(page, `workflows-${name}-${width}`);
		}
	}
});
