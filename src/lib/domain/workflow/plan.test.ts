import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../accountability/overrides';
import type { Override } from '../accountability/schema';
import { library, mapOf, starterDesign } from '../accountability/testing';
import { policySchema, type Rule } from '../policy/schema';
import { planRun } from './plan';
import { paidCampaign } from './run-testing';
import { briefSchema } from './run-schema';

const design = starterDesign('two-tower');
const template = library.templates.find((t) => t.id === 'paid-campaign')!;
const brief = briefSchema.parse(paidCampaign('2027-03-01').brief);

const plan = (overrides: Override[] = [], rules: Omit<Rule, 'dataClasses' | 'reason'>[] = []) =>
	planRun({
		template,
		design,
		audienceId: 'enterprise-finance',
		brief,
		activities: library.activities,
		map: applyOverrides(mapOf(design), overrides),
		reviewLatencyHours: 8,
		policy:
			rules.length > 0
				? policySchema.parse({
						checklist: [{ id: 'claims-approved', text: 'Every claim has an approved source' }],
						rules: rules.map((r) => ({ ...r, dataClasses: [], reason: '' }))
					})
				: null
	}).plan;
const step = (p: ReturnType<typeof plan>, id: string) => p.steps.find((s) => s.id === id)!;

describe('planRun owners', () => {
	it('assigns the step to whoever a stored override makes R/A for its activity', () => {
		expect(step(plan(), 'ads').owner.seatId).not.toBe('gtm-enterprise');
		const moved = plan([
			{
				activityId: 'design-asset',
				audienceId: 'enterprise-finance',
				seatId: 'senior-designer',
				role: null
			},
			{
				activityId: 'design-asset',
				audienceId: 'enterprise-finance',
				seatId: 'designer',
				role: null
			},
			{
				activityId: 'design-asset',
				audienceId: 'enterprise-finance',
				seatId: 'gtm-enterprise',
				role: 'A/R'
			}
		]);
		expect(step(moved, 'ads').owner.seatId).toBe('gtm-enterprise');
		expect(step(moved, 'plan').owner).toEqual(step(plan(), 'plan').owner);
	});
});

describe('planRun review gates', () => {
	const gated = (p: ReturnType<typeof plan>) => p.steps.filter((s) => s.gate).map((s) => s.id);

	it('keeps the template gates when no policy is approved', () => {
		expect(gated(plan())).toEqual(['plan', 'ads', 'qa']);
		expect(step(plan(), 'ads').gate?.approver.seatId).toBe('brand-custodian');
	});

	it('gates AI-drafted steps by the rule reviewer; other levels keep the template gates', () => {
		const p = plan(
			[],
			[
				{
					activityId: 'landing-page-build',
					level: 'ai-draft-human-review',
					reviewer: 'craft:brand',
					checklist: ['claims-approved']
				},
				{
					activityId: 'design-asset',
					level: 'ai-draft-human-review',
					reviewer: 'seat:content-custodian',
					checklist: []
				},
				{ activityId: 'campaign-plan', level: 'human-only', reviewer: 'none', checklist: [] },
				{ activityId: 'paid-setup', level: 'ai-autonomous', reviewer: 'none', checklist: [] }
			]
		);
		expect(gated(p)).toEqual(['plan', 'ads', 'landing-page', 'qa']);
		expect(step(p, 'landing-page').gate).toMatchObject({
			approver: { seatId: 'brand-custodian' },
			checklist: ['Every claim has an approved source'],
			timing: 'end'
		});
		expect(step(p, 'ads').gate?.approver.seatId).toBe('content-custodian');
		expect(step(p, 'ads').gate?.checklist).toEqual(step(plan(), 'ads').gate?.checklist);
		expect(step(p, 'plan').gate).toEqual(step(plan(), 'plan').gate);
		expect(p.machine.steps.find((s) => s.id === 'landing-page')?.gated).toBe(true);
	});
});
