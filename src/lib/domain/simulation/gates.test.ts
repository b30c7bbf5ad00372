import { describe, expect, it } from 'vitest';
import type { Effort } from '../catalogue/effort';
import { simulate } from './engine';
import type { SimulationModelInput } from './schema';

/** Deterministic inputs: evenly spaced arrivals far apart, fixed effort, so nothing queues. */
const fixed = (hours: number): Effort => ({ kind: 'fixed', hours });
// Arrivals every 50 h; the last one (3,950 h) finishes inside the window.
const calm = { seed: 1, replications: 1, horizonHours: 3_990 };
type Steps = SimulationModelInput['flows'][number]['steps'];
const model = (steps: Steps, stations = ['a', 'b', 'c', 'd']): SimulationModelInput => ({
	stations: stations.map((id) => ({ id })),
	flows: [{ id: 'f', arrivals: { kind: 'even', perHour: 0.02 }, steps }]
});

describe('parallel branches', () => {
	it('run side by side and join: lead time is the longest path, not the sum', () => {
		// a (2 h) → { b (3 h), c (5 h) } → d (1 h): longest path 2 + 5 + 1 = 8 h.
		const branched = simulate(
			model([
				{ stationId: 'a', effort: fixed(2) },
				{ stationId: 'b', effort: fixed(3), after: [0] },
				{ stationId: 'c', effort: fixed(5), after: [0] },
				{ stationId: 'd', effort: fixed(1), after: [1, 2] }
			]),
			calm
		);
		expect(branched.overall.leadTime.meanHours).toBeCloseTo(8, 9);
		// Four hand-offs: a→b, a→c, b→d, c→d.
		expect(branched.overall.handoffsPerItem).toBe(4);
		const chained = simulate(
			model([
				{ stationId: 'a', effort: fixed(2) },
				{ stationId: 'b', effort: fixed(3) },
				{ stationId: 'c', effort: fixed(5) },
				{ stationId: 'd', effort: fixed(1) }
			]),
			calm
		);
		expect(chained.overall.leadTime.meanHours).toBeCloseTo(11, 9);
	});

	it('charge each hand-off to both sides, per edge', () => {
		// a sends to b and c (two hand-offs of 0.5 h); b and c each send to d.
		const r = simulate(
			model([
				{ stationId: 'a', effort: fixed(2) },
				{ stationId: 'b', effort: fixed(3), after: [0], handoffHours: 0.5 },
				{ stationId: 'c', effort: fixed(3), after: [0], handoffHours: 0.5 },
				{ stationId: 'd', effort: fixed(1), after: [1, 2], handoffHours: 0.5 }
			]),
			calm
		);
		const items = r.overall.completedItems;
		const perItem = Object.fromEntries(
			r.stations.map((s) => [s.stationId, s.handoffHours / items])
		);
		expect(perItem).toEqual({
			a: expect.closeTo(1, 2),
			b: expect.closeTo(1, 2),
			c: expect.closeTo(1, 2),
			d: expect.closeTo(1, 2)
		});
		// a 2 + 1 sent, b 3 + 0.5 received + 0.5 sent, d 1 + 1 received: 9 h on either path.
		expect(r.overall.leadTime.meanHours).toBeCloseTo(9, 9);
	});
});

describe('review gates', () => {
	/** Work at a (4 h), reviewed at b (1 h) after `latency`, rework with `p`, then done. */
	const reviewed = (p: number, latency = 0, share = 0.5, maxRounds = 3, handoffHours = 0) =>
		model([
			{ stationId: 'a', effort: fixed(4) },
			{
				stationId: 'b',
				effort: fixed(1),
				category: 'review',
				handoffHours,
				...(latency > 0 ? { latencyHours: latency } : {}),
				rework: { step: 0, probability: p, share, maxRounds }
			}
		]);

	it('a review latency adds its hours to every round, with no one busy', () => {
		const quick = simulate(reviewed(0), calm);
		const slow = simulate(reviewed(0, 8), calm);
		expect(quick.overall.leadTime.meanHours).toBeCloseTo(5, 9);
		expect(slow.overall.leadTime.meanHours).toBeCloseTo(13, 9);
		expect(slow.stations[1]!.reviewHours).toBeCloseTo(quick.stations[1]!.reviewHours, 9);
		expect(slow.stations[1]!.workHours).toBe(0);
	});

	it('rework rounds follow the probability, capped at maxRounds', () => {
		// Rounds of rework per item: p + p² + p³ = 0.875 at p = 0.5 with at most 3 rounds.
		const r = simulate(reviewed(0.5), { ...calm, replications: 20, horizonHours: 40_000 });
		const items = r.overall.completedItems;
		const [a, b] = r.stations;
		const rounds = a!.reworkHours / items / (4 * 0.5);
		expect(rounds).toBeGreaterThan(0.875 * 0.95);
		expect(rounds).toBeLessThan(0.875 * 1.05);
		// Each round is reviewed again: 1 + 0.875 review hours per item.
		expect(b!.reviewHours / items).toBeCloseTo(1.875, 1);
		const capped = simulate(reviewed(0.95, 0, 0.5, 1), { ...calm, replications: 5 });
		expect(capped.overall.leadTime.p95Hours).toBeLessThanOrEqual(4 + 1 + 2 + 1 + 1e-9);
	});

	it('a round that crosses stations is two more hand-offs and their transfer effort', () => {
		const r = simulate(reviewed(0.95, 0, 0.5, 1, 0.5), { ...calm, replications: 10 });
		// a → b, then with p = 0.95 b → a (rework) and a → b again: 1 + 2 × 0.95 per item.
		expect(r.overall.handoffsPerItem).toBeCloseTo(2.9, 1);
		const items = r.overall.completedItems;
		// a sends 0.5 h, and per round receives the notes and sends the work back (1 h): 1.45 h.
		// b receives 0.5 h, and per round sends notes and receives the work again: 1.45 h.
		expect(r.stations[0]!.handoffHours / items).toBeCloseTo(1.45, 1);
		expect(r.stations[1]!.handoffHours / items).toBeCloseTo(1.45, 1);
	});

	it('AI review hours count as review at the seat that does the step', () => {
		const r = simulate(model([{ stationId: 'a', effort: fixed(2), aiReviewHours: 0.5 }]), calm);
		const items = r.overall.completedItems;
		expect(r.stations[0]!.workHours / items).toBeCloseTo(2, 6);
		expect(r.stations[0]!.reviewHours / items).toBeCloseTo(0.5, 6);
		expect(r.overall.leadTime.meanHours).toBeCloseTo(2.5, 9);
	});

	it('refuses a step waiting for itself or a later step, naming the field', () => {
		expect(() =>
			simulate(
				model([
					{ stationId: 'a', effort: fixed(1), after: [1] },
					{ stationId: 'b', effort: fixed(1), rework: { step: 1, probability: 0.1, share: 0.5 } }
				])
			)
		).toThrow(/steps\[0\]\.after\[0\]|"after"/);
	});
});
