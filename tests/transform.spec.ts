import { expectApiError, listScenarios, scenarioNamed, snapshot } from './support/api';
import { expect, test } from './support/fixtures';

const LEGACY = 'Today: functional team';

test('run the wizard on the functional team and open the new two-tower draft', async ({
	page,
	signInAs
}) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('admin');
	await page.getByRole('link', { name: LEGACY }).click();
	await page.getByRole('link', { name: 'Transform into two towers' }).click();
	await expect(
		page.getByRole('heading', { name: 'Transform into two towers', level: 1 })
	).toBeVisible();

	// Suggested from current roles: the PMM for Close owns the enterprise audience.
	await expect(page.getByLabel('Place Hannah Lindqvist')).toHaveValue('gtm-marketer');
	await expect(page.getByLabel('Audience Hannah Lindqvist owns')).toHaveValue('enterprise-finance');
	await expect(page.getByLabel('Place Marcus Bell')).toHaveValue('head-of-gtm');

	await page.getByRole('button', { name: 'Preview the draft' }).click();
	await expect(page.getByRole('heading', { name: 'Accountabilities gained and lost' })).toBeVisible(
		{
			timeout: 20_000
		}
	);
	await expect(page.getByRole('heading', { name: 'Simulated savings' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Hannah Lindqvist · GTM marketer/ })).toContainText(
		'Positioning statement'
	);

	await page.getByRole('button', { name: 'Create the two-tower draft' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[^/]+$/, { timeout: 20_000 });
	await expect(page.getByText('Two towers (Mini CMO)')).toBeVisible();
	await expect(page.getByText('Private draft')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a wizard mapping that leaves a person out is refused and saves nothing', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const legacy = await scenarioNamed(api, LEGACY);
	const preview = await api.post(`/api/v1/scenarios/${legacy.id}/transform`, {
		data: { commit: false }
	});
	expect(preview.status(), await preview.text()).toBe(200);
	const { mapping } = (await preview.json()) as { mapping: { seatId: string }[] };
	const before = await snapshot(api);
	const refused = await api.post(`/api/v1/scenarios/${legacy.id}/transform`, {
		data: { commit: true, mapping: mapping.filter((p) => p.seatId !== 'designer') }
	});
	const body = await expectApiError(refused, 422, 'invalid_transformation');
	expect(body.error.issues).toContainEqual({
		path: 'mapping',
		message:
			'Mei Chen (Designer) is left out: place them, or choose "leave" to drop them from the draft'
	});
	const twice = await api.post(`/api/v1/scenarios/${legacy.id}/transform`, {
		data: { commit: true, mapping: [...mapping, mapping[1]] }
	});
	expect((await expectApiError(twice, 422)).error.message).toMatch(/is placed twice/);
	expect(await snapshot(api)).toEqual(before);
	expect(await listScenarios(api)).toHaveLength(before.length);
});
