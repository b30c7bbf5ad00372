import { checkScreen } from './support/screens';
import { expect, hydrated, test } from './support/fixtures';
import { inDays, sendEvent, startRun } from './support/runs';

interface DashboardBody {
	runs: number;
	reviews: { decidedRounds: number; roundsPerAsset: number; approvalDaysPerRound: number };
	assets: { stepId: string; rounds: number; decided: number }[];
	templates: { templateId: string; runs: number; model: { leadTimeDays: number } | null }[];
	model: { scenarioName: string | null; unavailable: string | null };
}

test('the operating dashboard shows approval time, revision rounds and the model beside them', async ({
	page,
	workspace,
	signInAs
}) => {
	const api = workspace.adminApi;
	let run = await startRun(api);
	for (const event of [
		{ type: 'START', stepId: 'brief' },
		{ type: 'COMPLETE', stepId: 'brief' },
		{ type: 'START', stepId: 'plan' },
		{ type: 'SUBMIT_FOR_REVIEW', stepId: 'plan' },
		{ type: 'REQUEST_CHANGES', stepId: 'plan', note: 'The offer is vague' },
		{ type: 'START', stepId: 'plan' },
		{ type: 'SUBMIT_FOR_REVIEW', stepId: 'plan' },
		{ type: 'APPROVE', stepId: 'plan', note: 'Clear now' },
		// A moved date, so the slip table is on the page for the accessibility check below.
		{ type: 'MOVE_DUE', stepId: 'ads', due: inDays(33), reason: 'Designer out' }
	])
		run = await sendEvent(api, run, event);

	const response = await api.get('/api/v1/dashboard');
	expect(response.status(), await response.text()).toBe(200);
	const body = (await response.json()) as DashboardBody;
	expect(body.runs).toBe(1);
	expect(body.reviews).toMatchObject({ decidedRounds: 2, roundsPerAsset: 1 });
	expect(body.reviews.approvalDaysPerRound).toBeGreaterThanOrEqual(0);
	expect(body.assets).toEqual([expect.objectContaining({ stepId: 'plan', rounds: 1, decided: 2 })]);
	const paid = body.templates.find((t) => t.templateId === 'paid-campaign')!;
	expect(paid.runs).toBe(1);
	expect(paid.model?.leadTimeDays).toBeGreaterThan(0);
	expect(body.model).toEqual({ scenarioName: 'Today: functional team', unavailable: null });
	const bad = await api.get('/api/v1/dashboard?audience=Not%20an%20id!');
	expect(bad.status()).toBe(400);

	await signInAs('admin');
	await page.goto('/workflows');
	await page.getByRole('link', { name: 'Operating dashboard' }).click();
	await expect(page.getByRole('heading', { name: 'Operating dashboard', level: 1 })).toBeVisible();
	const model = page.getByRole('table', { name: /Paid campaign: 1 run/ });
	const row = (measure: string) => model.getByRole('row', { name: new RegExp(`^${measure}`) });
	await expect(row('Revision rounds per gated asset').getByRole('cell').first()).toHaveText('1.0');
	await expect(row('Approval time per round').getByRole('cell').first()).toHaveText(/^\d+\.\d$/);
	// The model column: a simulated figure for the same template.
	await expect(row('Lead time').getByRole('cell').nth(1)).toHaveText(/^\d+\.\d$/);
	const assets = page.getByRole('region', { name: 'Revision rounds and approval time' });
	await expect(assets.getByRole('row', { name: /Campaign plan/ })).toContainText(
		'Close faster in Q1'
	);
	await expect(page.getByRole('region', { name: 'Load per owner' })).toContainText('Demand');
	await expect(
		page.getByRole('region', { name: 'Missed or shifted dates', exact: true })
	).toContainText('Design asset');

	for (const [width, height] of [
		[1280, 900],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/workflows/dashboard');
		await hydrated(page);
		await checkScreen(page, `workflows-dashboard-${width}`);
	}
});
