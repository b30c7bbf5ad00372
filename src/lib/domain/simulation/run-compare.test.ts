import { describe, expect, it } from 'vitest';
import { runComparison } from './run';
import { legacy, towers, quick, demoProfile, issuesOf } from './run-fixtures';
import { library } from './testing';

describe('runComparison', () => {
	it('gives what moving to the other design reclaims, as base minus other', () => {
		const r = runComparison(
			{ scenario: legacy, run: quick },
			{ scenario: towers, run: quick },
			library
		);
		const other = r.compare!.result;
		const d = r.compare!.differences;
		expect(other.scenario.structure).toBe('two-tower');
		expect(d.capacityHoursReclaimed).toBeCloseTo(r.handoffTax.hours - other.handoffTax.hours, 9);
		expect(d.leadTimeDaysReclaimed).toBeCloseTo(
			(r.overall.leadTime.meanHours - other.overall.leadTime.meanHours) / 8,
			9
		);
		expect(d.handoffsPerItemReduced).toBeCloseTo(
			r.overall.handoffsPerItem - other.overall.handoffsPerItem,
			9
		);
	});

	it('prefixes the issues of the compared input with compare.', () => {
		expect(() =>
			runComparison({ scenario: legacy }, { scenario: { ...towers, seats: [] } }, library)
		).toThrow(/^compare\.scenario\.seats: /);
		// Found only while the compared design runs: it has no audiences, so no work.
		expect(() =>
			runComparison(
				{ scenario: legacy, run: quick },
				{
					scenario: {
						...towers,
						audiences: [],
						seats: towers.seats.map((s) => ({ ...s, audienceIds: [] }))
					},
					run: quick
				},
				library
			)
		).toThrow(/^compare\.scenario\.audiences: /);
	});
});

describe('input validation', () => {
	const seat0 = legacy.seats[0]!;
	it.each([
		[{}, 'scenario', /expected object/i],
		[{ scenario: legacy, bogus: 1 }, 'bogus', /not a known field/],
		[
			{ scenario: { ...legacy, seats: [{ ...seat0, fte: 2 }, ...legacy.seats.slice(1)] } },
			'scenario.seats[0].fte',
			/at most 1/
		],
		[{ scenario: legacy, run: { replications: 0 } }, 'run.replications', /at least 1/],
		[{ scenario: legacy, run: { replications: 'ten' } }, 'run.replications', /whole number/],
		[{ scenario: legacy, run: { weeks: 4, warmupWeeks: 4 } }, 'run.warmupWeeks', /below weeks/],
		[{ scenario: legacy, run: { arrivals: 'bursty' } }, 'run.arrivals', /"poisson" or "even"/],
		[
			{ scenario: legacy, assumptions: { reworkProbabilityEnd: 1 } },
			'assumptions.reworkProbabilityEnd',
			/at most 0.95/
		],
		[
			{ scenario: legacy, assumptions: { handoffHours: -1 } },
			'assumptions.handoffHours',
			/at least 0 hours/
		],
		[{ scenario: legacy, assumptions: { speed: 2 } }, 'assumptions.speed', /not a known field/],
		[
			{ scenario: legacy, templates: ['podcast'] },
			'templates[0]',
			/no template "podcast"; expected one of/
		],
		[
			{
				scenario: legacy,
				workload: [{ templateId: 'paid-campaign', audienceId: 'nobody', perQuarter: 1 }]
			},
			'workload[0].audienceId',
			/no audience "nobody"/
		],
		[
			{
				scenario: legacy,
				workload: [
					{ templateId: 'paid-campaign', audienceId: legacy.audiences[0]!.id, perQuarter: -1 }
				]
			},
			'workload[0].perQuarter',
			/at least 0/
		],
		[
			{ scenario: legacy, activityOverrides: { 'no-such-activity': { unit: 'x' } } },
			'activityOverrides["no-such-activity"]',
			/no activity/
		],
		[
			{
				scenario: legacy,
				activityOverrides: { 'blog-post-draft': { effortHours: { kind: 'fixed', hours: -2 } } }
			},
			'activityOverrides["blog-post-draft"].effortHours.hours',
			/above 0/
		],
		[
			{
				scenario: {
					...legacy,
					seats: legacy.seats.map((s) =>
						s.managerId === null ? { ...s, managerId: legacy.seats[1]!.id } : s
					)
				}
			},
			'scenario.seats',
			/./
		],
		[{ scenario: { ...legacy, audiences: [] } }, 'scenario.audiences', /no audiences/],
		[
			{ scenario: legacy, profile: { ...demoProfile, channels: 1_000_000 } },
			'profile.channels',
			/must be at most 50/
		],
		[
			{ scenario: { ...legacy, profile: { ...demoProfile, campaignsPerQuarter: -3 } } },
			'scenario.profile.campaignsPerQuarter',
			/must be at least 0/
		]
	])('refuses %j at %s', (input, path, message) => {
		const issues = issuesOf(input);
		const issue = issues.find(
			(i) => i.path === path || i.path.startsWith(`${path}[`) || i.path.startsWith(`${path}.`)
		);
		expect(issue, JSON.stringify(issues)).toBeDefined();
		expect(issue!.message).toMatch(message);
	});
});
