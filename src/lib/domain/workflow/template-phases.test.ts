import { describe, expect, it } from 'vitest';
import type { Step } from './schema';
import { addPhase, moveStep, removeStep, unusedPhases } from './template-phases';

const step = (id: string, dependsOn: string[] = []): Step => ({
	id,
	activityId: 'blog-post',
	performer: 'audience-owner',
	dependsOn
});
const template = {
	phases: [
		{ phase: 'strategy' as const, steps: [step('brief')] },
		{ phase: 'production' as const, steps: [step('draft', ['brief']), step('design', ['brief'])] }
	]
};
const shape = (t: typeof template) => t.phases.map((b) => [b.phase, b.steps.map((s) => s.id)]);

describe('template phases', () => {
	it('lists the phases not used yet, in order', () => {
		expect(unusedPhases(template)).toEqual(['creative', 'qa', 'scheduling', 'launch']);
	});

	it('adds a phase in its place in the order, starting with a step', () => {
		const added = addPhase(template, 'creative', step('concept'));
		expect(shape(added)).toEqual([
			['strategy', ['brief']],
			['creative', ['concept']],
			['production', ['draft', 'design']]
		]);
		expect(shape(template)).toEqual([
			['strategy', ['brief']],
			['production', ['draft', 'design']]
		]);
	});

	it('moves a step to another phase, adding it and dropping a phase left empty', () => {
		const moved = moveStep(template, 'brief', 'qa');
		expect(shape(moved)).toEqual([
			['production', ['draft', 'design']],
			['qa', ['brief']]
		]);
		expect(shape(moveStep(template, 'design', 'strategy'))).toEqual([
			['strategy', ['brief', 'design']],
			['production', ['draft']]
		]);
		expect(moveStep(template, 'nothing', 'qa')).toBe(template);
	});

	it('removes a step with the dependencies on it, and keeps the last step', () => {
		const removed = removeStep(template, 'brief');
		expect(shape(removed)).toEqual([['production', ['draft', 'design']]]);
		expect(removed.phases[0]!.steps.map((s) => s.dependsOn)).toEqual([[], []]);
		const one = { phases: [{ phase: 'launch' as const, steps: [step('go')] }] };
		expect(removeStep(one, 'go')).toBe(one);
	});
});
