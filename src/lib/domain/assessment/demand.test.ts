import { describe, expect, it } from 'vitest';
import { covers } from '../catalogue/schema';
import { activity } from '../catalogue/testing';
import { computeDemand } from './demand';
import type { Profile } from './schema';
import { activities, profile } from './testing';

const bases: [string, Profile][] = [
	['small', profile()],
	[
		'mid-size',
		profile({
			audiences: 3,
			products: 4,
			channels: 6,
			regions: 2,
			campaignsPerQuarter: 6,
			eventsPerYear: 8
		})
	],
	[
		'busy',
		profile({
			audiences: 8,
			products: 12,
			channels: 15,
			regions: 5,
			campaignsPerQuarter: 20,
			eventsPerYear: 40
		})
	]
];
const drivers = [
	'audiences',
	'products',
	'channels',
	'regions',
	'campaignsPerQuarter',
	'eventsPerYear'
] as const;
const levels = [0, 1, 2, 3];

describe('computeDemand', () => {
	describe.each(bases)('from a %s profile', (_, base) => {
		it.each(drivers.flatMap((d) => levels.map((l) => [d, l] as const)))(
			'more %s never lower demand, overall or in any area (AI level %i)',
			(driver, level) => {
				const before = computeDemand(base, activities, level);
				for (const step of [1, 5]) {
					const after = computeDemand(
						{ ...base, [driver]: base[driver] + step },
						activities,
						level
					);
					expect(after.totalHoursPerWeek).toBeGreaterThanOrEqual(before.totalHoursPerWeek);
					after.areas.forEach((a, i) =>
						expect(a.demandHoursPerWeek).toBeGreaterThanOrEqual(before.areas[i]!.demandHoursPerWeek)
					);
				}
			}
		);

		it.each(['audiences', 'channels', 'campaignsPerQuarter'] as const)(
			'more %s raise it',
			(driver) => {
				const before = computeDemand(base, activities, 1).totalHoursPerWeek;
				const after = computeDemand({ ...base, [driver]: base[driver] + 1 }, activities, 1);
				expect(after.totalHoursPerWeek).toBeGreaterThan(before);
			}
		);

		it('gives every figure a driver and a source', () => {
			const d = computeDemand(base, activities, 2);
			for (const a of d.areas) {
				if (a.demandHoursPerWeek > 0) {
					expect(a.driver, a.area).toMatch(/\d/);
					expect(a.source, a.area).toContain('models/activities.json');
				}
				for (const x of a.activities) {
					expect(x.driver, x.activityId).toMatch(/ h per /);
					for (const field of ['effortHours', 'aiShare', 'drivers'])
						expect(
							x.sources.some((s) => covers(s, field)),
							`${x.activityId} ${field}`
						).toBe(true);
				}
			}
		});
	});

	it('more AI never raises demand', () => {
		const totals = levels.map((l) => computeDemand(bases[1]![1], activities, l).totalHoursPerWeek);
		totals.slice(1).forEach((t, i) => expect(t).toBeLessThanOrEqual(totals[i]!));
	});

	it.each([
		[
			'campaign',
			{ campaignsPerQuarter: 12 },
			12 / 13,
			'12 campaigns a quarter × 3 per campaign ÷ 13 weeks'
		],
		['event', { eventsPerYear: 26 }, 26 / 52, '26 events a year × 3 per event ÷ 52 weeks'],
		['channel', { channels: 4 }, 4 / 13, '4 channels × 3 per channel a quarter ÷ 13 weeks'],
		['product', { products: 1 }, 1 / 13, '1 product × 3 per product a quarter ÷ 13 weeks'],
		['week', {}, 1 / 3, '1 a week × 2 h per blog post']
	] as const)('counts a %s driver as units per week', (per, over, driverUnits, text) => {
		const unitsPer = per === 'week' ? 1 : 3;
		const a = activity({
			effortHours: { kind: 'fixed', hours: 2 },
			drivers: [{ per, unitsPer }]
		});
		const d = computeDemand(profile(over), [a], 1);
		const x = d.areas.find((r) => r.area === a.area)!.activities[0]!;
		const units = per === 'week' ? 1 : driverUnits * 3;
		expect(x.unitsPerWeek).toBeCloseTo(units, 10);
		expect(x.hoursPerWeek).toBeCloseTo(units * 2 * (1 - 0.25), 10);
		expect(x.driver).toContain(text);
		expect(x.driver).toContain('less 25% to AI');
	});

	it('adds nothing for an activity without drivers and lists it', () => {
		const d = computeDemand(profile(), [activity({ drivers: undefined })], 0);
		expect(d.totalHoursPerWeek).toBe(0);
		expect(d.undriven).toEqual([
			{ activityId: 'blog-post-draft', area: 'content-strategy-and-creation' }
		]);
	});

	it('lists every area of the catalogue, planning included', () => {
		const d = computeDemand(profile(), activities, 0);
		expect(d.areas.map((a) => a.area)).toContain('strategic-planning');
		expect(d.areas).toHaveLength(11);
	});
});
