import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meanHours } from '../catalogue/effort';
import { demandDefaultsSchema } from '../demand/schema';
import { starterSchema } from '../scenario/starter';
import { buildModel } from '../simulation/from-scenario';
import { workflowTemplateSchema } from '../workflow/schema';
import type { Policy } from './schema';
import { applyPolicy } from './simulation';
import { starterPolicy } from './starter';
import { catalogue, policyModel } from './testing';

const models = new URL('../../../../models/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, models), 'utf8'));
const templates = readdirSync(new URL('workflow-templates/', models))
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => workflowTemplateSchema.parse(read(`workflow-templates/${f}`)));
const design = starterSchema.parse(read('starters/two-tower.json')).design;
const { ownerWork } = demandDefaultsSchema.parse(read('demand.json'));
const launch = templates.filter((t) => t.id === 'website-launch');

/** A policy where every rule is AI-alone except the ones `change` sets. */
function policyWith(change: Record<string, Partial<Policy['rules'][number]>>): Policy {
	const p = starterPolicy(catalogue, policyModel);
	p.rules = p.rules.map((r) => ({
		...r,
		level: 'ai-autonomous',
		reviewer: 'none',
		...(change[r.activityId] ?? {})
	}));
	return p;
}

const built = (policy: Policy, seats = design.seats) => {
	const { activities, templates, aiGates } = applyPolicy(catalogue.activities, launch, policy);
	const aiGate = new Set(aiGates);
	return buildModel({
		design: { ...design, seats },
		ownerWork,
		activities,
		templates,
		aiGates: aiGate
	});
};
const steps = (m: ReturnType<typeof built>) => m.model.flows.flatMap((f) => f.steps);
const hours = (m: ReturnType<typeof built>) =>
	steps(m).reduce((t, s) => t + meanHours(s.effort), 0);

describe('applyPolicy', () => {
	it('lets AI absorb nothing of a human-only activity', () => {
		const alone = built(policyWith({}));
		const human = built(
			policyWith({ 'long-form-asset': { level: 'human-only', dataClasses: [] } })
		);
		const { activities } = applyPolicy(
			catalogue.activities,
			launch,
			policyWith({ 'long-form-asset': { level: 'human-only', dataClasses: [] } })
		);
		expect(activities.find((a) => a.id === 'long-form-asset')!.aiShare).toEqual([0, 0, 0, 0]);
		expect(activities.find((a) => a.id === 'blog-post-draft')!.aiShare).toEqual(
			catalogue.activities.find((a) => a.id === 'blog-post-draft')!.aiShare
		);
		// The page copy now costs its full effort: the flows carry more hours than before.
		expect(hours(human)).toBeGreaterThan(hours(alone));
	});

	it('gives an AI-drafted, human-reviewed step a review gate by the rule’s reviewer, with its hours', () => {
		const rule = { level: 'ai-draft-human-review' as const, reviewer: 'craft:brand' };
		const { templates: gatedTemplates } = applyPolicy(
			catalogue.activities,
			launch,
			policyWith({ 'long-form-asset': rule })
		);
		const copy = gatedTemplates[0]!.phases
			.flatMap((p) => p.steps)
			.find((s) => s.id === 'page-copy')!;
		// At the start: the checklist is known before the draft is made (seed 002's custodians).
		expect(copy.review).toMatchObject({ reviewer: 'lead:brand', timing: 'start' });
		expect(copy.review!.checklist.length).toBeGreaterThan(0);
		const alone = built(policyWith({}));
		const reviewed = built(policyWith({ 'long-form-asset': rule }));
		// Two more steps per flow (shaping and sign-off), and their hours on top of the work.
		expect(steps(reviewed).length).toBe(steps(alone).length + 2 * alone.model.flows.length);
		expect(hours(reviewed)).toBeGreaterThan(hours(alone));
	});

	it('leaves the gate out where the step’s seats draft without AI', () => {
		const rule = { level: 'ai-draft-human-review' as const, reviewer: 'craft:brand' };
		const noAi = design.seats.map((s) => ({ ...s, aiLevel: 0 as const }));
		const alone = built(policyWith({}), noAi);
		const reviewed = built(policyWith({ 'long-form-asset': rule }), noAi);
		expect(steps(reviewed).length).toBe(steps(alone).length);
	});

	it('keeps a review gate the template already has, and changes nothing for AI-alone work', () => {
		const before = launch[0]!.phases.flatMap((p) => p.steps).find((s) => s.id === 'messaging')!;
		const { templates: after } = applyPolicy(
			catalogue.activities,
			launch,
			policyWith({
				'messaging-framework': { level: 'ai-draft-human-review', reviewer: 'craft:content' }
			})
		);
		expect(after[0]!.phases.flatMap((p) => p.steps).find((s) => s.id === 'messaging')).toEqual(
			before
		);
		expect(applyPolicy(catalogue.activities, launch, policyWith({})).templates).toEqual(launch);
	});
});
