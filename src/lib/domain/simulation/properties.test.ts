import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignInput } from '../scenario/schema';
import {
	functionalOrg,
	MIN_FUNCTIONAL_SEATS,
	MIN_TWO_TOWER_SEATS,
	twoTowerOrg
} from './bench-orgs';
import { simulate } from './engine';
import { runSimulation } from './run';
import type { SimulationModelInput } from './schema';
import { library } from './testing';

/**
 * Sanity properties of the model on generated designs. Runs are short (a few weeks, one or two
 * replications) and few, so the suite stays quick; fast-check's seed is fixed for repeatable runs.
 */
const settings = { seed: 20261205, numRuns: 6 };

/** A generated org: a starter-like design of a random size, with random focus and volume. */
const designs = fc
	.record({
		towers: fc.boolean(),
		extra: fc.integer({ min: 0, max: 20 }),
		focus: fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
		volumeScale: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
		seed: fc.integer({ min: 0, max: 100_000 })
	})
	.map(({ towers, extra, focus, volumeScale, seed }) => {
		const org: DesignInput = towers
			? twoTowerOrg(MIN_TWO_TOWER_SEATS + extra)
			: functionalOrg(MIN_FUNCTIONAL_SEATS + extra);
		const seats = org.seats.map((s, i) => ({ ...s, focusFactor: focus[i % focus.length]! }));
		return {
			scenario: { ...org, seats },
			run: { seed, replications: 1, weeks: 6, sensitivity: false },
			assumptions: { volumeScale }
		};
	});

describe('model properties on generated designs', () => {
	it('gives no hand-off tax when hand-offs and reviews cost nothing', () => {
		fc.assert(
			fc.property(designs, (input) => {
				const free = { ...input.assumptions, handoffHours: 0, reviewHours: 0 };
				const r = runSimulation({ ...input, assumptions: free }, library);
				expect(r.handoffTax.transferHours).toBe(0);
				expect(r.handoffTax.reworkHours).toBe(0);
				expect(r.handoffTax.hours).toBe(0);
				expect(r.overall.leadTimeBreakdown.reworkHours).toBe(0);
				expect(r.overall.leadTimeBreakdown.reviewLatencyHours).toBe(0);
			}),
			settings
		);
	});

	it('splits every seat’s available hours into work, hand-offs, review, rework and idle', () => {
		fc.assert(
			fc.property(designs, (input) => {
				const r = runSimulation(input, library);
				for (const s of r.perSeat) {
					const h = s.hours;
					const sum = h.craft + h.handoff + h.review + h.rework + h.idle;
					expect(Math.abs(sum - s.availableHours)).toBeLessThanOrEqual(1e-6 * s.availableHours);
				}
				const total = Object.values(r.overall.leadTimeBreakdown).reduce((t, v) => t + v, 0);
				expect(Math.abs(total - r.overall.leadTime.meanHours)).toBeLessThanOrEqual(
					0.02 * r.overall.leadTime.meanHours
				);
			}),
			settings
		);
	});

	it('gives the same JSON for the same seed', () => {
		fc.assert(
			fc.property(designs, (input) => {
				const once = JSON.stringify(runSimulation(input, library));
				expect(JSON.stringify(runSimulation(input, library))).toBe(once);
			}),
			{ ...settings, numRuns: 4 }
		);
	});
});

/** A generated engine model: 2–4 pools, 1–3 flows of 1–5 steps, some in parallel. */
const models = fc
	.record({
		pools: fc.array(
			fc.record({
				servers: fc.integer({ min: 1, max: 3 }),
				rate: fc.double({ min: 0.6, max: 1.4, noNaN: true })
			}),
			{ minLength: 2, maxLength: 4 }
		),
		flows: fc.array(
			fc.record({
				perHour: fc.double({ min: 0.02, max: 0.12, noNaN: true }),
				steps: fc.array(
					fc.record({
						at: fc.nat(),
						hours: fc.double({ min: 0.5, max: 6, noNaN: true }),
						parallel: fc.boolean()
					}),
					{ minLength: 1, maxLength: 5 }
				)
			}),
			{ minLength: 1, maxLength: 3 }
		),
		pool: fc.nat()
	})
	.map(({ pools, flows, pool }) => {
		const model: SimulationModelInput = {
			stations: pools.map((p, i) => ({ id: `s${i}`, servers: p.servers, rateFactor: p.rate })),
			flows: flows.map((f, i) => ({
				id: `f${i}`,
				arrivals: { kind: 'poisson' as const, perHour: f.perHour },
				steps: f.steps.map((s, j) => ({
					stationId: `s${s.at % pools.length}`,
					effort: { kind: 'exponential' as const, meanHours: s.hours },
					// A parallel step waits for the one before the previous, so it runs beside it.
					after: j === 0 ? [] : [s.parallel && j > 1 ? j - 2 : j - 1],
					handoffHours: 0.5
				}))
			}))
		};
		return { model, pool: pool % pools.length };
	});

describe('engine properties on generated models', () => {
	it('never lengthens mean lead time, beyond noise, when a pool gets one more seat', () => {
		const options = { seed: 5, replications: 2, horizonHours: 3000, warmupHours: 300 };
		fc.assert(
			fc.property(models, ({ model, pool }) => {
				const before = simulate(model, options);
				const wider = {
					...model,
					stations: model.stations.map((s, i) =>
						i === pool ? { ...s, servers: (s.servers ?? 1) + 1 } : s
					)
				};
				const after = simulate(wider, options);
				// Noise: the same items, but a seat more reshuffles which draws meet which queue.
				const noise = 0.05 * before.overall.leadTime.meanHours + 0.5;
				expect(after.overall.leadTime.meanHours).toBeLessThanOrEqual(
					before.overall.leadTime.meanHours + noise
				);
			}),
			{ ...settings, numRuns: 20 }
		);
	});
});
