import { describe, expect, it } from 'vitest';
import { starterPolicy } from '../policy/starter';
import { catalogue, policyModel } from '../policy/testing';
import { library, starterDesign } from '../simulation/testing';
import type { Performer } from './schema';
import { previewTemplate } from './template-preview';

const design = starterDesign('two-tower');
const audienceId = design.audiences[0]!.id;
const paid = () => structuredClone(library.templates.find((t) => t.id === 'paid-campaign')!);
const preview = (t = paid()) =>
	previewTemplate(t, design, audienceId, library.activities, library.demand.ownerWork);
const names = (seats: { name: string }[]) => seats.map((s) => s.name.replace(/ \(.*\)$/, ''));
const row = (p: ReturnType<typeof preview>, id: string) => p.steps.find((s) => s.stepId === id)!;

describe('previewTemplate', () => {
	it('names who does and who reviews each step, by seat title and person', () => {
		const p = preview();
		const ads = row(p, 'ads');
		expect(names(ads.doneBy)).toEqual(['Senior designer', 'Designer']);
		expect(ads.doneBy[0]!.name).toMatch(/^Senior designer \(.+\)$/);
		expect(ads.review).toMatchObject({ from: 'template' });
		expect(names(ads.review!.by)).toEqual(['Brand custodian']);
		expect(p.unresolved).toBe(0);
	});

	it('counts a hand-off for each dependency done by other seats', () => {
		const p = preview();
		expect(row(p, 'plan').handoffFrom).toEqual([]); // the audience owner does brief and plan
		expect(row(p, 'channel-setup').handoffFrom).toEqual(['ads', 'landing-page']);
		expect(p.handoffs).toBe(6);
	});

	it('follows a performer change: the same seat loses a hand-off, another seat adds one', () => {
		const same = paid();
		same.phases[1]!.steps[0]!.performer = 'audience-owner' as Performer;
		expect(row(preview(same), 'ads').handoffFrom).toEqual([]);
		expect(preview(same).handoffs).toBe(5);
		const other = paid();
		other.phases[0]!.steps[1]!.performer = 'lead:product-marketing' as Performer;
		expect(row(preview(other), 'plan').handoffFrom).toEqual(['brief']);
		expect(preview(other).handoffs).toBe(7);
	});
});

describe('previewTemplate with an approved guardrail policy', () => {
	const policy = starterPolicy(catalogue, policyModel);
	const rule = policy.rules.find((r) => r.activityId === 'design-asset')!;
	Object.assign(rule, { level: 'ai-draft-human-review', reviewer: 'craft:product-marketing' });
	const withPolicy = (t = paid()) =>
		previewTemplate(t, design, audienceId, library.activities, library.demand.ownerWork, {
			policy,
			activities: library.activities
		});

	it('shows the policy’s gate where it sets one', () => {
		const ads = row(withPolicy(), 'ads');
		expect(ads.review).toMatchObject({ from: 'policy' });
		expect(names(ads.review!.by)).toEqual(['Product marketing custodian']);
	});

	it('keeps a step’s own gate where the step overrides the policy', () => {
		const t = paid();
		t.phases[1]!.steps[0]!.review!.overridesPolicy = true;
		const ads = row(withPolicy(t), 'ads');
		expect(ads.review).toMatchObject({ from: 'template' });
		expect(names(ads.review!.by)).toEqual(['Brand custodian']);
	});
});
