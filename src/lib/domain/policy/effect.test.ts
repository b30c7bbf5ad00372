import { describe, expect, it } from 'vitest';
import { library, starterDesign } from '../simulation/testing';
import { policyEffect } from './effect';
import type { Policy } from './schema';
import { starterPolicy } from './starter';
import { catalogue, policyModel } from './testing';

/** A policy where every rule lets AI act alone except the ones `change` sets. */
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

const input = { scenario: starterDesign('two-tower') };

describe('policyEffect', () => {
	it('changes nothing when every rule lets AI act alone', () => {
		const effect = policyEffect(input, library, policyWith({}));
		expect(effect.after).toEqual(effect.before);
		expect(effect.before.aiReclaimedHours).toBeGreaterThan(0);
		expect(effect.rules).toEqual({ humanOnly: [], reviewed: [], gatedSteps: 0 });
	});

	it('takes away the AI absorption of an activity made human-only', () => {
		const id = 'long-form-asset';
		expect(library.activities.find((a) => a.id === id)!.aiShare.some((s) => s > 0)).toBe(true);
		const effect = policyEffect(
			input,
			library,
			policyWith({ [id]: { level: 'human-only', dataClasses: [] } })
		);
		expect(effect.after.aiReclaimedHours).toBeLessThan(effect.before.aiReclaimedHours);
		expect(effect.rules.humanOnly).toEqual([library.activities.find((a) => a.id === id)!.name]);
	});
});

describe('the starter policy on the same people in two towers', () => {
	const effect = policyEffect(input, library, starterPolicy(catalogue, policyModel));

	it('adds review gates at the start, whose hand-offs raise the tax; rework stays small', () => {
		expect(effect.rules.gatedSteps).toBeGreaterThan(0);
		expect(effect.after.handoffTaxHours).toBeGreaterThan(effect.before.handoffTaxHours);
		expect(effect.after.reviewHours).toBeGreaterThan(effect.before.reviewHours);
	});
});
