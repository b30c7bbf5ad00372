import { describe, expect, it } from 'vitest';
import type { Effort } from '../catalogue/effort';
import { simulate } from './engine';
import type { FlowStats, LeadTimeBreakdown, SimulationModelInput } from './schema';
import { breakdownKeys } from './schema';
import { breakdownTotal } from './stats';

const fixed = (hours: number): Effort => ({ kind: 'fixed', hours });
const exp = (meanHours: number): Effort => ({ kind: 'exponential', meanHours });

/** The breakdown sums to the mean lead time within 2% (here: to rounding). */
function expectSums(s: FlowStats) {
	const total = breakdownTotal(s.leadTimeBreakdown);
	if (s.completedItems === 0) return expect(total).toBe(0);
	expect(Math.abs(total - s.leadTime.meanHours)).toBeLessThan(0.02 * s.leadTime.meanHours);
	expect(total).toBeCloseTo(s.leadTime.meanHours, 6);
	for (const key of breakdownKeys) expect(s.leadTimeBreakdown[key]).toBeGreaterThanOrEqual(0);
}

const only = (b: LeadTimeBreakdown, key: keyof LeadTimeBreakdown) =>
	breakdownKeys.filter((k) => k !== key).map((k) => b[k]);

/** Stations a, b, c, reviewer r; busy enough that queues form. */
const stations = [
	{ id: 'a', servers: 1, rateFactor: 1 },
	{ id: 'b', servers: 2, rateFactor: 0.8 },
	{ id: 'c', servers: 1, rateFactor: 1.2 },
	{ id: 'r', servers: 1, rateFactor: 1 }
];

const varied: SimulationModelInput[] = [
	// A chain across stations, with a step that stays at the same station.
	{
		stations,
		flows: [
			{
				id: 'chain',
				arrivals: { kind: 'poisson', perHour: 0.15 },
				steps: [
					{ stationId: 'a', effort: exp(2) },
					{ stationId: 'a', effort: exp(1) },
					{ stationId: 'b', effort: exp(4), handoffHours: 0.5 },
					{ stationId: 'c', effort: exp(3), handoffHours: 0.5 }
				]
			}
		]
	},
	// Parallel branches that join, a review with latency and rework, two flows in one group.
	{
		stations,
		flows: ['x', 'y'].map((id, i) => ({
			id,
			group: 'launch',
			arrivals: { kind: 'poisson' as const, perHour: 0.06 + 0.03 * i },
			steps: [
				{ stationId: 'a', effort: exp(2) },
				{ stationId: 'b', effort: exp(5), after: [0], handoffHours: 1 },
				{ stationId: 'c', effort: exp(3), after: [0], handoffHours: 1 },
				{ stationId: 'r', effort: fixed(0.5), after: [], category: 'review' as const },
				{
					stationId: 'r',
					effort: fixed(1),
					after: [1, 2, 3],
					category: 'review' as const,
					latencyHours: 6,
					aiReviewHours: 0.2,
					rework: { step: 1, probability: 0.4, share: 0.5, maxRounds: 3 }
				},
				{ stationId: 'a', effort: { kind: 'triangular', minHours: 1, modeHours: 2, maxHours: 4 } }
			]
		}))
	},
	// Heavily loaded single station with warm-up, and a lightly loaded even flow beside it.
	{
		stations: [{ id: 'a', servers: 1, rateFactor: 1 }],
		flows: [
			{
				id: 'busy',
				arrivals: { kind: 'poisson', perHour: 0.9 },
				steps: [{ stationId: 'a', effort: exp(1) }]
			},
			{
				id: 'rare',
				arrivals: { kind: 'even', perHour: 0.01 },
				steps: [
					{ stationId: 'a', effort: fixed(1) },
					{ stationId: 'a', effort: fixed(2), latencyHours: 3 }
				]
			}
		]
	}
];

describe('lead time breakdown', () => {
	it('sums to the mean lead time overall, per flow and per group, on varied models', () => {
		varied.forEach((model, i) => {
			const r = simulate(model, {
				seed: 11 + i,
				replications: 4,
				horizonHours: 4000,
				warmupHours: i === 2 ? 500 : 0
			});
			expectSums(r.overall);
			r.flows.forEach(expectSums);
			r.groups.forEach(expectSums);
			expect(r.overall.completedItems).toBeGreaterThan(10);
		});
	});

	it('splits the overall breakdown over the stations where the critical path spent it', () => {
		const r = simulate(varied[1]!, { seed: 3, replications: 3, horizonHours: 4000 });
		for (const key of breakdownKeys) {
			const bySeat = r.stations.reduce((s, st) => s + st.leadTimeBreakdown[key], 0);
			expect(bySeat).toBeCloseTo(r.overall.leadTimeBreakdown[key], 6);
		}
		// Rework rounds count at the reviewer's station; only a review's station has latency.
		const at = (id: string) => r.stations.find((s) => s.stationId === id)!.leadTimeBreakdown;
		expect(at('r').reworkHours).toBeGreaterThan(0);
		expect(at('r').reviewLatencyHours).toBeGreaterThan(6 * 0.9);
		expect(at('b').reworkHours + at('c').reworkHours + at('a').reworkHours).toBe(0);
	});

	it('follows the slower of two parallel branches, with no waiting when nothing queues', () => {
		// One item every 100 h; branches of 2 h and 5 h after a 1 h start, then a 1 h finish.
		const r = simulate(
			{
				stations,
				flows: [
					{
						id: 'fork',
						arrivals: { kind: 'even', perHour: 0.01 },
						steps: [
							{ stationId: 'a', effort: fixed(1) },
							{ stationId: 'b', effort: fixed(2 * 0.8), after: [0] },
							{ stationId: 'c', effort: fixed(5 * 1.2), after: [0] },
							{ stationId: 'a', effort: fixed(1), after: [1, 2] }
						]
					}
				]
			},
			{ replications: 1, horizonHours: 2000 }
		);
		const b = r.overall.leadTimeBreakdown;
		expect(r.overall.leadTime.meanHours).toBeCloseTo(7, 9);
		expect(b.workHours).toBeCloseTo(7, 9);
		expect(only(b, 'workHours')).toEqual([0, 0, 0, 0]);
		// The 2-hour branch at b is off the critical path.
		expect(r.stations.find((s) => s.stationId === 'b')!.leadTimeBreakdown.workHours).toBe(0);
		expect(r.stations.find((s) => s.stationId === 'c')!.leadTimeBreakdown.workHours).toBeCloseTo(
			5,
			9
		);
	});

	it('calls a wait after the work changed hands hand-off wait, and one at the same seat queueing', () => {
		// Two items arrive together (even arrivals at the same rate in two flows).
		const flow = (id: string, second: string) => ({
			id,
			arrivals: { kind: 'even' as const, perHour: 0.01 },
			steps: [
				{ stationId: 'a', effort: fixed(1) },
				{ stationId: second, effort: fixed(4) }
			]
		});
		const handed = simulate(
			{ stations, flows: [flow('one', 'c'), flow('two', 'c')] },
			{ replications: 1, horizonHours: 2000 }
		).overall.leadTimeBreakdown;
		expect(handed.handoffWaitHours).toBeGreaterThan(0);
		const kept = simulate(
			{ stations, flows: [flow('one', 'a'), flow('two', 'a')] },
			{ replications: 1, horizonHours: 2000 }
		).overall.leadTimeBreakdown;
		expect(kept.handoffWaitHours).toBe(0);
		expect(kept.queueHours).toBeGreaterThan(0);
	});
});
