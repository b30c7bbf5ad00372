import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../catalogue/schema';
import { demandDefaultsSchema } from '../demand/schema';
import { starterSchema } from '../scenario/starter';
import { resolvePerformers, type StepPerformers } from './performers';
import { workflowTemplateSchema } from './schema';

const read = (path: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../../../models/${path}`, import.meta.url), 'utf8'));
const activities = catalogueSchema.parse(read('activities.json')).activities;
const templateOf = (id: string) =>
	workflowTemplateSchema.parse(read(`workflow-templates/${id}.json`));
const designOf = (id: string) => starterSchema.parse(read(`starters/${id}.json`)).design;
const { ownerWork } = demandDefaultsSchema.parse(read('demand.json'));

/** Resolves `template` in the starter `starter` for `audience`, keyed by step id. */
function resolved(starter: string, template: string, audience: string) {
	const steps = resolvePerformers(
		templateOf(template),
		designOf(starter),
		audience,
		activities,
		ownerWork
	);
	return new Map(steps.map((s) => [s.stepId, s]));
}

const does = (...seats: string[]) => ({ seats });
const nobody = (unresolved: string) => ({ seats: [], unresolved });

type Row = [starter: string, template: string, audience: string, step: string, who: object];
const rows: Row[] = [
	// Legacy functional: the craft's specialists as a pool; reviews go to the craft's lead.
	[
		'legacy-functional',
		'paid-campaign',
		'procurement',
		'brief',
		does('demand-manager', 'lifecycle-marketer')
	],
	[
		'legacy-functional',
		'paid-campaign',
		'procurement',
		'ads',
		{ ...does('senior-designer', 'designer'), review: does('brand-lead') }
	],
	[
		'legacy-functional',
		'paid-campaign',
		'procurement',
		'channel-setup',
		does('paid-media-specialist')
	],
	['legacy-functional', 'paid-campaign', 'procurement', 'plan', { review: does('pmm-lead') }],
	[
		'legacy-functional',
		'brand-rollout',
		'procurement',
		'standard',
		{ ...does('brand-lead'), review: does('cmo') }
	],
	// Two towers: the GTM marketer thinks and writes for the audience, the specialists that remain
	// execute as a shared bench, custodians set standards and review.
	['two-tower', 'paid-campaign', 'procurement', 'brief', does('gtm-procurement')],
	['two-tower', 'paid-campaign', 'procurement', 'plan', does('gtm-procurement')],
	[
		'two-tower',
		'paid-campaign',
		'procurement',
		'ads',
		{ ...does('senior-designer', 'designer'), review: does('brand-custodian') }
	],
	['two-tower', 'paid-campaign', 'procurement', 'landing-page', does('web-developer')],
	// The GTM marketer analyses their own audience's campaign (seed 002: "write, brief, edit, analyse").
	['two-tower', 'paid-campaign', 'enterprise-finance', 'report', does('gtm-enterprise')],
	['two-tower', 'monthly-retainer', 'procurement', 'post', does('gtm-procurement')],
	['two-tower', 'brand-rollout', 'procurement', 'standard', does('brand-custodian')],
	// The leaner variant has one designer left: still the bench, not the GTM marketer.
	['two-tower-lean', 'paid-campaign', 'procurement', 'ads', does('senior-designer')],
	[
		'two-tower',
		'pipeline-report',
		'procurement',
		'hygiene',
		does('automation-specialist', 'crm-admin')
	],
	['two-tower', 'pipeline-report', 'procurement', 'dashboard', does('marketing-analyst')],
	['two-tower', 'product-launch', 'procurement', 'positioning', { review: does('head-of-gtm') }],
	['legacy-functional', 'product-launch', 'procurement', 'positioning', { review: does('cmo') }],
	// Solo: the coordinator, unless a fractional or agency seat holds the craft.
	['solo-coordinator', 'paid-campaign', 'ops-directors', 'brief', does('marketing-coordinator')],
	[
		'solo-coordinator',
		'paid-campaign',
		'ops-directors',
		'channel-setup',
		does('marketing-coordinator')
	],
	[
		'solo-coordinator',
		'paid-campaign',
		'ops-directors',
		'ads',
		{ ...does('design-agency'), review: does('marketing-coordinator') }
	],
	[
		'solo-coordinator',
		'paid-campaign',
		'ops-directors',
		'plan',
		{ review: does('fractional-pmm') }
	],
	// Custom: by craft and kind; what nobody holds is reported.
	['lean-agency', 'paid-campaign', 'client-quarry', 'brief', does('account-lead')],
	['lean-agency', 'paid-campaign', 'client-quarry', 'landing-page', does('web-developer')],
	[
		'lean-agency',
		'paid-campaign',
		'client-quarry',
		'report',
		nobody('no seat with craft "analytics"')
	],
	[
		'lean-agency',
		'paid-campaign',
		'client-quarry',
		'plan',
		{ review: nobody('no seat with craft "product-marketing"') }
	],
	[
		'lean-agency',
		'brand-rollout',
		'client-quarry',
		'standard',
		{ ...does('fractional-strategist'), review: nobody('no seat of kind "cmo"') }
	]
];

describe('resolvePerformers', () => {
	it('leaves out a review the same seats would give their own work', () => {
		// Two towers: the GTM marketer writes the monthly post and reads it; nobody else does.
		const post = resolved('two-tower', 'monthly-retainer', 'enterprise-finance').get('post')!;
		expect(post.seats).toEqual(['gtm-enterprise']);
		expect(post.review).toBeUndefined();
		expect(post.selfReview).toMatch(/no separate review/);
		// Functional: the brand lead's own brand check is not reviewed by the brand lead again.
		const check = resolved('legacy-functional', 'brand-rollout', 'enterprise-finance').get(
			'brand-check'
		)!;
		expect(check.review).toBeUndefined();
		// A second person still reviews: the designers' ads go to the brand lead.
		const ads = resolved('legacy-functional', 'paid-campaign', 'enterprise-finance').get('ads')!;
		expect(ads.review?.seats).toEqual(['brand-lead']);
	});

	it.each(rows)('%s: %s for %s, step %s', (starter, template, audience, step, who) => {
		expect(resolved(starter, template, audience).get(step)).toMatchObject(who);
	});

	it('returns every step of the template, in order, even when unresolved', () => {
		const template = templateOf('pipeline-report');
		const steps = resolvePerformers(template, designOf('lean-agency'), 'client-quarry', activities);
		expect(steps.map((s) => s.stepId)).toEqual(
			template.phases.flatMap((p) => p.steps.map((s) => s.id))
		);
		expect(steps.filter((s) => s.unresolved).map((s) => s.stepId)).toEqual([
			'hygiene',
			'dashboard',
			'analysis',
			'read-out'
		]);
	});

	it('reports an audience nobody owns in a two-tower design', () => {
		const steps = resolved('two-tower', 'paid-campaign', 'no-such-audience');
		expect(steps.get('brief')).toEqual<StepPerformers>({
			stepId: 'brief',
			seats: [],
			unresolved: 'no seat owns audience "no-such-audience"'
		});
	});

	it('reports an activity the catalogue does not know when its craft is needed', () => {
		const [brief] = resolvePerformers(
			templateOf('paid-campaign'),
			designOf('legacy-functional'),
			'procurement',
			[]
		);
		expect(brief?.unresolved).toBe('the activity is not in the catalogue, so its craft is unknown');
	});

	it.each(['legacy-functional', 'two-tower', 'solo-coordinator'])(
		'%s resolves every step of every shipped template',
		(starter) => {
			const design = designOf(starter);
			const audience = design.audiences[0]!.id;
			for (const id of [
				'website-launch',
				'email-sequence',
				'social-content-sprint',
				'monthly-retainer'
			])
				for (const s of resolvePerformers(templateOf(id), design, audience, activities)) {
					expect(s.unresolved, `${id}/${s.stepId}`).toBeUndefined();
					expect(s.review?.unresolved, `${id}/${s.stepId} review`).toBeUndefined();
				}
		}
	);
});
