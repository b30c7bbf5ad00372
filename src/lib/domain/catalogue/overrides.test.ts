import { describe, expect, it } from 'vitest';
import { catalogueSchema, type Catalogue } from './schema';
import { InvalidOverrideError, mergeOverrides, UnknownActivityError } from './overrides';
import { activity } from './testing';

const catalogue = (): Catalogue =>
	catalogueSchema.parse({
		version: 1,
		activities: [activity(), activity({ id: 'campaign-brief', unit: 'campaign brief' })]
	});

const at = (c: Catalogue, i: number) => c.activities[i]!;

describe('mergeOverrides', () => {
	it('returns the catalogue unchanged with no overrides', () => {
		expect(mergeOverrides(catalogue(), {})).toEqual(catalogue());
	});

	it('replaces a value and marks it as a workspace assumption when no note is given', () => {
		const merged = mergeOverrides(catalogue(), {
			'blog-post-draft': { aiShare: [0, 0.5, 0.6, 0.8] }
		});
		const blog = at(merged, 0);
		expect(blog.aiShare).toEqual([0, 0.5, 0.6, 0.8]);
		expect(blog.sources.filter((s) => s.field === 'aiShare')).toEqual([
			{
				field: 'aiShare',
				note: 'Workspace override of the catalogue default; no source given.',
				grade: 'assumption'
			}
		]);
		expect(blog.sources.find((s) => s.field === 'effortHours')?.grade).toBe('medium');
		expect(at(merged, 1)).toEqual(at(catalogue(), 1));
	});

	it('replaces a distribution whole and keeps the note the override brings', () => {
		const note = { field: 'effortHours', note: 'Our time sheets, Q1', grade: 'solid' as const };
		const merged = mergeOverrides(catalogue(), {
			'campaign-brief': { effortHours: { kind: 'fixed', hours: 3 }, sources: [note] }
		});
		expect(at(merged, 1).effortHours).toEqual({ kind: 'fixed', hours: 3 });
		expect(at(merged, 1).sources.filter((s) => s.field === 'effortHours')).toEqual([note]);
	});

	it('overrides every other field too', () => {
		const merged = mergeOverrides(catalogue(), {
			'campaign-brief': {
				name: 'Brief',
				area: 'campaign-architecture',
				scope: 'cross-audience',
				craft: 'demand-generation',
				unit: 'brief',
				drivers: [{ per: 'week', unitsPer: 1 }]
			}
		});
		expect(at(merged, 1)).toMatchObject({
			name: 'Brief',
			scope: 'cross-audience',
			unit: 'brief'
		});
		expect(
			at(merged, 1)
				.sources.map((s) => s.field)
				.sort()
		).toEqual(['aiShare', 'area', 'craft', 'drivers', 'effortHours', 'scope', 'unit']);
	});

	it('changes neither argument', () => {
		const base = catalogue();
		const overrides = { 'blog-post-draft': { unit: 'article' } };
		mergeOverrides(base, overrides);
		expect(base).toEqual(catalogue());
		expect(overrides).toEqual({ 'blog-post-draft': { unit: 'article' } });
	});

	it('refuses an unknown id with a typed error naming it', () => {
		const run = () => mergeOverrides(catalogue(), { 'press-release': { unit: 'release' } });
		expect(run).toThrow(UnknownActivityError);
		expect(run).toThrow(
			'overrides["press-release"]: no activity with id "press-release" in the catalogue'
		);
		try {
			run();
		} catch (err) {
			expect((err as UnknownActivityError).activityId).toBe('press-release');
		}
	});

	it.each<[string, Record<string, unknown>, string]>([
		[
			'a decreasing aiShare',
			{ aiShare: [0, 0.5, 0.4, 0.6] },
			'overrides["blog-post-draft"].aiShare[2]'
		],
		[
			'p90 at the median',
			{ effortHours: { kind: 'lognormal', medianHours: 4, p90Hours: 4 } },
			'overrides["blog-post-draft"].effortHours.p90Hours'
		],
		['an id change', { id: 'other' }, 'overrides["blog-post-draft"].id'],
		['an unknown field', { colour: 'red' }, 'overrides["blog-post-draft"].colour']
	])('refuses %s with its path', (_, override, path) => {
		try {
			mergeOverrides(catalogue(), { 'blog-post-draft': override });
			expect.unreachable();
		} catch (err) {
			expect(err).toBeInstanceOf(InvalidOverrideError);
			expect((err as InvalidOverrideError).issues.map((i) => i.path)).toContain(path);
		}
	});
});
