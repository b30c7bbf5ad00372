import { expectApiError, listScenarios, scenarioNamed, snapshot } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

/** A demo scenario the admin wrote and never shared. */
const PRIVATE_DRAFT = 'Reference: solo coordinator';

test('a marketer cannot see an unshared draft until the admin shares it', async ({
	page,
	signInAs,
	workspace
}) => {
	const draft = await scenarioNamed(workspace.adminApi, PRIVATE_DRAFT);
	expect(draft).toMatchObject({ status: 'draft', visibility: 'private' });
	const marketer = await signInAs('marketer');
	const marketerApi = await workspace.apiAs(marketer);

	// Not in their list, in the UI or the API.
	await expect(page.getByRole('link', { name: 'Today: functional team' })).toBeVisible();
	await expect(page.getByRole('link', { name: PRIVATE_DRAFT })).toHaveCount(0);
	expect((await listScenarios(marketerApi)).map((s) => s.name)).not.toContain(PRIVATE_DRAFT);

	// Not by its address, in the UI or the API.
	const opened = await page.goto(`/scenarios/${draft.id}`);
	expect(opened?.status()).toBe(404);
	await expect(page.getByText('Scenario was not found')).toBeVisible();
	await expect(page.getByRole('heading', { name: PRIVATE_DRAFT })).toHaveCount(0);
	await expect(page.getByText(draft.seats[0]!.title)).toHaveCount(0);
	const read = await marketerApi.get(`/api/v1/scenarios/${draft.id}`);
	expect([403, 404]).toContain(read.status());
	await expectApiError(read, read.status());
	expect(await read.text()).not.toContain(draft.seats[0]!.title);
	for (const path of [
		`/api/v1/scenarios/${draft.id}/export?format=csv`,
		`/api/v1/scenarios/${draft.id}/history`
	])
		expect([403, 404]).toContain((await marketerApi.get(path)).status());

	// Nor can they share it themselves.
	await expectApiError(await marketerApi.post(`/api/v1/scenarios/${draft.id}/share`), 404);

	const shared = await workspace.adminApi.post(`/api/v1/scenarios/${draft.id}/share`);
	expect(shared.status()).toBe(200);
	expect(await shared.json()).toMatchObject({ visibility: 'workspace', status: 'draft' });

	expect((await marketerApi.get(`/api/v1/scenarios/${draft.id}`)).status()).toBe(200);
	await page.goto('/scenarios');
	await page.getByRole('link', { name: PRIVATE_DRAFT }).click();
	await expect(page.getByRole('heading', { name: PRIVATE_DRAFT, level: 1 })).toBeVisible();
	await expect(page.getByText('Shared draft')).toBeVisible();
});

test('a marketer cannot publish, create, invite or open the member list', async ({
	page,
	signInAs,
	workspace
}) => {
	const marketer = await signInAs('marketer');
	const api = await workspace.apiAs(marketer);
	const before = await snapshot(workspace.adminApi);
	const proposal = before.find((s) => s.name === 'Proposal: two towers')!;

	await expectApiError(
		await api.post(`/api/v1/scenarios/${proposal.id}/publish`),
		403,
		'forbidden'
	);
	await expectApiError(
		await api.post('/api/v1/scenarios', { data: { from: 'two-tower' } }),
		403,
		'forbidden'
	);
	await expectApiError(
		await api.post('/api/v1/members', {
			data: { name: 'Eve', email: 'eve@example.test', role: 'admin' }
		}),
		403,
		'forbidden'
	);
	await expectApiError(await api.get('/api/v1/members'), 403, 'forbidden');
	expect(await snapshot(workspace.adminApi)).toEqual(before);
	const members = await (await workspace.adminApi.get('/api/v1/members')).json();
	expect(members.members.map((m: { email: string }) => m.email)).not.toContain('eve@example.test');

	// The UI offers none of it.
	await expect(page.getByRole('heading', { name: 'New scenario' })).toHaveCount(0);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Proposal: two towers' }).click();
	await expect(page.getByRole('heading', { name: 'Proposal: two towers', level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Publish as current' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Delete…' })).toHaveCount(0);

	const members403 = await page.goto('/members');
	expect(members403?.status()).toBe(403);
	await expect(page.getByText('Only admins and leaders can see the member list.')).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
});

test('a leader can create a draft, private to them and admins', async ({
	page,
	signInAs,
	workspace
}) => {
	const leader = await signInAs('leader');
	await hydrated(page);
	await page.getByRole('radio', { name: /^Two towers \(Mini CMO\)/ }).check();
	await page.getByLabel('Name (optional)').fill('Leader proposal');
	await page.getByRole('button', { name: 'Create draft' }).click();

	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('heading', { name: 'Leader proposal', level: 1 })).toBeVisible();
	await expect(page.getByText('Private draft')).toBeVisible();
	await expect(page.getByText(`by ${leader.name}`)).toBeVisible();

	const id = new URL(page.url()).pathname.split('/').pop()!;
	expect((await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).status()).toBe(200);
	const marketerApi = await workspace.apiAs(await workspace.addMember('marketer'));
	expect([403, 404]).toContain((await marketerApi.get(`/api/v1/scenarios/${id}`)).status());
});

test('publishing makes a scenario the single current one', async ({
	page,
	signInAs,
	workspace
}) => {
	const before = await listScenarios(workspace.adminApi);
	expect(before.filter((s) => s.status === 'current').map((s) => s.name)).toEqual([
		'Today: functional team'
	]);

	await signInAs('admin');
	await page.getByRole('link', { name: 'Proposal: two towers' }).click();
	await expect(page.getByRole('heading', { name: 'Proposal: two towers', level: 1 })).toBeVisible();
	await expect(page.getByText('Shared draft')).toBeVisible();
	await page.getByRole('button', { name: 'Publish as current' }).click();
	await page.getByLabel('Note for the record').fill('Two towers from next quarter');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText('Current', { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Publish as current' })).toHaveCount(0);

	const after = await listScenarios(workspace.adminApi);
	const current = after.filter((s) => s.status === 'current');
	expect(current.map((s) => s.name)).toEqual(['Proposal: two towers']);
	expect(after.find((s) => s.name === 'Today: functional team')).toMatchObject({
		status: 'draft'
	});

	// Publishing through the API swaps them back, and still only one is current.
	const today = after.find((s) => s.name === 'Today: functional team')!;
	const published = await workspace.adminApi.post(`/api/v1/scenarios/${today.id}/publish`);
	expect(published.status()).toBe(200);
	const again = await listScenarios(workspace.adminApi);
	expect(again.filter((s) => s.status === 'current').map((s) => s.name)).toEqual([
		'Today: functional team'
	]);
	await page.reload();
	await expect(page.getByText('Shared draft')).toBeVisible();
});
