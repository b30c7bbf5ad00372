import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Workspace } from './fixtures';
import { listScenarios, scenarioNamed } from './api';

/** A screen to open: where it is and what shows it has finished drawing. */
export interface Screen {
	name: string;
	path: string;
	/** Waits until the screen's content (not just its shell) is on the page. */
	ready(page: Page): Promise<void>;
}

/**
 * The page as it stands is saved as `test-results/screens/<file>.png` (whole page), passes axe,
 * and does not scroll sideways. `file` names the screen and its width in any failure.
 */
export async function checkScreen(page: Page, file: string): Promise<void> {
	await page.screenshot({ path: `test-results/screens/${file}.png`, fullPage: true });
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${file}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${file} scrolls sideways`).toBeLessThanOrEqual(0);
}

const heading = (name: string | RegExp) => async (page: Page) => {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/**
 * Every screen of the app with data on it, for a demo workspace seen by its admin: the two-tower
 * design is published with the admin on a seat, and one saved assessment, one logged conversation
 * and a share link are added first.
 */
export async function appScreens(workspace: Workspace): Promise<Screen[]> {
	const api = workspace.adminApi;
	// The admin owns the mid-market seat of the published two-tower design, to log a conversation.
	const towers = await scenarioNamed(api, 'Proposal: two towers');
	const seats = towers.seats.map((seat) =>
		seat.id === 'gtm-mid-market' ? { ...seat, memberEmail: workspace.admin.email } : seat
	);
	const saved = await api.put(`/api/v1/scenarios/${towers.id}`, { data: { ...towers, seats } });
	expect(saved.status(), await saved.text()).toBe(200);
	expect((await api.post(`/api/v1/scenarios/${towers.id}/publish`)).status()).toBe(200);
	const [current, proposal] = await listScenarios(api);
	const assessment = await api.post('/api/v1/assessments?save=true', {
		data: {
			profile: {
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
			}
		}
	});
	expect(assessment.status(), await assessment.text()).toBe(201);
	const conversation = await api.post('/api/v1/conversations', {
		data: {
			date: new Date().toISOString().slice(0, 10),
			audienceId: 'mid-market-finance',
			company: 'Northwind',
			contactRole: 'Controller',
			type: 'call',
			pains: ['slow month-end close']
		}
	});
	expect(conversation.status(), await conversation.text()).toBe(201);
	const link = await api.post(`/api/v1/scenarios/${current!.id}/link`);
	expect(link.status()).toBe(201);
	const shared = new URL((await link.json()).url).pathname;
	const { id: assessmentId } = await assessment.json();

	return [
		{ name: 'scenarios', path: '/scenarios', ready: heading('Org scenarios') },
		{
			name: 'editor',
			path: `/scenarios/${current!.id}`,
			ready: async (page) => {
				await expect(page.getByRole('tree', { name: /Org chart/ })).toBeVisible();
			}
		},
		{
			name: 'simulate',
			path: `/scenarios/${current!.id}/simulate`,
			ready: async (page) => {
				// The run starts by itself; its charts are what can widen the page.
				await expect(page.getByRole('img', { name: /Lead time per template/ })).toBeVisible({
					timeout: 60_000
				});
			}
		},
		{
			name: 'scenario-profile',
			path: `/scenarios/${current!.id}/profile`,
			ready: heading(/^Company profile: /)
		},
		{
			name: 'compare',
			path: `/scenarios/compare?a=${current!.id}&b=${proposal!.id}`,
			ready: async (page) => {
				await expect(page.getByRole('heading', { name: /^Changes/ })).toBeVisible();
			}
		},
		{ name: 'import', path: '/scenarios/import', ready: heading(/Import/) },
		{ name: 'catalogue', path: '/catalogue', ready: heading('Activity catalogue') },
		{ name: 'conversations', path: '/conversations', ready: heading('Customer conversations') },
		{ name: 'assessments', path: '/assessments', ready: heading('Capacity assessment') },
		{
			name: 'assessment',
			path: `/assessments/${assessmentId}`,
			ready: async (page) => {
				await expect(page.getByRole('heading', { name: /^Report/ })).toBeVisible();
			}
		},
		{ name: 'audience', path: '/audiences/mid-market-finance', ready: heading(/./) },
		{ name: 'me', path: '/me', ready: heading(/./) },
		{ name: 'guide', path: '/guide', ready: heading('Guide') },
		{
			name: 'guide-page',
			path: '/guide/overview',
			ready: heading('Three operating models compared')
		},
		{ name: 'roadmap', path: '/roadmap', ready: heading(/^Roadmap/) },
		{ name: 'workflows', path: '/workflows', ready: heading('Workflows') },
		{ name: 'start-run', path: '/workflows/new', ready: heading('Start a run') },
		{ name: 'members', path: '/members', ready: heading('Members') },
		{ name: 'tokens', path: '/settings/tokens', ready: heading('API tokens') },
		{ name: 'accountability', path: '/accountability', ready: heading('Accountability') },
		{
			name: 'role-card',
			path: '/accountability/roles/gtm-marketer',
			ready: heading('GTM marketer')
		},
		{
			name: 'source-of-truth',
			path: '/accountability/source-of-truth',
			ready: heading('Source of truth')
		},
		{ name: 'shared', path: shared, ready: heading(/./) }
	];
}
