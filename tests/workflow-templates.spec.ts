import { checkScreen } from './support/screens';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectApiError, listScenarios } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Preview {
	kind: 'preview';
	preview: { steps: { stepId: string; doneBy: { id: string; name: string }[] }[] };
}

/** The current scenario's id, as the simulation API takes it. */
const currentScenarioId = async (api: APIRequestContext) =>
	(await listScenarios(api)).find((s) => s.status === 'current')!.id;

/** The simulated mean lead time of the paid campaign on the current scenario, hours. */
async function paidLeadTime(api: APIRequestContext, scenarioId: string): Promise<number> {
	const response = await api.post('/api/v1/simulations', {
		data: { scenarioId, replications: 4, sensitivity: false }
	});
	expect(response.status(), await response.text()).toBe(200);
	const report = (await response.json()) as {
		templates: { templateId: string; leadTime: { meanHours: number } }[];
	};
	return report.templates.find((t) => t.templateId === 'paid-campaign')!.leadTime.meanHours;
}

/** Opens a step of the editor and returns its fields. */
async function openStep(page: Page, id: string) {
	await page.locator('summary', { hasText: new RegExp(`^${id}: `) }).click();
	const step = page.getByRole('group', { name: new RegExp(`^Step ${id}:`) });
	await expect(step).toBeVisible();
	return step;
}

async function template(api: APIRequestContext) {
	const response = await api.get('/api/v1/templates/paid-campaign');
	expect(response.status()).toBe(200);
	return (await response.json()) as { source: string; version: number; template: unknown };
}

test('an admin edits a template, previews it, is refused a cycle, saves it and resets it', async ({
	page,
	workspace,
	signInAs
}) => {
	const api = workspace.adminApi;
	const scenarioId = await currentScenarioId(api);
	const before = await paidLeadTime(api, scenarioId);

	await signInAs('admin');
	await page.goto('/workflows');
	await page
		.getByRole('navigation', { name: 'Workflows sections' })
		.getByRole('link', { name: 'Templates' })
		.click();
	await expect(page.getByRole('heading', { name: 'Workflow templates', level: 1 })).toBeVisible();
	const row = page.getByRole('listitem').filter({ hasText: 'Paid campaign' });
	await expect(row).toContainText('Default');
	await row.getByRole('link', { name: 'Paid campaign' }).click();
	await expect(page.getByRole('heading', { name: 'Paid campaign', level: 1 })).toBeVisible();
	await hydrated(page);
	await expect(page.getByTestId('preview-ads')).toContainText('Senior designer');
	await expect(page.getByTestId('preview-lead-time')).toContainText('working days');
	// The preview can be resolved for another of the scenario's audiences.
	const audience = page.getByLabel('Audience', { exact: true });
	const firstAudience = await audience.inputValue();
	const otherAudience = await audience
		.locator('option')
		.evaluateAll(
			(os, v) => os.map((o) => (o as HTMLOptionElement).value).find((x) => x !== v),
			firstAudience
		);
	await audience.selectOption(otherAudience!);
	await expect(audience).toHaveValue(otherAudience!);
	await expect(page.getByTestId('preview-lead-time')).toContainText('working days');

	// A performer change shows in the preview before anything is saved.
	const ads = await openStep(page, 'ads');
	await ads.getByLabel('Performer').fill('craft:analytics');
	await page.getByRole('button', { name: 'Preview changes' }).click();
	await expect(page.getByTestId('preview-ads')).toContainText('Marketing analyst');
	expect((await template(api)).source).toBe('default');

	// A cycle is refused naming its steps, and nothing is saved.
	const brief = await openStep(page, 'brief');
	await brief.getByRole('checkbox', { name: /^plan / }).check();
	await page.getByRole('button', { name: 'Save template' }).click();
	const problems = page.getByRole('list', { name: 'Problems' });
	await expect(problems).toContainText('phases[0].steps[1].dependsOn[0]');
	await expect(problems).toContainText('forms a cycle: brief → plan → brief');
	await expect(page.getByText('Nothing was saved.')).toBeVisible();
	expect(await template(api)).toMatchObject({ source: 'default', version: 0 });

	await brief.getByRole('checkbox', { name: /^plan / }).uncheck();
	await page.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByText('Saved as version 1.')).toBeVisible();
	await expect(problems).toHaveCount(0);
	expect(await template(api)).toMatchObject({ source: 'edited', version: 1 });

	// New runs and the simulation use the edit.
	const preview = (await (
		await api.post('/api/v1/templates/paid-campaign/preview', { data: {} })
	).json()) as Preview;
	const analysts = preview.preview.steps.find((s) => s.stepId === 'ads')!.doneBy.map((s) => s.id);
	const started = await api.post('/api/v1/runs', {
		data: {
			templateId: 'paid-campaign',
			audienceId: 'mid-market-finance',
			brief: {
				campaignName: 'Edited template run',
				objective: '40 demos',
				deliverables: ['Two ads'],
				channel: 'LinkedIn',
				dueDate: inDays(40),
				requiredInputs: ['Customer quote'],
				reviewMilestones: ['Plan sign-off'],
				launchDate: inDays(35),
				constraints: ''
			}
		}
	});
	expect(started.status(), await started.text()).toBe(201);
	const run = (await started.json()) as {
		steps: { id: string; owner: { seatId: string | null } }[];
	};
	expect(analysts).toContain(run.steps.find((s) => s.id === 'ads')!.owner.seatId);
	expect(await paidLeadTime(api, scenarioId)).not.toBe(before);

	await page.goto('/workflows/templates');
	await expect(page.getByRole('listitem').filter({ hasText: 'Paid campaign' })).toContainText(
		'Edited'
	);
	await page.getByRole('link', { name: 'Paid campaign' }).click();
	await hydrated(page);
	await page.getByRole('button', { name: 'Reset to default' }).click();
	await expect(page.getByText('Reset to the default template.')).toBeVisible();
	await expect(page.getByTestId('preview-ads')).toContainText('Senior designer');
	expect(await template(api)).toMatchObject({ source: 'default', version: 2 });
	expect(await paidLeadTime(api, scenarioId)).toBe(before);
});

test('an admin moves a step to another phase and adds a phase; the saved template keeps the order', async ({
	page,
	workspace,
	signInAs
}) => {
	const api = workspace.adminApi;
	await signInAs('admin');
	await page.goto('/workflows/templates/paid-campaign');
	await hydrated(page);

	// The report moves from launch to a new scheduling phase, which takes its place in the order.
	const report = await openStep(page, 'report');
	await report.getByLabel('Phase').selectOption('scheduling');
	await expect(page.getByRole('heading', { name: 'Phase: Scheduling' })).toBeVisible();
	// Production's only step moves to QA: the empty production phase goes.
	const setup = await openStep(page, 'channel-setup');
	await setup.getByLabel('Phase').selectOption('qa');
	await expect(page.getByRole('heading', { name: 'Phase: Production' })).toHaveCount(0);
	// A phase can be added back with a first step to fill in.
	await page.getByLabel('Add a phase').selectOption('production');
	await page.getByRole('button', { name: 'Add phase' }).click();
	await expect(page.getByRole('heading', { name: 'Phase: Production' })).toBeVisible();

	await page.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByText('Saved as version 1.')).toBeVisible();
	const saved = (await template(api)).template as {
		phases: { phase: string; steps: { id: string }[] }[];
	};
	expect(saved.phases.map((p) => [p.phase, p.steps.map((s) => s.id)])).toEqual([
		['strategy', ['brief', 'plan']],
		['creative', ['ads', 'landing-page']],
		['production', [expect.stringMatching(/^step-\d+$/)]],
		['qa', ['qa', 'channel-setup']],
		['scheduling', ['report']],
		['launch', ['launch']]
	]);
});

test('a marketer reads and previews templates but cannot change them', async ({
	page,
	workspace,
	signInAs
}) => {
	const account = await signInAs('marketer');
	await page.goto('/workflows/templates/paid-campaign');
	await hydrated(page);
	await expect(page.getByText('Read-only: admins and the custodians')).toBeVisible();
	await expect((await openStep(page, 'ads')).getByLabel('Performer')).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Save template' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Preview changes' }).click();
	await expect(page.getByTestId('preview-ads')).toContainText('Senior designer');

	const api = await workspace.apiAs(account);
	const { template: body } = await template(workspace.adminApi);
	await expectApiError(
		await api.put('/api/v1/templates/paid-campaign', { data: { template: body, version: 0 } }),
		403
	);
	await expectApiError(
		await api.delete('/api/v1/templates/paid-campaign', { data: { version: 0 } }),
		403
	);
});

test('the API lists templates and refuses a bad edit naming the field', async ({ workspace }) => {
	const api = workspace.adminApi;
	const list = (await (await api.get('/api/v1/templates')).json()) as {
		templates: { id: string; source: string; canEdit: boolean }[];
	};
	expect(list.templates.map((t) => t.id)).toContain('paid-campaign');
	expect(list.templates.every((t) => t.source === 'default' && t.canEdit)).toBe(true);

	const { template: body } = (await template(api)) as { template: Record<string, unknown> };
	const error = await expectApiError(
		await api.put('/api/v1/templates/paid-campaign', {
			data: { template: { ...body, volumePerAudiencePerQuarter: -1 }, version: 0 }
		}),
		400
	);
	expect(error.error.issues.map((i) => i.path)).toEqual(['volumePerAudiencePerQuarter']);
	await expectApiError(
		await api.put('/api/v1/templates/paid-campaign', { data: { template: body, version: 3 } }),
		409
	);
	await expectApiError(await api.get('/api/v1/templates/no-such-template'), 404);
	expect(await template(api)).toMatchObject({ source: 'default', version: 0 });

	// The preview resolves for the audience asked for; one the scenario lacks is named.
	const bad = await expectApiError(
		await api.post('/api/v1/templates/paid-campaign/preview', { data: { audienceId: 'nobody' } }),
		400
	);
	expect(bad.error.issues.map((i) => i.path)).toEqual(['audienceId']);
	const first = (await (
		await api.post('/api/v1/templates/paid-campaign/preview', { data: {} })
	).json()) as { audienceId: string; audiences: { id: string; name: string }[] };
	const other = first.audiences.find((a) => a.id !== first.audienceId)!;
	const answer = await api.post('/api/v1/templates/paid-campaign/preview', {
		data: { audienceId: other.id }
	});
	expect(answer.status()).toBe(200);
	expect(await answer.json()).toMatchObject({ audienceId: other.id, audience: other.name });
});

test('the template screens pass axe and fit 1280 and 390 px', async ({ page, signInAs }) => {
	await signInAs('admin');
	for (const [width, height] of [
		[1280, 900],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		for (const [name, path] of [
			['templates', '/workflows/templates'],
			['template', '/workflows/templates/paid-campaign']
		] as const) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await checkScreen(page, `workflow-${name}-${width}`);
		}
	}
});
