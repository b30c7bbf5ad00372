import type { APIRequestContext } from '@playwright/test';
import { expectApiError, issuePaths, scenarioNamed } from './support/api';
import { expect, hydrated, signIn, test, type Account } from './support/fixtures';

const PROPOSAL = 'Proposal: two towers';
const MID_MARKET = 'mid-market-finance';
const ENTERPRISE = 'enterprise-finance';

/** The server's "today" for conversations is the UTC calendar date. */
const daysAgo = (days: number) =>
	new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * As the admin: links the two-tower proposal's mid-market GTM seat to `account` (the seat's
 * memberEmail) and publishes the proposal as the current scenario. Returns the scenario id.
 */
async function linkMidMarketSeat(adminApi: APIRequestContext, account: Account) {
	const scenario = await scenarioNamed(adminApi, PROPOSAL);
	const seats = scenario.seats.map((seat) =>
		seat.id === 'gtm-mid-market' ? { ...seat, memberEmail: account.email } : seat
	);
	const saved = await adminApi.put(`/api/v1/scenarios/${scenario.id}`, {
		data: { ...scenario, seats }
	});
	expect(saved.status(), await saved.text()).toBe(200);
	const published = await adminApi.post(`/api/v1/scenarios/${scenario.id}/publish`);
	expect(published.status(), await published.text()).toBe(200);
	return scenario.id;
}

const conversation = (over: Record<string, unknown> = {}) => ({
	date: daysAgo(0),
	audienceId: MID_MARKET,
	company: 'Northwind',
	contactRole: 'Controller',
	type: 'call',
	pains: ['slow month-end close'],
	...over
});

test('a marketer logs a conversation from their home and sees the streak', async ({
	page,
	workspace
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const marketer = await workspace.addMember('marketer');
	await linkMidMarketSeat(workspace.adminApi, marketer);
	await signIn(page, marketer);

	await page.getByRole('link', { name: 'Conversations', exact: true }).click();
	await expect(page).toHaveURL(/\/me$/);
	await expect(page.getByRole('heading', { name: 'My home', level: 1 })).toBeVisible();
	await hydrated(page);
	await expect(page.getByRole('link', { name: 'Mid-market controllers' })).toBeVisible();
	await expect(page.getByTestId('current-streak')).toHaveText(/^0\s*weeks$/);

	const form = page.getByRole('form', { name: 'Log a conversation' });
	await expect(form.getByLabel('Date')).toHaveValue(daysAgo(0));
	await form.getByLabel('Company').fill('Contoso');
	await form.getByLabel('Contact role').fill('Head of finance');
	await form.getByLabel('Pains heard').fill('audit prep, slow month-end close');
	await form.getByLabel('Company').press('Enter');

	await expect(page.getByText('Logged your conversation with Contoso.')).toBeVisible();
	await expect(page.getByTestId('current-streak')).toHaveText(/^1\s*week$/);
	await expect(page.getByRole('article', { name: /^Contoso/ })).toBeVisible();
	// The form is ready for the next one, and the pains heard are now suggested.
	await expect(form.getByLabel('Company')).toHaveValue('');
	await expect(form.getByRole('button', { name: 'audit prep' })).toBeVisible();

	// A future date is refused, naming the field, and nothing typed is lost.
	await form.getByLabel('Company').fill('Fabrikam');
	await form.getByLabel('Contact role').fill('CFO');
	await form.getByLabel('Date').fill(daysAgo(-2));
	await form.getByLabel('Date').evaluate((input) => input.removeAttribute('max'));
	await form.getByRole('button', { name: 'Log conversation' }).click();
	await expect(form.getByText(/must not be in the future/)).toBeVisible();
	await expect(form.getByLabel('Company')).toHaveValue('Fabrikam');

	// Delete, then undo.
	await page.getByRole('button', { name: /^Delete Contoso/ }).click();
	await expect(page.getByText('Deleted the conversation with Contoso.')).toBeVisible();
	await expect(page.getByTestId('current-streak')).toHaveText(/^0\s*weeks$/);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('Restored the conversation with Contoso.')).toBeVisible();
	await expect(page.getByTestId('current-streak')).toHaveText(/^1\s*week$/);
	expect(errors).toEqual([]);
});

test('the API refuses another marketer’s audience, a future date and a missing audience', async ({
	workspace
}) => {
	const marketer = await workspace.addMember('marketer');
	await linkMidMarketSeat(workspace.adminApi, marketer);
	const api = await workspace.apiAs(marketer);

	const created = await api.post('/api/v1/conversations', { data: conversation() });
	expect(created.status(), await created.text()).toBe(201);
	const saved = await created.json();
	expect(saved).toMatchObject({ audienceId: MID_MARKET, version: 1, deletedAt: null });

	// The enterprise audience belongs to another GTM seat: 403, nothing stored.
	await expectApiError(
		await api.post('/api/v1/conversations', { data: conversation({ audienceId: ENTERPRISE }) }),
		403,
		'forbidden'
	);
	const future = await expectApiError(
		await api.post('/api/v1/conversations', { data: conversation({ date: daysAgo(-3) }) }),
		400
	);
	expect(issuePaths(future)).toEqual(['date']);
	const nowhere = await expectApiError(
		await api.post('/api/v1/conversations', { data: conversation({ audienceId: 'nowhere' }) }),
		400
	);
	expect(issuePaths(nowhere)).toEqual(['audienceId']);
	const long = await expectApiError(
		await api.post('/api/v1/conversations', { data: conversation({ quote: 'x'.repeat(600) }) }),
		400
	);
	expect(issuePaths(long)).toEqual(['quote']);
	await expectApiError(
		await api.post('/api/v1/conversations', { data: conversation({ quote: 'x'.repeat(100_000) }) }),
		413,
		'body_too_large'
	);

	const listed = await (await api.get('/api/v1/conversations')).json();
	expect(listed.conversations.map((c: { id: string }) => c.id)).toEqual([saved.id]);

	// Stale edits are refused; the admin cannot change someone else's conversation.
	const edited = await api.put(`/api/v1/conversations/${saved.id}`, {
		data: { ...conversation({ company: 'Contoso' }), version: 1 }
	});
	expect(edited.status(), await edited.text()).toBe(200);
	await expectApiError(
		await api.put(`/api/v1/conversations/${saved.id}`, {
			data: { ...conversation(), version: 1 }
		}),
		409,
		'version_conflict'
	);
	await expectApiError(
		await workspace.adminApi.delete(`/api/v1/conversations/${saved.id}`),
		403,
		'forbidden'
	);

	const cadence = await (await api.get('/api/v1/cadence?weeks=13')).json();
	expect(cadence.weeks).toHaveLength(13);
	expect(cadence.weeks.at(-1)).toMatchObject({ count: 1 });
	expect(cadence).toMatchObject({ target: 1, currentStreak: 1, longestStreak: 1 });
	const weeks = await expectApiError(await api.get('/api/v1/cadence?weeks=500'), 400);
	expect(issuePaths(weeks)).toEqual(['weeks']);
});

test('an admin sees the team heat map, and the org chart badge turns from missed to met', async ({
	page,
	workspace
}) => {
	const marketer = await workspace.addMember('marketer');
	const scenarioId = await linkMidMarketSeat(workspace.adminApi, marketer);
	const api = await workspace.apiAs(marketer);
	// Nothing last week or this week: the habit is broken, so the badge says missed.
	for (const days of [14, 21, 28]) {
		const logged = await api.post('/api/v1/conversations', {
			data: conversation({ date: daysAgo(days) })
		});
		expect(logged.status(), await logged.text()).toBe(201);
	}

	await signIn(page, workspace.admin);
	const card = page.locator('[role="tree"] [data-seat-id="gtm-mid-market"]');
	await page.goto(`/scenarios/${scenarioId}`);
	await expect(card).toHaveAttribute('aria-label', /Owns Mid-market controllers, cadence missed/);

	await page.goto('/conversations');
	await expect(
		page.getByRole('heading', { name: 'Customer conversations', level: 1 })
	).toBeVisible();
	await expect(page.getByRole('img', { name: /Heat map of conversations/ })).toBeVisible();
	await expect(page.locator('svg rect')).not.toHaveCount(0);
	const below = page.getByRole('region', { name: 'Below target this week' });
	await expect(below.getByText(marketer.name)).toBeVisible();
	await page.getByText('Show the heat map as a table').click();
	const row = page.getByRole('row', { name: new RegExp(marketer.name) }).first();
	await expect(row).toBeVisible();
	await expect(page.getByRole('region', { name: 'Audiences needing attention' })).toContainText(
		'Accounting firms and partners'
	);

	const csv = await workspace.adminApi.get('/conversations/export');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).split('\n')).toHaveLength(4);

	const logged = await api.post('/api/v1/conversations', { data: conversation() });
	expect(logged.status()).toBe(201);
	await page.goto(`/scenarios/${scenarioId}`);
	await expect(card).toHaveAttribute('aria-label', /Owns Mid-market controllers, cadence met/);
	await page.goto('/conversations');
	await expect(page.getByText('Everyone has met this week’s target.')).toBeVisible();
});

test('markup in a conversation is shown as text, never run', async ({ page, workspace }) => {
	const marketer = await workspace.addMember('marketer');
	await linkMidMarketSeat(workspace.adminApi, marketer);
	const api = await workspace.apiAs(marketer);
	const quote = '<script>window.__pwned = 1</script>We close in <b>ten</b> days';
	const company = '<img src=x onerror="window.__pwned = 2">';
	const logged = await api.post('/api/v1/conversations', {
		data: conversation({ company, quote, pains: ['<i>manual</i> work'], product: 'Close' })
	});
	expect(logged.status(), await logged.text()).toBe(201);

	await signIn(page, marketer);
	for (const path of ['/me', `/audiences/${MID_MARKET}`]) {
		await page.goto(path);
		await hydrated(page);
		const shown = page.getByRole('article').first();
		await expect(shown.getByText(`“${quote}”`)).toBeVisible();
		await expect(shown.getByRole('heading', { name: company })).toBeVisible();
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect(page.locator('main img, main b, main i')).toHaveCount(0);
	}
});
