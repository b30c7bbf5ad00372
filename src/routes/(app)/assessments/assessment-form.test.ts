import { describe, expect, it } from 'vitest';
import { defaultProfile, formValuesOf } from '$lib/domain/assessment/fields';
import { readAssessmentForm } from './assessment-form.server';

/** A form as the browser sends it: the default profile's values, then `over`. */
function form(over: Record<string, string | null> = {}): FormData {
	const values: Record<string, string | null> = {
		...formValuesOf(defaultProfile, null, {}),
		...over
	};
	const data = new FormData();
	for (const [k, v] of Object.entries(values)) if (v !== null) data.set(k, v);
	return data;
}

describe('reading the assessment form', () => {
	it('reads the default form as the default profile, one coordinator and no support', () => {
		expect(readAssessmentForm(form())).toEqual({
			ok: true,
			input: { profile: defaultProfile, scenarioId: null, options: { support: [] } }
		});
	});

	it('reads ticks, the scenario, targets, a name and support hours (0 is none)', () => {
		const read = readAssessmentForm(
			form({
				strategyDocumented: 'on',
				focusedGoals: null,
				scenarioId: 'solo',
				targetRatio: '0.8',
				protectedPlanningHoursPerWeek: ' 6 ',
				name: '  Q3 check ',
				'support-event-execution': '12.5',
				'support-crm-integration': '0'
			})
		);
		expect(read).toMatchObject({
			ok: true,
			input: {
				profile: { strategyDocumented: true, focusedGoals: false },
				scenarioId: 'solo',
				name: 'Q3 check',
				options: {
					targetRatio: 0.8,
					protectedPlanningHoursPerWeek: 6,
					support: [{ area: 'event-execution', hoursPerWeek: 12.5 }]
				}
			}
		});
	});

	it.each([
		['channels', '10000', 'must be at most 50'],
		['channels', '-1', 'must be at least 0'],
		['audiences', 'lots', 'expected a number'],
		['regions', '', 'is required'],
		['regions', null, 'is required'],
		['campaignsPerQuarter', '2.5', 'expected a whole number'],
		['growthTargetPct', 'ten', 'expected a number'],
		['targetRatio', '2', 'must be at most 1'],
		['support-content-strategy-and-creation', '200', 'must be at most 80'],
		['support-brand-positioning', 'some', 'expected a number'],
		['scenarioId', 'not an id!', 'expected 1–64 letters, digits, "-" or "_"']
	])('names the field %s for %j: %s', (field, value, message) => {
		expect(readAssessmentForm(form({ [field]: value }))).toEqual({
			ok: false,
			issues: { [field]: message }
		});
	});

	it('names every bad field at once', () => {
		const read = readAssessmentForm(form({ channels: '10000', audiences: 'x', regions: '' }));
		expect(read).toEqual({
			ok: false,
			issues: {
				audiences: 'expected a number',
				channels: 'must be at most 50',
				regions: 'is required'
			}
		});
	});
});
