import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Policy } from '$lib/domain/policy/schema';
import { starterDesign } from '$lib/domain/simulation/testing';
import { forgetMemoised } from './memo';
import { policyContext } from './policy';
import { effectPanel } from './policy-effect';
import * as catalogueOverrides from './store/catalogue-overrides';
import * as policies from './store/policy';
import * as scenarios from './store/scenarios';

const admin = { id: 'admin-1', role: 'admin' as const };

beforeEach(() => {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-effect-'));
	forgetMemoised();
});

const peopleOnly = (policy: Policy, activityId: string): Policy => ({
	...policy,
	rules: policy.rules.map((r) =>
		r.activityId === activityId
			? { ...r, level: 'human-only' as const, dataClasses: [], reviewer: 'none' as const }
			: r
	)
});

describe('the policy effect panel', () => {
	it('is remembered, and simulated afresh when the draft or the catalogue changes', async () => {
		const scenario = await scenarios.create(admin, starterDesign('two-tower'));
		const { policy } = await policies.get(admin, await policyContext());
		const base = await effectPanel(admin, scenario, policy);
		expect(base.kind).toBe('effect');
		expect(await effectPanel(admin, scenario, structuredClone(policy))).toEqual(base);

		const fresh = async (draft: Policy) => {
			const remembered = await effectPanel(admin, scenario, draft);
			forgetMemoised();
			expect(remembered).toEqual(await effectPanel(admin, scenario, draft));
			return remembered;
		};
		const drafted = await fresh(peopleOnly(policy, 'blog-post-draft'));
		expect(drafted).not.toEqual(base);

		await catalogueOverrides.replace(
			admin,
			{ 'blog-post-draft': { effortHours: { kind: 'fixed', hours: 40 } } },
			1
		);
		expect(await fresh(policy)).not.toEqual(base);
	}, 180_000);
});
