import type { Effort } from '../catalogue/effort';
import { replicationHash } from './random';

/**
 * Every random stream of a model in typed arrays, reseeded per replication without allocating.
 * Each flow's arrivals and each step's effort and rework draws get their own stream, numbered
 * flow by flow (a flow's arrivals, then per step j its effort at 1 + 2j and its decisions at
 * 2 + 2j) and seeded from the replication's seed and that number. A change elsewhere in the model
 * (more transfer effort, a slower seat) then leaves every item's own draws as they were, so two
 * runs differ by the change and not by reshuffled randomness (common random numbers).
 *
 * The draws are those of d3-random's `randomLcg` seeded with `replicationSeed` and its
 * exponential, log-normal (polar method, keeping the second normal) and uniform samplers, number
 * for number (streams.test.ts holds them to it): d3 builds a closure per stream, which a run of
 * thousands of flows over hundreds of replications cannot afford. Streams start on first use:
 * most steps of a large org see few items.
 */

const MUL = 0x19660d;
const INC = 0x3c6ef35f;
const EPS = 1 / 0x100000000;
/** z such that P(Z ≤ z) = 0.9 for a standard normal Z: turns a p90 into a lognormal sigma. */
const Z90 = 1.2815515655446004;

const FIXED = 0;
const EXPONENTIAL = 1;
const LOGNORMAL = 2;
const TRIANGULAR = 3;

/** Per effort: kind and up to three parameters (rate; mu, sigma; min, mode, max). */
function effortCode(effort: Effort | undefined): [number, number, number, number] {
	if (effort === undefined) return [FIXED, 0, 0, 0];
	switch (effort.kind) {
		case 'fixed':
			return [FIXED, effort.hours, 0, 0];
		case 'exponential':
			return [EXPONENTIAL, 1 / effort.meanHours, 0, 0];
		case 'lognormal':
			return [
				LOGNORMAL,
				Math.log(effort.medianHours),
				Math.log(effort.p90Hours / effort.medianHours) / Z90,
				0
			];
		case 'triangular':
			return [TRIANGULAR, effort.minHours, effort.modeHours, effort.maxHours];
	}
}

export class Streams {
	/** Stream number of each flow's arrivals. */
	readonly base: Int32Array;
	private readonly state: Int32Array;
	/** Replication (1-based) a stream was seeded for; it is seeded on first use in a new one. */
	private readonly epoch: Int32Array;
	/** A log-normal stream's second normal draw, kept for its next call (as d3 does). */
	private readonly spareX: Float64Array;
	private readonly spareR: Float64Array;
	private readonly hasSpare: Uint8Array;
	/** Per stream, the effort it draws (kind and parameters); arrival streams are exponential. */
	private readonly kind: Uint8Array;
	private readonly p: Float64Array;
	private seed = 0;
	private round = 0;

	/** `flows`: per flow, its arrivals' mean gap in hours (0: even spacing) and its steps' efforts. */
	constructor(flows: { meanGap: number; poisson: boolean; efforts: Effort[] }[]) {
		const total = flows.reduce((n, f) => n + 1 + 2 * f.efforts.length, 0);
		this.base = new Int32Array(flows.length);
		this.state = new Int32Array(total);
		this.epoch = new Int32Array(total);
		this.spareX = new Float64Array(total);
		this.spareR = new Float64Array(total);
		this.hasSpare = new Uint8Array(total);
		this.kind = new Uint8Array(total);
		this.p = new Float64Array(total * 3);
		let base = 0;
		flows.forEach((f, i) => {
			this.base[i] = base;
			this.set(base, f.poisson ? [EXPONENTIAL, 1 / f.meanGap, 0, 0] : [FIXED, f.meanGap, 0, 0]);
			f.efforts.forEach((e, j) => this.set(base + 1 + 2 * j, effortCode(e)));
			base += 1 + 2 * f.efforts.length;
		});
	}

	private set(k: number, [kind, a, b, c]: [number, number, number, number]) {
		this.kind[k] = kind;
		this.p[3 * k] = a;
		this.p[3 * k + 1] = b;
		this.p[3 * k + 2] = c;
	}

	/** Starts a replication seeded `seed` (a 32-bit integer). */
	reset(seed: number): void {
		this.seed = seed;
		this.round++;
	}

	/** The next uniform draw in [0, 1) of stream k. */
	uniform(k: number): number {
		if (this.epoch[k] !== this.round) this.start(k);
		const s = (MUL * this.state[k]! + INC) | 0;
		this.state[k] = s;
		return EPS * (s >>> 0);
	}

	/** Seeds stream k for this replication (kept apart so `uniform` stays small enough to inline). */
	private start(k: number) {
		this.epoch[k] = this.round;
		this.state[k] = replicationHash(this.seed, k) | 0;
		this.hasSpare[k] = 0;
	}

	/** The next draw of stream k's distribution, in hours. */
	draw(k: number): number {
		const kind = this.kind[k]!;
		if (kind === FIXED) return this.p[3 * k]!;
		if (kind === EXPONENTIAL) return -Math.log1p(-this.uniform(k)) / this.p[3 * k]!;
		return this.shaped(k, kind);
	}

	/** A triangular or log-normal draw of stream k, hours. */
	private shaped(k: number, kind: number): number {
		const at = 3 * k;
		if (kind === TRIANGULAR) {
			const a = this.p[at]!;
			const c = this.p[at + 1]!;
			const b = this.p[at + 2]!;
			const u = this.uniform(k);
			return u < (c - a) / (b - a)
				? a + Math.sqrt(u * (b - a) * (c - a))
				: b - Math.sqrt((1 - u) * (b - a) * (b - c));
		}
		return Math.exp(this.normal(k, this.p[at]!, this.p[at + 1]!));
	}

	/**
	 * A normal draw (mean mu, deviation sigma) by Marsaglia's polar method: each accepted pair
	 * gives two, the second kept with its radius for the stream's next call.
	 */
	private normal(k: number, mu: number, sigma: number): number {
		let y: number;
		let r: number;
		if (this.epoch[k] === this.round && this.hasSpare[k] === 1) {
			y = this.spareX[k]!;
			r = this.spareR[k]!;
			this.hasSpare[k] = 0;
		} else {
			let x: number;
			do {
				x = this.uniform(k) * 2 - 1;
				y = this.uniform(k) * 2 - 1;
				r = x * x + y * y;
			} while (!r || r > 1);
			this.spareX[k] = x;
			this.spareR[k] = r;
			this.hasSpare[k] = 1;
		}
		return mu + sigma * y * Math.sqrt((-2 * Math.log(r)) / r);
	}

	/** The arrival gap of flow i, hours. */
	gap(i: number): number {
		return this.draw(this.base[i]!);
	}

	/** An effort draw of step j of flow i, hours of work. */
	effort(i: number, j: number): number {
		return this.draw(this.base[i]! + 1 + 2 * j);
	}

	/** A uniform draw deciding whether review step j of flow i sends the work back. */
	decide(i: number, j: number): number {
		return this.uniform(this.base[i]! + 2 + 2 * j);
	}
}
