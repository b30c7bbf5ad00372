import { describe, expect, it } from 'vitest';
import { formatPath } from '../shared/issues';
import { optionsSchema, profileSchema } from './schema';
import { profile } from './testing';

/** Path and message of every issue, or [] when the value parses. */
function issues(schema: typeof profileSchema | typeof optionsSchema, value: unknown) {
	const r = schema.safeParse(value);
	return r.success ? [] : r.error.issues.map((i) => [formatPath(i.path), i.message]);
}

describe('profileSchema', () => {
	it('accepts a sane profile unchanged', () => {
		expect(profileSchema.parse(profile())).toEqual(profile());
	});

	it.each([
		['channels', 10_000, 'must be at most 50'],
		['channels', -1, 'must be at least 0'],
		['audiences', 0, 'must be at least 1'],
		['audiences', 'many', 'expected a number'],
		['products', '3', 'expected a number'],
		['campaignsPerQuarter', 2.5, 'expected a whole number'],
		['campaignsPerQuarter', null, 'expected a number'],
		['eventsPerYear', 1e6, 'must be at most 200'],
		['salesTeamSize', Number.NaN, 'expected a number'],
		['growthTargetPct', '20%', 'expected a number'],
		['growthTargetPct', 900, 'must be at most 500'],
		['aiTools', 4, 'must be at most 3'],
		['executiveAlignment', 0, 'must be at least 1'],
		['executiveAlignment', 6, 'must be at most 5'],
		['strategyDocumented', 'yes', 'expected true or false'],
		['focusedGoals', undefined, 'is required']
	])('%s = %j → "%s", on that field only', (field, value, message) => {
		expect(issues(profileSchema, { ...profile(), [field]: value })).toEqual([[field, message]]);
	});

	it('names every missing field', () => {
		const fields = Object.keys(profile());
		expect(issues(profileSchema, {})).toEqual(fields.map((f) => [f, 'is required']));
	});

	it('refuses an unknown field', () => {
		expect(issues(profileSchema, { ...profile(), chanels: 3 })).toHaveLength(1);
	});
});

describe('optionsSchema', () => {
	it('leaves defaults to models/assessment.json and support empty', () => {
		expect(optionsSchema.parse({})).toEqual({ support: [] });
	});

	it.each([
		[{ targetRatio: 1.5 }, 'targetRatio', 'must be at most 1'],
		[{ targetRatio: 'high' }, 'targetRatio', 'expected a number'],
		[{ protectedPlanningHoursPerWeek: -2 }, 'protectedPlanningHoursPerWeek', 'must be at least 0'],
		[
			{ support: [{ area: 'crm-integration', hoursPerWeek: 200 }] },
			'support[0].hoursPerWeek',
			'must be at most 80'
		],
		[
			{
				support: [
					{ area: 'crm-integration', hoursPerWeek: 2 },
					{ area: 'crm-integration', hoursPerWeek: 3 }
				]
			},
			'support',
			'names an area twice'
		]
	])('%j → %s: %s', (value, path, message) => {
		expect(issues(optionsSchema, value)).toEqual([[path, message]]);
	});
});
