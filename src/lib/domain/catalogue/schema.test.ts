import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { effortSchema, meanHours, type Effort } from './effort';
import { activitySchema, aiShareSchema, catalogueSchema, covers, requiredSources } from './schema';
import { activity } from './testing';

const issuesOf = (schema: { safeParse: (v: unknown) => unknown }, value: unknown) => {
	const result = schema.safeParse(value) as { success: boolean; error?: never };
	return result.success ? [] : zodIssues(result.error!);
};

describe('effortHours', () => {
	it.each<[string, Effort, number]>([
		['fixed', { kind: 'fixed', hours: 2 }, 2],
		['exponential', { kind: 'exponential', meanHours: 3 }, 3],
		[
			'lognormal',
			{ kind: 'lognormal', medianHours: 4, p90Hours: 4 * Math.exp(1.2815515655446004) },
			4 * Math.exp(0.5)
		],
		['triangular', { kind: 'triangular', minHours: 1, modeHours: 2, maxHours: 6 }, 3],
		[
			'triangular with min = mode',
			{ kind: 'triangular', minHours: 1, modeHours: 1, maxHours: 4 },
			2
		]
	])('accepts %s, mean %s hours', (_, effort, mean) => {
		expect(issuesOf(effortSchema, effort)).toEqual([]);
		expect(meanHours(effort)).toBeCloseTo(mean, 9);
	});

	it.each<[string, unknown, string, string]>([
		[
			'p90 equal to median',
			{ kind: 'lognormal', medianHours: 4, p90Hours: 4 },
			'p90Hours',
			'must be above medianHours'
		],
		[
			'p90 below median',
			{ kind: 'lognormal', medianHours: 4, p90Hours: 3 },
			'p90Hours',
			'must be above medianHours'
		],
		[
			'mode below min',
			{ kind: 'triangular', minHours: 3, modeHours: 2, maxHours: 6 },
			'modeHours',
			'must be at least minHours'
		],
		[
			'max below mode',
			{ kind: 'triangular', minHours: 1, modeHours: 5, maxHours: 4 },
			'maxHours',
			'must be at least modeHours and above minHours'
		],
		[
			'all three equal',
			{ kind: 'triangular', minHours: 2, modeHours: 2, maxHours: 2 },
			'maxHours',
			'must be at least modeHours and above minHours'
		],
		['zero fixed hours', { kind: 'fixed', hours: 0 }, 'hours', 'must be above 0 hours'],
		[
			'an unknown kind',
			{ kind: 'uniform', minHours: 1 },
			'kind',
			'expected kind "fixed", "exponential", "lognormal" or "triangular"'
		],
		[
			'a field of another kind',
			{ kind: 'fixed', hours: 1, meanHours: 2 },
			'meanHours',
			'is not a known field; remove it or check its spelling'
		]
	])('refuses %s', (_, effort, path, message) => {
		expect(issuesOf(effortSchema, effort)).toContainEqual({ path, message });
	});
});

describe('aiShare', () => {
	it.each([[[0, 0, 0, 0]], [[0, 0.2, 0.2, 1]], [[0.1, 0.3, 0.5, 0.7]]])('accepts %j', (s) => {
		expect(issuesOf(aiShareSchema, s)).toEqual([]);
	});

	it.each<[number[], string, string]>([
		[[0, 0.4, 0.3, 0.5], '[2]', 'must be at least the share at level 1 (0.4)'],
		[[0.5, 0, 0, 0], '[1]', 'must be at least the share at level 0 (0.5)'],
		[[0, 0.2, 0.4, 1.2], '[3]', 'must be at most 1'],
		[[-0.1, 0, 0, 0], '[0]', 'must be at least 0']
	])('refuses %j at %s', (s, path, message) => {
		expect(issuesOf(aiShareSchema, s)).toContainEqual({ path, message });
	});

	it('refuses fewer than four levels', () => {
		expect(issuesOf(aiShareSchema, [0, 0.1, 0.2])).not.toEqual([]);
	});
});

describe('an activity', () => {
	it('accepts a complete, sourced activity', () => {
		expect(issuesOf(activitySchema, activity())).toEqual([]);
	});

	it.each(['effortHours', 'aiShare', 'drivers'])('refuses one with no note for %s', (field) => {
		const sources = activity().sources.filter((s) => s.field !== field);
		expect(issuesOf(activitySchema, activity({ sources }))).toEqual([
			{ path: 'sources', message: `expected a note for ${field}` }
		]);
	});

	it('accepts notes on parts of a field, and needs none for absent drivers', () => {
		const sources = [
			{ field: 'effortHours.medianHours', note: 'Orbit Media', grade: 'medium' as const },
			{ field: 'effortHours.p90Hours', note: 'Assumption: twice', grade: 'assumption' as const },
			{ field: 'aiShare[3]', note: 'Assumption: native', grade: 'assumption' as const }
		];
		expect(issuesOf(activitySchema, activity({ sources, drivers: undefined }))).toEqual([]);
	});

	it.each<[string, Record<string, unknown>, string]>([
		['a craft that is not known', { craft: 'astrology' }, 'craft'],
		['an unknown area', { area: 'public-relations' }, 'area'],
		['an upper-case id', { id: 'Blog' }, 'id'],
		[
			'a grade of folklore',
			{ sources: [{ field: 'aiShare', note: 'x', grade: 'folklore' }] },
			'sources[0].grade'
		],
		[
			'a note for an unknown field',
			{ sources: [{ field: 'price', note: 'x', grade: 'solid' }] },
			'sources[0].field'
		],
		[
			'a driver named twice',
			{
				drivers: [
					{ per: 'week', unitsPer: 1 },
					{ per: 'week', unitsPer: 2 }
				]
			},
			'drivers'
		],
		['an unknown field', { owner: 'me' }, 'owner']
	])('refuses %s', (_, over, path) => {
		expect(issuesOf(activitySchema, { ...activity(), ...over }).map((i) => i.path)).toContain(path);
	});
});

describe('the catalogue', () => {
	it('refuses a duplicate id, naming its path and the first use', () => {
		const activities = [activity(), activity({ id: 'brief' }), activity()];
		expect(issuesOf(catalogueSchema, { version: 1, activities })).toEqual([
			{ path: 'activities[2].id', message: 'duplicates the id "blog-post-draft" of activities[0]' }
		]);
	});

	it('names the field path of a nested problem', () => {
		const bad = activity({ effortHours: { kind: 'lognormal', medianHours: 5, p90Hours: 2 } });
		expect(
			issuesOf(catalogueSchema, { version: 1, activities: [activity({ id: 'a' }), bad] })
		).toEqual([
			{ path: 'activities[1].effortHours.p90Hours', message: 'must be above medianHours' }
		]);
	});

	it('refuses another version', () => {
		expect(issuesOf(catalogueSchema, { version: 2, activities: [activity()] })).toEqual([
			{ path: 'version', message: 'expected version 1' }
		]);
	});

	it('every required default of the example has a note', () => {
		for (const field of requiredSources)
			expect(activity().sources.some((s) => covers(s, field))).toBe(true);
	});
});
