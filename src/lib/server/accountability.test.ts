import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Override } from '$lib/domain/accountability/schema';
import type { Policy } from '$lib/domain/policy/schema';
import { applyPolicy } from '$lib/domain/policy/simulation';
import type { Scenario } from '$lib/domain/scenario/schema';
import { library, starterDesign } from '$lib/domain/simulation/testing';
import type { SimulationLibrary } from '$lib/domain/simulation/run';
import { healthFigures } from './accountability';
import { forgetMemoised } from './memo';
import { policyContext } from './policy';
import * as policies from './store/policy';
import * as scenarios from './store/scenarios';

const admin = { id: 'admin-1', role: 'admin' as const };

beforeEach(() => {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-health-'));
	forgetMemoised();
});

type Args = [Scenario, SimulationLibrary, Override[]];

/** The draft policy with blog drafts made people-only work. */
async function peopleOnlyBlogs(): Promise<Policy> {
	const { policy } = await policies.get(admin, await policyContext());
	return {
		...policy,
		rules: policy.rules.map((r) =>
			r.activityId === 'blog-post-draft'
				? { ...r, level: 'human-only' as const, dataClasses: [], reviewer: 'none' as const }
				: r
		)
	};
}

describe('the health check’s simulation figures', () => {
	it('are remembered, and simulated afresh when any input of the run changes', async () => {
		const scenario = await scenarios.create(admin, starterDesign('two-tower'));
		const base = healthFigures(scenario, library, []);
		expect(base).toBeDefined();
		expect(healthFigures(scenario, structuredClone(library), [])).toEqual(base);

		// The enterprise GTM marketer designs their own assets: no hand-off to the design pool.
		const row = { activityId: 'design-asset', audienceId: 'enterprise-finance' };
		const ownDesign: Override[] = [
			{ ...row, seatId: 'gtm-enterprise', role: 'A/R' },
			{ ...row, seatId: 'designer', role: null },
			{ ...row, seatId: 'senior-designer', role: null }
		];
		const policy = await peopleOnlyBlogs();
		const variants: Record<string, Args> = {
			'a catalogue override': [
				scenario,
				{
					...library,
					activities: library.activities.map((a) => ({ ...a, aiShare: [0, 0, 0, 0] as const }))
				},
				[]
			],
			'the workspace profile': [
				scenario,
				{
					...library,
					workspaceProfile: {
						...library.demand.defaultProfile.profile,
						campaignsPerQuarter: 48
					}
				},
				[]
			],
			'the approved policy': [
				scenario,
				{ ...library, ...applyPolicy(library.activities, library.templates, policy) },
				[]
			],
			'the scenario': [
				{ ...scenario, seats: scenario.seats.map((s) => ({ ...s, fte: s.fte / 2 })) },
				library,
				[]
			],
			'an accountability override': [scenario, library, ownDesign]
		};
		for (const [change, args] of Object.entries(variants)) {
			const remembered = healthFigures(...args);
			forgetMemoised();
			expect(remembered, change).toEqual(healthFigures(...args));
			expect(remembered, change).not.toEqual(base);
		}
	}, 120_000);
});
