import { describe, expect, it } from 'vitest';
import type { Seat } from '../scenario/schema';
import { assess, withSupport } from './report';
import type { Profile } from './schema';
import { activities, defaults, profile, seat, soloStarterSeats } from './testing';

/** One marketer working 45 h a week with most of it planned: 36 h/week of capacity. */
const me = [seat('me', { hoursPerWeek: 45, focusFactor: 0.8 })];
const viable = profile({ aiTools: 3 });

describe('assess: the verdict', () => {
	it('finds a small focused company within one person’s capacity viable', () => {
		const r = assess(viable, me, activities, defaults);
		expect(r.compressionRatio).toBeLessThanOrEqual(1);
		expect(r.verdict.viable).toBe(true);
		expect(r.verdict.conditions.every((c) => c.met && c.why.length > 0)).toBe(true);
	});

	it.each([
		['goals are not focused', { focusedGoals: false }, 'focused-goals'],
		['growth accelerates', { growthTargetPct: 60 }, 'focused-goals'],
		['too many channels', { channels: 5 }, 'limited-channel-complexity'],
		['too many audiences', { audiences: 4 }, 'limited-channel-complexity'],
		['executives disagree', { executiveAlignment: 3 }, 'executive-alignment'],
		['more campaigns than fit', { campaignsPerQuarter: 12 }, 'capacity'],
		['a large sales team', { salesTeamSize: 30 }, 'capacity']
	] as [string, Partial<Profile>, string][])(
		'turns not viable when %s, and names that condition only',
		(_, over, id) => {
			const r = assess({ ...viable, ...over }, me, activities, defaults);
			expect(r.verdict.viable).toBe(false);
			expect(r.verdict.broken).toEqual([id]);
			const c = r.verdict.conditions.find((x) => x.id === id)!;
			expect(c.met).toBe(false);
			expect(c.why).toMatch(/\d/);
		}
	);
});

const overloaded: [string, Profile, Seat[]][] = [
	['default coordinator, small', profile({ campaignsPerQuarter: 3 }), []],
	[
		'default coordinator, mid-size',
		profile({
			audiences: 3,
			products: 2,
			channels: 5,
			campaignsPerQuarter: 4,
			eventsPerYear: 6,
			salesTeamSize: 8,
			aiTools: 1
		}),
		[]
	],
	[
		'solo starter, mid-size',
		profile({
			audiences: 3,
			products: 2,
			channels: 5,
			campaignsPerQuarter: 4,
			eventsPerYear: 6,
			salesTeamSize: 8,
			aiTools: 1
		}),
		soloStarterSeats
	],
	[
		'solo starter, busy',
		profile({
			audiences: 4,
			products: 6,
			channels: 10,
			campaignsPerQuarter: 10,
			eventsPerYear: 20,
			salesTeamSize: 6,
			aiTools: 2
		}),
		soloStarterSeats
	]
];

describe('assess: fractional support', () => {
	it.each(overloaded.flatMap(([n, p, s]) => [0.85, 0.7].map((t) => [n, t, p, s] as const)))(
		'%s: the proposed hours bring every seat to the target %s when applied',
		(_, targetRatio, p, seats) => {
			const before = assess(p, seats, activities, defaults, { targetRatio });
			expect(before.compressionRatio).toBeGreaterThan(targetRatio);
			expect(before.fractionalHoursPerWeek.length).toBeGreaterThan(0);
			const remedy = before.remedies.find((x) => x.kind === 'fractional-support')!;
			expect(remedy).toMatchObject({ needed: true, residualHoursPerWeek: 0 });

			const support = before.fractionalHoursPerWeek;
			const after = assess(p, seats, activities, defaults, { targetRatio, support });
			expect(after.compressionRatio).toBeLessThanOrEqual(targetRatio);
			for (const s of after.seats) expect(s.ratio, s.seatId).toBeLessThanOrEqual(targetRatio);
			for (const a of after.areas) expect(a.ratio, a.area).toBeLessThanOrEqual(targetRatio);
			expect(after.fractionalHoursPerWeek).toEqual([]);
			expect(after.seats.filter((s) => s.supportArea)).toHaveLength(support.length);
		}
	);

	it('proposes only what is missing on top of support already in place', () => {
		const [, p, seats] = overloaded[2]!;
		const first = assess(p, seats, activities, defaults);
		const half = first.fractionalHoursPerWeek.map((s) => ({
			...s,
			hoursPerWeek: s.hoursPerWeek / 2
		}));
		const partly = assess(p, seats, activities, defaults, { support: half });
		const support = withSupport(half, partly.fractionalHoursPerWeek);
		const after = assess(p, seats, activities, defaults, { support });
		expect(after.compressionRatio).toBeLessThanOrEqual(0.85);
		expect(after.fractionalHoursPerWeek).toEqual([]);
	});

	it('reports what no fractional seat can take: planning and urgent requests above the target', () => {
		// Executives not aligned: every urgent request interrupts the week.
		const p = profile({ audiences: 6, salesTeamSize: 30, executiveAlignment: 3 });
		const r = assess(p, [], activities, defaults);
		const remedy = r.remedies.find((x) => x.kind === 'fractional-support')!;
		if (remedy.kind !== 'fractional-support') throw new Error('no fractional remedy');
		expect(remedy.residualHoursPerWeek).toBeGreaterThan(0);
		const after = assess(p, [], activities, defaults, { support: r.fractionalHoursPerWeek });
		const lead = after.seats.find((s) => s.lead)!;
		expect(lead.byArea.map((a) => a.area)).toEqual(['strategic-planning']);
		expect(lead.demandHoursPerWeek - 0.85 * lead.capacityHoursPerWeek).toBeCloseTo(
			remedy.residualHoursPerWeek,
			2
		);
	});

	it('keeps strategic planning in-house', () => {
		for (const [, p, seats] of overloaded) {
			const r = assess(p, seats, activities, defaults);
			expect(r.fractionalHoursPerWeek.map((s) => s.area)).not.toContain('strategic-planning');
		}
	});
});

describe('assess: concurrent initiatives', () => {
	it.each([
		['the default profile', profile()],
		['a viable profile', viable],
		['a busy profile', overloaded[3]![1]]
	])('the limit falls as capacity falls, for %s', (_, p) => {
		const limits = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2].map(
			(focusFactor) =>
				assess(p, [seat('me', { focusFactor })], activities, defaults).concurrentInitiativeLimit
		);
		limits.slice(1).forEach((l, i) => expect(l).toBeLessThanOrEqual(limits[i]!));
		expect(limits.at(-1)!).toBeLessThan(limits[0]!);
		expect(limits.at(-1)).toBeGreaterThanOrEqual(1);
	});

	it('falls with fewer hours or a smaller FTE too', () => {
		const at = (over: Partial<Seat>) =>
			assess(viable, [seat('me', over)], activities, defaults).concurrentInitiativeLimit;
		expect(at({ hoursPerWeek: 24 })).toBeLessThan(at({ hoursPerWeek: 60 }));
		expect(at({ fte: 0.5 })).toBeLessThan(at({ fte: 1, focusFactor: 0.9 }));
	});
});

describe('assess: demand, seats and planning', () => {
	it.each(['channels', 'audiences', 'campaignsPerQuarter'] as const)(
		'more %s never lower the demand or the ratio of any seat',
		(field) => {
			for (const [, p, seats] of overloaded) {
				const before = assess(p, seats, activities, defaults);
				const after = assess({ ...p, [field]: p[field] + 3 }, seats, activities, defaults);
				expect(after.demandHoursPerWeek).toBeGreaterThan(before.demandHoursPerWeek);
				expect(after.compressionRatio).toBeGreaterThan(before.compressionRatio);
				after.seats.forEach((s, i) =>
					expect(s.ratio).toBeGreaterThanOrEqual(before.seats[i]!.ratio)
				);
			}
		}
	);

	it('gives every area and the urgent requests a driver and a source', () => {
		for (const [, p, seats] of overloaded) {
			const r = assess(p, seats, activities, defaults);
			for (const a of r.areas)
				if (a.demandHoursPerWeek > 0) {
					expect(a.driver.length, a.area).toBeGreaterThan(0);
					expect(a.source, a.area).toContain('models/activities.json');
					expect(a.activities.every((x) => x.sources.length > 0 && x.driver)).toBe(true);
				}
			expect(r.urgent.driver).toContain('sellers');
			expect(r.urgent.source).toContain('models/assessment.json');
		}
	});

	it('uses one full-time coordinator without seats, or without any seat with capacity', () => {
		for (const seats of [[], [seat('x', { focusFactor: 0 })]]) {
			const r = assess(profile(), seats, activities, defaults);
			expect(r.staffing).toBe('default-coordinator');
			expect(r.capacityHoursPerWeek).toBe(40 * defaults.figures.soloFocusFactor.value);
			expect(r.seats.map((s) => s.seatId)).toEqual(['coordinator']);
		}
	});

	it('spreads work by craft, else to the coordinator; planning stays with the coordinator', () => {
		const r = assess(overloaded[2]![1], soloStarterSeats, activities, defaults);
		const of = (id: string) => r.seats.find((s) => s.seatId === id)!;
		const areasOf = (id: string) => of(id).byArea.map((a) => a.area);
		expect(areasOf('design-agency')).toEqual(['content-strategy-and-creation']);
		expect(areasOf('fractional-pmm')).toContain('customer-conversations');
		expect(areasOf('fractional-pmm')).not.toContain('strategic-planning');
		expect(areasOf('marketing-coordinator')).toContain('strategic-planning');
		expect(of('marketing-coordinator').urgentHoursPerWeek).toBe(r.urgent.hoursPerWeek);
		const total = r.seats.reduce((t, s) => t + s.demandHoursPerWeek, 0);
		expect(total).toBeCloseTo(r.demandHoursPerWeek, 1);
	});

	it('squeezes planning first: urgent, then execution, then what is left', () => {
		const r = assess(profile({ campaignsPerQuarter: 6 }), [], activities, defaults);
		const [urgent, execution, planning] = r.planning.squeeze;
		expect(urgent!.droppedHoursPerWeek).toBe(0);
		expect(execution!.droppedHoursPerWeek).toBeGreaterThan(0);
		expect(planning!.servedHoursPerWeek).toBe(0);
		expect(r.planning.survivingHoursPerWeek).toBe(0);
		expect(r.planning.shortfallHoursPerWeek).toBe(r.planning.protectedMinimumHoursPerWeek);
	});

	it('keeps the protected minimum of the options', () => {
		const r = assess(viable, me, activities, defaults, { protectedPlanningHoursPerWeek: 8 });
		expect(r.planning.protectedMinimumHoursPerWeek).toBe(8);
		expect(r.assumptions.find((a) => a.key === 'protectedPlanningHoursPerWeek')!.value).toBe(8);
	});
});

describe('assess: remedies, alternatives, leadership', () => {
	const r = assess(overloaded[2]![1], soloStarterSeats, activities, defaults);

	it('gives the six remedies with figures', () => {
		expect(r.remedies.map((x) => x.kind)).toEqual([
			'drop-scope',
			'protect-planning',
			'limit-initiatives',
			'agree-outcomes',
			'ai-guardrails',
			'fractional-support'
		]);
		const drop = r.remedies.find((x) => x.kind === 'drop-scope')!;
		if (drop.kind !== 'drop-scope') throw new Error();
		expect(drop.needed).toBe(true);
		expect(drop.cuts.length).toBeGreaterThan(0);
		for (const c of drop.cuts)
			expect(c.movesTo && c.accountability && c.hoursPerWeek > 0).toBeTruthy();
		const limit = r.remedies.find((x) => x.kind === 'limit-initiatives')!;
		expect(limit).toMatchObject({ limit: r.concurrentInitiativeLimit });
	});

	it('compares solo, solo + fractional and a small two-tower team', () => {
		const [solo, plus, two] = r.alternatives;
		expect(r.alternatives.map((a) => a.id)).toEqual([
			'solo',
			'solo-plus-fractional',
			'small-two-tower'
		]);
		expect(plus!.compressionRatio).toBeLessThanOrEqual(0.85);
		expect(plus!.compressionRatio).toBeLessThan(solo!.compressionRatio);
		expect(plus!.planningHoursPerWeek).toBeGreaterThanOrEqual(solo!.planningHoursPerWeek);
		expect(plus!.costPerYear).toBeGreaterThan(solo!.costPerYear);
		expect(two!.staffing).toMatch(/GTM marketer/);
		expect(solo!.costPerYear).toBe(95_000);
	});

	it('answers the three leadership questions from the numbers', () => {
		expect(r.leadership.map((q) => [q.id, q.answer])).toEqual([
			['expectations', 'no'],
			['strategy', 'partly'],
			['support', 'partly']
		]);
		const ok = assess(viable, me, activities, defaults);
		expect(ok.leadership.map((q) => q.answer)).toEqual(['yes', 'yes', 'yes']);
	});

	it('is plain JSON: it survives a round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(r))).toEqual(r);
	});
});
