import type { APIRequestContext, Page } from '@playwright/test';
import { expectApiError, issuePaths } from './support/api';
import { expect, hydrated, signIn, test } from './support/fixtures';

/** An overloaded solo coordinator: three audiences, eight channels, a busy sales team. */
const overloaded: Record<string, string> = {
	Audiences: '3',
	Products: '4',
	'Active channels': '8',
	Regions: '2',
	'Campaigns per quarter': '6',
	'Events per year': '12',
	'Sales team size': '20',
	'Growth target, %': '40'
};

const profile = {
	audiences: 3,
	products: 4,
	channels: 8,
	regions: 2,
	campaignsPerQuarter: 6,
	eventsPerYear: 12,
	salesTeamSize: 20,
	growthTargetPct: 40,
	aiTools: 1,
	executiveAlignment: 2,
	strategyDocumented: false,
	focusedGoals: false
};

async function openForm(page: Page) {
	await page.goto('/assessments');
	await hydrated(page);
	const form = page.getByRole('form', { name: 'Assessment inputs' });
	await expect(form).toBeVisible();
	return form;
}

async function fill(page: Page, fields: Record<string, string>) {
	for (const [label, value] of Object.entries(fields))
		await page.getByLabel(label, { exact: true }).fill(value);
}

const ratioShown = async (page: Page) =>
	Number(await page.getByTestId('compression-ratio').textContent());

async function savedCount(api: APIRequestContext) {
	const response = await api.get('/api/v1/assessments');
	expect(response.status()).toBe(200);
	return ((await response.json()) as { assessments: unknown[] }).assessments.length;
}

test('an overloaded solo coordinator: the squeeze, the remedies, and solo + fractional brings the ratio down', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Capacity' })
		.click();
	await expect(page.getByRole('heading', { name: 'Capacity assessment', level: 1 })).toBeVisible();
	await hydrated(page);
	await fill(page, overloaded);
	await page.getByLabel('Executive alignment').selectOption('2');
	await page.getByRole('button', { name: 'Run assessment' }).click();

	await expect(page.getByRole('heading', { name: 'Report: Capacity assessment' })).toBeVisible();
	const before = await ratioShown(page);
	expect(before).toBeGreaterThan(1);
	const squeeze = page.getByRole('region', { name: 'What a reactive-first week squeezes out' });
	await expect(squeeze.getByRole('row', { name: /Urgent requests/ })).toBeVisible();
	const planningRow = squeeze.getByRole('row', { name: /Strategic planning/ });
	await expect(planningRow.getByRole('cell').nth(1)).toHaveText('0 h');
	await expect(squeeze).toContainText(
		'0 h/week of planning survive against a protected minimum of 4 h/week'
	);
	const verdict = page.getByRole('region', { name: 'Can one marketer work here?' });
	await expect(verdict).toContainText('Not as things stand');
	await expect(verdict).toContainText('8 active channels (above the limit of 4)');
	const remedies = page.getByRole('region', { name: 'Remedies' });
	for (const title of [
		'Drop or bound scope',
		'Protect a planning block',
		'Limit concurrent initiatives',
		'Add fractional or specialist support'
	])
		await expect(remedies.getByRole('article', { name: new RegExp(title) })).toContainText(
			'needed'
		);
	await expect(page.getByRole('img', { name: /Demand vs capacity by area/ })).toBeVisible();
	const alternatives = page.getByRole('region', { name: 'Alternatives side by side' });
	await expect(alternatives.getByRole('columnheader')).toHaveText([
		'Figure',
		'Solo coordinator',
		'Solo + fractional support',
		'Small two-tower team'
	]);

	await page.getByRole('button', { name: 'Apply solo + fractional' }).click();
	await expect(page.getByText('Applied solo + fractional')).toContainText(
		`The compression ratio fell from ${before.toFixed(2)} to`
	);
	await expect.poll(() => ratioShown(page)).toBeLessThanOrEqual(0.86);
	await expect(page.getByLabel('Content strategy and creation', { exact: true })).not.toHaveValue(
		''
	);
	expect(await savedCount(workspace.adminApi)).toBe(0);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('form', { name: 'Assessment inputs' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Report: Capacity assessment' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Demand vs capacity by area/ })).toBeVisible();
	const shot = await page.screenshot({ fullPage: true });
	expect(shot.byteLength).toBeGreaterThan(10_000);
	await test.info().attach('print-preview', { body: shot, contentType: 'image/png' });
});

test('seed 000’s focused company with one coordinator: viable, planning protected', async ({
	page,
	signInAs
}) => {
	await signInAs('admin');
	await openForm(page);
	await fill(page, {
		Audiences: '1',
		Products: '1',
		'Active channels': '2',
		Regions: '1',
		'Campaigns per quarter': '2',
		'Events per year': '0',
		'Sales team size': '2',
		'Growth target, %': '15'
	});
	await page.getByLabel('AI tools in use').selectOption('2');
	await page.getByLabel('Executive alignment').selectOption('5');
	await page.getByLabel('Strategy in writing').check();
	await page.getByLabel('Focused goals').check();
	await page.getByRole('button', { name: 'Run assessment' }).click();

	await expect(page.getByRole('heading', { name: 'Report: Capacity assessment' })).toBeVisible();
	expect(await ratioShown(page)).toBeLessThanOrEqual(1);
	const verdict = page.getByRole('region', { name: 'Can one marketer work here?' });
	await expect(verdict).toContainText('Yes: every condition holds.');
	const squeeze = page.getByRole('region', { name: 'What a reactive-first week squeezes out' });
	await expect(squeeze).toContainText(
		'4 h/week of planning survive against a protected minimum of 4 h/week'
	);
	await expect(page.getByTestId('team-work-left-out')).toContainText('channel-plan');
});

test('an admin saves the form as the workspace’s company profile; Simulate and the form use it', async ({
	page,
	signInAs
}) => {
	await signInAs('admin');
	await openForm(page);
	await expect(page.locator('#company-profile')).toContainText('no company profile yet');
	await fill(page, { Audiences: '1', 'Active channels': '2', 'Campaigns per quarter': '2' });
	await page.getByRole('button', { name: 'Save as the workspace’s company profile' }).click();
	await expect(page.getByText('Saved as the workspace’s company profile')).toBeVisible();

	await openForm(page);
	await expect(page.locator('#company-profile')).toContainText('starts from the workspace’s');
	await expect(page.getByLabel('Audiences', { exact: true })).toHaveValue('1');
	await expect(page.getByLabel('Campaigns per quarter', { exact: true })).toHaveValue('2');

	await page.goto('/simulate');
	await expect(page.getByRole('heading', { name: /^Simulate: /, level: 1 })).toBeVisible();
	await expect(page.getByTestId('profile-source')).toContainText('company profile: workspace');
});

test('the report exports as Markdown', async ({ page, signInAs }) => {
	await signInAs('admin');
	await openForm(page);
	await fill(page, overloaded);
	await page.getByRole('button', { name: 'Run assessment' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('capacity-assessment.md');
	const text = await (await file.createReadStream()).toArray();
	const markdown = Buffer.concat(text).toString('utf8');
	expect(markdown).toMatch(/^# Capacity assessment\n/);
	expect(markdown).toContain('## What a reactive-first week squeezes out');
	expect(markdown).toContain('## Remedies');
});

test('a leader saves an assessment; a marketer reads it but cannot change it', async ({
	page,
	signInAs,
	workspace,
	browser,
	baseURL
}) => {
	const leader = await signInAs('leader');
	await openForm(page);
	await fill(page, overloaded);
	await page
		.getByLabel('Staffing')
		.selectOption({ label: 'From a scenario: Today: functional team (current)' });
	await page.getByLabel('Name (when saved)').fill('Leader check');
	await page.getByRole('button', { name: 'Save assessment' }).click();
	await expect(page.getByRole('heading', { name: 'Leader check', level: 1 })).toBeVisible();
	await expect(
		page.getByText('Saved. Anyone in the workspace can open this assessment.')
	).toBeVisible();
	await expect(page.getByText('Staffing: seats of “Today: functional team”')).toBeVisible();
	const id = page.url().split('/').pop()!.split('?')[0]!;

	const leaderApi = await workspace.apiAs(leader);
	const saved = await leaderApi.get(`/api/v1/assessments/${id}`);
	expect(saved.status()).toBe(200);
	expect(await saved.json()).toMatchObject({
		id,
		name: 'Leader check',
		version: 1,
		canEdit: true,
		profile: { channels: 8, audiences: 3 },
		report: { staffing: 'scenario', planning: { protectedMinimumHoursPerWeek: expect.any(Number) } }
	});

	const marketer = await workspace.addMember('marketer');
	const context = await browser.newContext({ baseURL });
	const other = await context.newPage();
	await signIn(other, marketer);
	await other.goto('/assessments');
	await other.getByRole('link', { name: 'Leader check' }).click();
	await expect(other.getByRole('heading', { name: 'Leader check', level: 1 })).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Report: Leader check' })).toBeVisible();
	await expect(other.getByText('You can read this assessment')).toBeVisible();
	await expect(other.getByRole('form', { name: 'Assessment inputs' })).toHaveCount(0);
	await expect(other.getByRole('button', { name: 'Delete' })).toHaveCount(0);
	await expect(other.getByRole('button', { name: 'Apply solo + fractional' })).toHaveCount(0);

	const marketerApi = await workspace.apiAs(marketer);
	expect((await marketerApi.get(`/api/v1/assessments/${id}`)).status()).toBe(200);
	const put = await marketerApi.put(`/api/v1/assessments/${id}`, {
		data: { profile, version: 1 }
	});
	await expectApiError(put, 403, 'forbidden');
	await expectApiError(
		await marketerApi.delete(`/api/v1/assessments/${id}?version=1`),
		403,
		'forbidden'
	);
	await expectApiError(
		await marketerApi.post('/api/v1/assessments?save=true', { data: { profile } }),
		403,
		'forbidden'
	);
	const action = await marketerApi.post(`/assessments/${id}?/update`, {
		form: {
			...Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, String(v)])),
			version: '1'
		},
		headers: { origin: baseURL!, accept: 'application/json' }
	});
	expect(await action.json()).toMatchObject({ type: 'failure', status: 403 });
	await context.close();

	const after = await (await leaderApi.get(`/api/v1/assessments/${id}`)).json();
	expect(after).toMatchObject({ version: 1, name: 'Leader check', profile: { channels: 8 } });
	const changed = await leaderApi.put(`/api/v1/assessments/${id}`, {
		data: { profile: { ...profile, channels: 3 }, version: 1 }
	});
	expect(changed.status()).toBe(200);
	expect(await changed.json()).toMatchObject({ version: 2, name: 'Leader check' });
	const stale = await leaderApi.put(`/api/v1/assessments/${id}`, {
		data: { profile, version: 1 }
	});
	expect((await expectApiError(stale, 409, 'version_conflict')).error.currentVersion).toBe(2);
});

test('bad input shows field-level errors and saves nothing', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await openForm(page);
	await fill(page, { 'Active channels': '10000', Audiences: 'lots', Regions: '' });
	await page.getByRole('button', { name: 'Save assessment' }).click();

	await expect(page.getByRole('alert')).toHaveText('Please correct the fields marked below.');
	const channels = page.getByLabel('Active channels', { exact: true });
	await expect(channels).toHaveAttribute('aria-invalid', 'true');
	await expect(channels).toHaveAccessibleDescription('must be at most 50');
	await expect(channels).toHaveValue('10000');
	const audiences = page.getByLabel('Audiences', { exact: true });
	await expect(audiences).toHaveAccessibleDescription('expected a number');
	await expect(audiences).toHaveValue('lots');
	await expect(page.getByLabel('Regions', { exact: true })).toHaveAccessibleDescription(
		'is required'
	);
	await expect(page.getByLabel('Products', { exact: true })).not.toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page).toHaveURL(/\/assessments$/);
	await expect(page.getByRole('heading', { name: /^Report/ })).toHaveCount(0);
	expect(await savedCount(workspace.adminApi)).toBe(0);

	const api = workspace.adminApi;
	const bad = await expectApiError(
		await api.post('/api/v1/assessments?save=true', {
			data: { profile: { ...profile, channels: 10_000, audiences: 'three', regions: undefined } }
		}),
		400,
		'invalid_request'
	);
	expect(issuePaths(bad)).toEqual(
		expect.arrayContaining(['profile.channels', 'profile.audiences', 'profile.regions'])
	);
	await expectApiError(
		await api.post('/api/v1/assessments', { data: { profile: { ...profile, channels: -1 } } }),
		400
	);
	expect(await savedCount(api)).toBe(0);
});
