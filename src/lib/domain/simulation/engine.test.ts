import { afterAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Effort } from '../catalogue/effort';
import { meanHours } from '../catalogue/effort';
import { simulate } from './engine';
import { createRng, sampleEffort } from './random';
import type { SimulationModelInput } from './schema';

const exp = (mean: number): Effort => ({ kind: 'exponential', meanHours: mean });

/** One station of `servers` seats, Poisson arrivals at `perHour`, effort `effort`. */
function single(perHour: number, effort: Effort, servers = 1): SimulationModelInput {
	return {
		stations: [{ id: 'desk', servers, rateFactor: 1 }],
		flows: [
			{ id: 'work', arrivals: { kind: 'poisson', perHour }, steps: [{ stationId: 'desk', effort }] }
		]
	};
}

/** Erlang C: mean queue wait in hours of M/M/c with arrival rate λ and service rate μ per seat. */
function erlangCWait(lambda: number, mu: number, c: number): number {
	const a = lambda / mu;
	let sum = 0;
	let term = 1;
	for (let k = 0; k < c; k++) {
		sum += term;
		term *= a / (k + 1);
	}
	const tail = (term * c) / (c - a);
	return tail / (sum + tail) / (c * mu - lambda);
}

const within = (actual: number, expected: number, rel: number) =>
	expect(Math.abs(actual - expected) / expected).toBeLessThan(rel);

const log: string[] = [];
const report = (name: string, measured: number, theory: number) =>
	log.push(`${name}: measured ${measured.toFixed(4)} vs theory ${theory.toFixed(4)}`);

describe('queueing theory', () => {
	afterAll(() => console.log(log.join('\n')));
	// Long horizons keep the standard error of a mean wait to about a third of the tolerance.
	const long = { seed: 7, replications: 4, horizonHours: 150_000, warmupHours: 1_000 };

	it('M/M/1 at ρ = 0.8: queue wait ρ/(μ−λ) = 4 h within 10%, utilisation ≈ ρ', () => {
		const r = simulate(single(0.8, exp(1)), long);
		const st = r.stations[0]!;
		report('M/M/1 ρ=0.8 Wq (h)', st.meanQueueWaitHours, 4);
		report('M/M/1 ρ=0.8 utilisation', st.utilisation, 0.8);
		within(st.meanQueueWaitHours, 4, 0.1);
		within(st.utilisation, 0.8, 0.02);
		within(r.overall.leadTime.meanHours, 5, 0.1);
	});

	it('M/M/1 at ρ = 0.7: queue wait within 3%', () => {
		const r = simulate(single(0.7, exp(1)), { ...long, replications: 6, horizonHours: 250_000 });
		report('M/M/1 ρ=0.7 Wq (h)', r.stations[0]!.meanQueueWaitHours, 0.7 / 0.3);
		within(r.stations[0]!.meanQueueWaitHours, 0.7 / 0.3, 0.03);
	});

	it('M/M/2 at ρ = 0.7 matches Erlang C within 3%', () => {
		const r = simulate(single(1.4, exp(1), 2), { ...long, replications: 6, horizonHours: 150_000 });
		const theory = erlangCWait(1.4, 1, 2);
		report('M/M/2 ρ=0.7 Wq (h)', r.stations[0]!.meanQueueWaitHours, theory);
		within(r.stations[0]!.meanQueueWaitHours, theory, 0.03);
		within(r.stations[0]!.utilisation, 0.7, 0.02);
	});

	it('M/D/1 at ρ = 0.8: queue wait ρ/(2μ(1−ρ)) = 2 h within 5%', () => {
		const r = simulate(single(0.8, { kind: 'fixed', hours: 1 }), long);
		report('M/D/1 ρ=0.8 Wq (h)', r.stations[0]!.meanQueueWaitHours, 2);
		within(r.stations[0]!.meanQueueWaitHours, 2, 0.05);
	});

	it("Little's law: mean WIP = throughput × mean lead time within 2%", () => {
		const r = simulate(single(0.8, exp(1)), long);
		const lambda = r.overall.throughputPerWeek / 40;
		const lw = lambda * r.overall.leadTime.meanHours;
		report("Little's law L vs λW", r.overall.meanWip, lw);
		within(r.overall.meanWip, lw, 0.02);
		within(lambda, 0.8, 0.01);
	});

	it('a tandem of two M/M/1 stations has lead time ≈ the sum of sojourn times', () => {
		const model: SimulationModelInput = {
			stations: [{ id: 'a' }, { id: 'b' }],
			flows: [
				{
					id: 'line',
					arrivals: { kind: 'poisson', perHour: 0.6 },
					steps: [
						{ stationId: 'a', effort: exp(1) },
						{ stationId: 'b', effort: exp(1) }
					]
				}
			]
		};
		const r = simulate(model, long);
		report('tandem lead time (h)', r.overall.leadTime.meanHours, 2 / (1 - 0.6));
		within(r.overall.leadTime.meanHours, 5, 0.05);
		expect(r.overall.handoffsPerItem).toBe(1);
	});

	it('rateFactor stretches service: λ = 0.4, effort 1 h at 0.5 h/h is ρ = 0.8, Wq = 8 h', () => {
		const model = single(0.4, exp(1));
		model.stations[0]!.rateFactor = 0.5;
		const r = simulate(model, long);
		report('M/M/1 rate 0.5 Wq (h)', r.stations[0]!.meanQueueWaitHours, 8);
		within(r.stations[0]!.meanQueueWaitHours, 8, 0.1);
		within(r.stations[0]!.utilisation, 0.8, 0.02);
	});
});

describe('hand-offs', () => {
	const line = (handoffHours?: number): SimulationModelInput => ({
		stations: [{ id: 'a' }, { id: 'b' }],
		flows: [
			{
				id: 'line',
				arrivals: { kind: 'poisson', perHour: 0.4 },
				steps: [
					{ stationId: 'a', effort: exp(1) },
					{
						stationId: 'b',
						effort: exp(1),
						...(handoffHours === undefined ? {} : { handoffHours })
					},
					{ stationId: 'b', effort: exp(0.5), handoffHours: 5 }
				]
			}
		]
	});
	const opts = { seed: 3, replications: 3, horizonHours: 5_000, warmupHours: 200 };

	it('zero hand-off hours give the same result as no hand-off field', () => {
		expect(JSON.stringify(simulate(line(0), opts))).toBe(JSON.stringify(simulate(line(), opts)));
	});

	it('charges sender and receiver once per station change, and never lowers lead time', () => {
		const base = simulate(line(0), opts);
		const taxed = simulate(line(0.5), opts);
		expect(base.stations.every((s) => s.handoffHours === 0)).toBe(true);
		const [a, b] = taxed.stations;
		// About 0.4 items/h × 4,800 h × 0.5 h charged on each side (same-station step 3 is free).
		within(a!.handoffHours, 0.4 * 4800 * 0.5, 0.1);
		within(b!.handoffHours, a!.handoffHours, 0.1);
		expect(taxed.overall.handoffsPerItem).toBe(1);
		let previous = base.overall.leadTime.meanHours;
		for (const h of [0.25, 0.5, 1]) {
			const mean = simulate(line(h), opts).overall.leadTime.meanHours;
			expect(mean).toBeGreaterThan(previous);
			previous = mean;
		}
	});

	it('busy hours split into work and hand-off add up to utilisation × capacity', () => {
		const r = simulate(line(0.5), opts);
		for (const s of r.stations)
			expect(s.workHours + s.handoffHours).toBeCloseTo(s.utilisation * 4800, 6);
	});
});

describe('reproducibility and options', () => {
	const model = single(0.8, { kind: 'lognormal', medianHours: 0.8, p90Hours: 2 });
	const opts = { seed: 42, replications: 5, horizonHours: 2_000 };

	it('the same seed gives byte-identical JSON; another seed differs', () => {
		const a = JSON.stringify(simulate(model, opts));
		expect(JSON.stringify(simulate(model, opts))).toBe(a);
		expect(JSON.stringify(simulate(model, { ...opts, seed: 43 }))).not.toBe(a);
	});

	it('ignores items arriving before the warm-up', () => {
		const all = simulate(model, opts);
		const warm = simulate(model, { ...opts, warmupHours: 1_000 });
		expect(warm.overall.completedItems).toBeLessThan(all.overall.completedItems * 0.6);
		expect(warm.overall.completedItems).toBeGreaterThan(0);
	});

	it('evenly spaced arrivals at ρ < 1 with fixed effort never queue', () => {
		const r = simulate(
			{
				stations: [{ id: 'desk' }],
				flows: [
					{
						id: 'even',
						arrivals: { kind: 'even', perHour: 0.5 },
						steps: [{ stationId: 'desk', effort: { kind: 'fixed', hours: 1.5 } }]
					}
				]
			},
			{ replications: 1, horizonHours: 400 }
		);
		expect(r.stations[0]!.meanQueueWaitHours).toBe(0);
		expect(r.overall.leadTime.p95Hours).toBe(1.5);
		within(r.overall.throughputPerWeek, 20, 0.01);
	});

	it('applies defaults and rejects bad input with the field path', () => {
		const r = simulate(single(0.1, exp(1)));
		expect(r.options).toEqual({ seed: 1, replications: 10, horizonHours: 520, warmupHours: 0 });
		const bad = { ...single(0.5, exp(1)), flows: [{ ...single(0.5, exp(1)).flows[0]! }] };
		bad.flows[0]!.steps = [{ stationId: 'nowhere', effort: exp(1) }];
		expect(() => simulate(bad)).toThrow(ZodError);
		try {
			simulate(bad);
		} catch (e) {
			expect((e as ZodError).issues[0]).toMatchObject({
				path: ['flows', 0, 'steps', 0, 'stationId'],
				message: 'unknown station "nowhere"'
			});
		}
		expect(() => simulate(single(0.5, exp(1)), { warmupHours: 600 })).toThrow(/horizonHours/);
	});
});

describe('effort sampling', () => {
	const efforts: Effort[] = [
		{ kind: 'fixed', hours: 2 },
		exp(3),
		{ kind: 'lognormal', medianHours: 2, p90Hours: 5 },
		{ kind: 'triangular', minHours: 1, modeHours: 2, maxHours: 6 }
	];
	it.each(efforts)('sample mean of $kind matches its mean within 3%', (effort) => {
		const rng = createRng(0.123);
		let sum = 0;
		const n = 40_000;
		for (let i = 0; i < n; i++) sum += sampleEffort(effort, rng);
		within(sum / n, meanHours(effort), 0.03);
	});
	it('lognormal median and p90 land where asked', () => {
		const rng = createRng(0.5);
		const xs = Array.from({ length: 20_000 }, () =>
			sampleEffort({ kind: 'lognormal', medianHours: 2, p90Hours: 5 }, rng)
		).sort((a, b) => a - b);
		within(xs[10_000]!, 2, 0.04);
		within(xs[18_000]!, 5, 0.05);
	});
});
