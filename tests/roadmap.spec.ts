import { checkScreen } from './support/screens';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectApiError, issuePaths, scenarioNamed } from './support/api';
import { expect, hydrated, signIn, test, type Account } from './support/fixtures';

const Q = '2027-Q1';
const MID = 'mid-market-finance';
const ENT = 'enterprise-finance';

/** Publishes the two-tower proposal as current, the mid-market GTM seat linked to `account`. */
async function publishTowers(adminApi: APIRequestContext, account?: Account) {
	const scenario = await scenarioNamed(adminApi, 'Proposal: two towers');
	const seats = scenario.seats.map((seat) =>
		seat.id === 'gtm-mid-market' && account ? { ...seat, memberEmail: account.email } : seat
	);
	const saved = await adminApi.put(`/api/v1/scenarios/${scenario.id}`, {
		data: { ...scenario, seats }
	});
	expect(saved.status(), await saved.text()).toBe(200);
	const published = await adminApi.post(`/api/v1/scenarios/${scenario.id}/publish`);
	expect(published.status(), await published.text()).toBe(200);
}

const item = (over: Record<string, unknown>) => ({
	title: 'Initiative',
	audienceId: MID,
	ownerSeatId: 'gtm-mid-market',
	outcome: { metric: 'demo requests a month', baseline: 20, target: 35, byDate: '2027-03-31' },
	effortHoursPerWeek: 3,
	startWeek: 1,
	endWeek: 3,
	...over
});

/** Saves `initiatives` as the admin at the version read; returns the saved plan. */
async function plan(adminApi: APIRequestContext, initiatives: unknown[]) {
	const read = await (await adminApi.get(`/api/v1/roadmaps/${Q}`)).json();
	const saved = await adminApi.put(`/api/v1/roadmaps/${Q}`, {
		data: { version: read.roadmap.version, initiatives }
	});
	expect(saved.status(), await saved.text()).toBe(200);
	return (await saved.json()).roadmap;
}

async function openRoadmap(page: Page) {
	await page.goto(`/roadmap?quarter=${Q}`);
	await hydrated(page);
	await expect(page.getByRole('heading', { name: `Roadmap ${Q}`, level: 1 })).toBeVisible();
}

const bar = (page: Page, name: string) =>
	page.getByRole('button', { name: new RegExp(`^${name}, weeks`) });

test("a marketer edits their own lane and cannot edit another audience's", async ({
	page,
	workspace
}) => {
	const marketer = await workspace.addMember('marketer');
	await publishTowers(workspace.adminApi, marketer);
	await plan(workspace.adminApi, [
		item({ id: 'webinar', title: 'Close-faster webinar' }),
		item({ id: 'cfo-dinner', title: 'CFO dinners', audienceId: ENT, ownerSeatId: 'gtm-enterprise' })
	]);
	await signIn(page, marketer);
	await page.getByRole('link', { name: 'Roadmap', exact: true }).first().click();
	await expect(page).toHaveURL(/\/roadmap/);
	await openRoadmap(page);

	await bar(page, 'Close-faster webinar').click();
	const panel = page.getByRole('form', { name: 'Initiative' });
	await panel.getByLabel('Title').fill('Close-faster webinar series');
	await panel.getByLabel('End week').fill('5');
	await panel.getByRole('button', { name: 'Save initiative' }).click();
	await expect(bar(page, 'Close-faster webinar series')).toHaveAccessibleName(/weeks 1–5/);

	// Another audience's lane is read only: the panel is disabled and the arrows do nothing.
	await bar(page, 'CFO dinners').click();
	await expect(
		page.getByText('You can read this lane; its owner or an admin edits it.')
	).toBeVisible();
	await expect(panel.getByLabel('Title')).toBeDisabled();
	await bar(page, 'CFO dinners').press('ArrowRight');
	await expect(bar(page, 'CFO dinners')).toHaveAccessibleName(/weeks 1–3/);

	// New initiatives go only into the marketer's own lane.
	await page.getByRole('button', { name: 'Add initiative' }).click();
	await expect(panel.getByLabel('Lane').locator('option')).toHaveText(['Mid-market controllers']);

	// The API refuses the same change, naming the initiative, and saves nothing.
	const api = await workspace.apiAs(marketer);
	const read = await (await api.get(`/api/v1/roadmaps/${Q}`)).json();
	const moved = read.roadmap.initiatives.map((i: { id: string; endWeek: number }) =>
		i.id === 'cfo-dinner' ? { ...i, endWeek: 9 } : i
	);
	const refused = await api.put(`/api/v1/roadmaps/${Q}`, {
		data: { version: read.roadmap.version, initiatives: moved }
	});
	expect((await expectApiError(refused, 403, 'forbidden')).error.message).toContain('CFO dinners');
	const after = await (await api.get(`/api/v1/roadmaps/${Q}`)).json();
	expect(after.roadmap.version).toBe(read.roadmap.version);
});

test("dragging an initiative past its owner's limit flags it, and the keyboard moves it too", async ({
	page,
	workspace
}) => {
	await publishTowers(workspace.adminApi);
	await plan(workspace.adminApi, [
		item({ id: 'webinar', title: 'Webinar', startWeek: 1, endWeek: 3 }),
		item({ id: 'pricing', title: 'Pricing page', startWeek: 7, endWeek: 9 })
	]);
	await signIn(page, workspace.admin);
	await openRoadmap(page);
	const capacity = page.getByTestId('capacity-gtm-mid-market');
	await expect(capacity).toContainText('1 at once, limit 1');
	await expect(page.getByRole('heading', { name: /^Flags/ })).toHaveCount(0);

	// Drag "Pricing page" five weeks left, onto the webinar's weeks.
	const box = (await bar(page, 'Pricing page').boundingBox())!;
	const week = (await page.getByTestId('bar-webinar').boundingBox())!.width / 3;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 4.2 * week, box.y + box.height / 2, { steps: 5 });
	// While dragging, the owner's load already shows what the move does.
	await expect(capacity).toContainText('2 at once, limit 1');
	await page.mouse.move(box.x + box.width / 2 - 5 * week, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();

	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 2–4, .*1 flag/);
	const flags = page.getByRole('region', { name: /^Flags/ });
	await expect(flags.getByText(/Over the initiative limit/)).toBeVisible();
	await expect(flags).toContainText('runs 2 initiatives at once in weeks 2–3');
	await expect(capacity).toContainText('over the limit');
	await page.reload();
	await hydrated(page);
	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 2–4/);

	// Keyboard: arrows move a week; Shift+arrows move the end week.
	await bar(page, 'Pricing page').focus();
	await page.keyboard.press('ArrowRight');
	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 3–5/);
	await page.keyboard.press('ArrowRight');
	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 4–6, .*Planned$/);
	await expect(page.getByRole('region', { name: /^Flags/ })).toHaveCount(0);
	await page.keyboard.press('Shift+ArrowRight');
	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 4–7/);
	await page.keyboard.press('Alt+ArrowLeft');
	await expect(bar(page, 'Pricing page')).toHaveAccessibleName(/weeks 3–7/);
	await expect(page.getByRole('region', { name: /^Flags/ })).toBeVisible();
});

test('a review is recorded with its note and the changes, and listed', async ({
	page,
	workspace
}) => {
	await publishTowers(workspace.adminApi);
	await plan(workspace.adminApi, [item({ id: 'webinar', title: 'Webinar' })]);
	await signIn(page, workspace.admin);
	await openRoadmap(page);
	await expect(page.getByTestId('last-review')).toHaveText('Not revisited yet.');

	const form = page.getByRole('form', { name: 'Record a review' });
	await form.getByLabel('What changed').fill('Moved the webinar after the pricing launch');
	await form.getByLabel('Why').fill('Sales asked for the new prices first');
	await form.getByLabel('What next').fill('Check demo requests in week 8');
	await form.getByRole('button', { name: 'Record review' }).click();

	const review = page.getByRole('list', { name: 'Review log' }).getByRole('article');
	await expect(review).toHaveCount(1);
	await expect(review).toContainText('Ada Admin · 1 added');
	await expect(review).toContainText('Sales asked for the new prices first');
	await expect(page.getByTestId('last-review')).toHaveText(/^Last revisited \d{4}-\d\d-\d\d\.$/);
	await expect(form.getByLabel('What changed')).toHaveValue('');

	// A leader reads and comments, but records no review.
	const leader = await workspace.addMember('leader');
	const api = await workspace.apiAs(leader);
	const note = { changed: 'x', why: 'y', next: 'z' };
	await expectApiError(await api.post(`/api/v1/roadmaps/${Q}/reviews`, { data: { note } }), 403);
	const comment = await api.post(`/api/v1/roadmaps/${Q}/comments`, {
		data: { text: 'Can the webinar move a week earlier?', initiativeId: 'webinar' }
	});
	expect(comment.status(), await comment.text()).toBe(201);
	await page.reload();
	await expect(page.getByText('Can the webinar move a week earlier?')).toBeVisible();
});

test('bad input is refused naming the field, and nothing is saved', async ({ workspace }) => {
	await publishTowers(workspace.adminApi);
	const api = workspace.adminApi;
	const saved = await plan(api, [item({ id: 'webinar' })]);
	const put = (initiatives: unknown[], version = saved.version) =>
		api.put(`/api/v1/roadmaps/${Q}`, { data: { version, initiatives } });
	const cases: [string, unknown[], string][] = [
		[
			'ends before it starts',
			[item({ id: 'a', startWeek: 5, endWeek: 2 })],
			'initiatives[0].endWeek'
		],
		['a week outside the quarter', [item({ id: 'a', endWeek: 14 })], 'initiatives[0].endWeek'],
		[
			'a dependency loop',
			[item({ id: 'a', dependsOn: ['b'] }), item({ id: 'b', dependsOn: ['a'] })],
			'initiatives[0].dependsOn'
		],
		[
			'a target with no metric',
			[item({ id: 'a', outcome: { metric: '', target: 40 } })],
			'initiatives[0].outcome.metric'
		],
		['an unknown owner', [item({ id: 'a', ownerSeatId: 'nobody' })], 'initiatives[0].ownerSeatId']
	];
	for (const [name, initiatives, path] of cases) {
		const body = await expectApiError(await put(initiatives), 400);
		expect(issuePaths(body), name).toContain(path);
	}
	await expectApiError(await put([], saved.version - 1), 409, 'version_conflict');
	await expectApiError(await api.get('/api/v1/roadmaps/2027-Q5'), 400);
	await expectApiError(await api.get(`/api/v1/roadmaps/${Q}/export?format=pdf`), 400);
	const after = await (await api.get(`/api/v1/roadmaps/${Q}`)).json();
	expect(after.roadmap).toMatchObject({ version: saved.version, initiatives: saved.initiatives });

	for (const [format, type, text] of [
		['md', 'text/markdown', '# Roadmap 2027-Q1'],
		['csv', 'text/csv', 'Name,Section/Column,Assignee,Start Date,Due Date'],
		['ics', 'text/calendar', 'BEGIN:VCALENDAR']
	]) {
		const file = await api.get(`/api/v1/roadmaps/${Q}/export?format=${format}`);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toContain(type);
		expect(await file.text()).toContain(text);
	}
});

for (const [width, height] of [
	[1280, 900],
	[390, 844]
] as const)
	test(`the roadmap passes axe at ${width} px`, async ({ page, workspace }) => {
		await publishTowers(workspace.adminApi);
		await plan(workspace.adminApi, [
			item({ id: 'webinar', title: 'Close-faster webinar' }),
			item({
				id: 'pricing',
				title: 'Pricing page',
				startWeek: 2,
				endWeek: 6,
				dependsOn: ['webinar']
			}),
			item({
				id: 'abm',
				title: 'ABM pilot',
				audienceId: ENT,
				ownerSeatId: 'gtm-enterprise',
				startWeek: 4,
				endWeek: 10,
				outcome: { metric: 'brand awareness' }
			}),
			item({
				id: 'standards',
				title: 'AI standards',
				audienceId: null,
				ownerSeatId: 'cmo',
				startWeek: 8,
				endWeek: 13
			})
		]);
		await page.setViewportSize({ width, height });
		await signIn(page, workspace.admin);
		await openRoadmap(page);
		await bar(page, 'Pricing page').click();
		await expect(page.getByRole('form', { name: 'Initiative' })).toBeVisible();
		await checkScreen(page, `roadmap-${width}`);
		await page
			.getByRole('region', { name: 'Lanes across 13 weeks' })
			.screenshot({ path: `test-results/screens/roadmap-lanes-${width}.png` });
	});
