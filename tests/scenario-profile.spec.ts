import type { APIRequestContext, Page } from '@playwright/test';
import type { SimulationResponse } from '../src/lib/domain/simulation/report';
import { getScenario, listScenarios } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

const CURRENT = 'Today: functional team';

async function simulated(api: APIRequestContext, scenarioId: string): Promise<SimulationResponse> {
	const response = await api.post('/api/v1/simulations', {
		data: { scenarioId, seed: 7, replications: 3, sensitivity: false }
	});
	expect(response.status(), await response.text()).toBe(200);
	return response.json();
}

async function fill(page: Page, values: Record<string, string>) {
	for (const [label, value] of Object.entries(values))
		await page.getByLabel(label, { exact: true }).fill(value);
}

test('an admin gives a scenario its own company profile; bad figures are refused and Simulate uses it', async ({
	page,
	signInAs,
	workspace
}) => {
	test.setTimeout(180_000);
	await signInAs('admin');
	const api = workspace.adminApi;
	const current = (await listScenarios(api)).find((s) => s.name === CURRENT)!;
	const before = await simulated(api, current.id);
	expect(before.profile.source).toBe('default');

	await page.goto(`/scenarios/${current.id}/profile`);
	await hydrated(page);
	await expect(page.getByTestId('scenario-profile-source')).toContainText('demo company');

	// A million channels is refused, naming the field; nothing is saved.
	await fill(page, { 'Active channels': '1000000' });
	await page.getByRole('button', { name: 'Save for this scenario' }).click();
	await expect(page.getByText('nothing was saved')).toBeVisible();
	await expect(page.getByLabel('Active channels', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByText('must be at most 50')).toBeVisible();
	const unchanged = await getScenario(api, current.id);
	expect(unchanged.version).toBe(current.version);
	expect('profile' in unchanged).toBe(false);

	await fill(page, { Audiences: '1', 'Active channels': '2', 'Campaigns per quarter': '2' });
	await page.getByRole('button', { name: 'Save for this scenario' }).click();
	await expect(page.getByText('Saved: this scenario’s simulation now uses')).toBeVisible();
	await expect(page.getByTestId('scenario-profile-source')).toContainText(
		'its own company profile'
	);
	await page.screenshot({ path: 'test-results/screens/scenario-profile.png', fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screens/scenario-profile-390.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });

	const after = await simulated(api, current.id);
	expect(after.profile.source).toBe('scenario');
	expect(after.profile.profile).toMatchObject({
		audiences: 1,
		channels: 2,
		campaignsPerQuarter: 2
	});
	// A smaller company: less work flows through the same seats.
	expect(after.overall.throughputPerWeek).toBeLessThan(before.overall.throughputPerWeek);

	await page.getByRole('link', { name: 'Simulate this scenario' }).click();
	await expect(page.getByTestId('profile-source')).toContainText(
		'A: company profile: this scenario'
	);

	await page.goto(`/scenarios/${current.id}/profile`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Use the workspace’s profile' }).click();
	await expect(page.getByText('uses the workspace’s company profile again')).toBeVisible();
	expect((await simulated(api, current.id)).profile.source).toBe('default');
});

test('a marketer reads a scenario’s company profile but cannot change it', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('marketer');
	const current = (await listScenarios(workspace.adminApi)).find((s) => s.name === CURRENT)!;
	await page.goto(`/scenarios/${current.id}/profile`);
	await expect(page.getByRole('heading', { name: `Company profile: ${CURRENT}` })).toBeVisible();
	await expect(page.getByLabel('Audiences', { exact: true })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Save for this scenario' })).toHaveCount(0);
	await expect(page.getByText('Only the scenario’s author and admins')).toBeVisible();
});
