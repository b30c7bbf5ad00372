import { createRng, effortSampler, exponentialSampler, replicationSeed, type Rng } from './random';
import type { SimulationModel } from './schema';
import type { FlowTally } from './stats';
import { newTally } from './stats';

/** The flows of a model as the engine walks them: structure, random streams, tallies. */

export interface Step {
	station: number;
	review: boolean;
	latency: number;
	aiReview: number;
	/** Steps waiting for this one. */
	next: number[];
	/** Hand-off effort received: handoffHours × steps waited for at other stations. */
	handoffIn: number;
	/** Hand-off effort sent: the handoffHours of each next step at another station. */
	handoffOut: number;
	/** Hand-offs into this step (steps waited for at other stations). */
	handoffsIn: number;
	/** Steps it waits for. */
	deps: number;
	rework: { step: number; probability: number; share: number; maxRounds: number } | null;
	/** A rework round crosses stations (review ↔ reworked step). */
	reworkCross: boolean;
	handoffHours: number;
}

/** A flow's structure, the same in every replication. */
export interface CompiledFlow {
	steps: Step[];
	starts: number[];
	chain: boolean;
	hasRework: boolean;
	arrivals: SimulationModel['flows'][number]['arrivals'];
	efforts: SimulationModel['flows'][number]['steps'][number]['effort'][];
	group: number;
	/** Per step, how many steps it waits for; copied into each item. */
	deps: number[];
	/** Zeros, one per step: an item's rework rounds before any. */
	noRounds: number[];
}

/** A flow in one replication: its structure, its random streams and its tallies. */
export interface Flow extends CompiledFlow {
	seed: number;
	/** Number of the flow's first stream (its arrivals); step j uses base + 1 + 2j and + 2 + 2j. */
	base: number;
	gap: () => number;
	/** Per step, effort draws in hours of work, made on first use (sampleOf). */
	sample: ((() => number) | undefined)[];
	/** Per step, uniform draws deciding whether a review sends the work back (decideOf). */
	decide: (Rng | undefined)[];
	wip: number;
	last: number;
	tally: FlowTally;
}

/** The structure of every flow: stations by index, successors, hand-off costs, start steps. */
export function compileFlows(
	model: SimulationModel,
	groupIndex: Map<string, number>
): CompiledFlow[] {
	const stationIndex = new Map(model.stations.map((s, i) => [s.id, i]));
	return model.flows.map((f) => {
		const after = f.steps.map((s, j) => s.after ?? (j > 0 ? [j - 1] : []));
		const at = f.steps.map((s) => stationIndex.get(s.stationId)!);
		const steps: Step[] = f.steps.map((s, j) => ({
			station: at[j]!,
			review: s.category === 'review',
			latency: s.latencyHours ?? 0,
			aiReview: s.aiReviewHours ?? 0,
			next: [],
			handoffIn: 0,
			handoffOut: 0,
			handoffsIn: 0,
			deps: new Set(after[j]).size,
			rework: s.rework ?? null,
			reworkCross: s.rework ? at[s.rework.step] !== at[j] : false,
			handoffHours: s.handoffHours ?? 0
		}));
		steps.forEach((step, j) => {
			for (const p of new Set(after[j])) {
				steps[p]!.next.push(j);
				if (at[p] === at[j]) continue;
				step.handoffsIn++;
				step.handoffIn += step.handoffHours;
				steps[p]!.handoffOut += step.handoffHours;
			}
		});
		return {
			steps,
			starts: steps.flatMap((s, j) => (s.deps === 0 ? [j] : [])),
			chain: after.every((a, j) => (j === 0 ? a.length === 0 : a.length === 1 && a[0] === j - 1)),
			hasRework: steps.some((s) => s.rework),
			arrivals: f.arrivals,
			efforts: f.steps.map((s) => s.effort),
			group: f.group === undefined ? -1 : groupIndex.get(f.group)!,
			deps: steps.map((s) => s.deps),
			noRounds: steps.map(() => 0)
		};
	});
}

/**
 * Each flow's arrivals and each step's effort and rework draws get their own stream, seeded from
 * the replication's seed and their position (`base` numbers a flow's streams). A change elsewhere
 * in the model (more transfer effort, a slower seat) then leaves every item's own draws as they
 * were, so two runs differ by the change and not by reshuffled randomness (common random
 * numbers). Step streams are made on first use: most steps of a large org see few items.
 */
export function seedFlows(compiled: CompiledFlow[], seed: number): Flow[] {
	let base = 0;
	return compiled.map((f) => {
		const mean = 1 / f.arrivals.perHour;
		const arrivals = createRng(replicationSeed(seed, base));
		// Every field spelled out: one object shape for all flows keeps property access fast.
		const flow: Flow = {
			steps: f.steps,
			starts: f.starts,
			chain: f.chain,
			hasRework: f.hasRework,
			arrivals: f.arrivals,
			efforts: f.efforts,
			group: f.group,
			deps: f.deps,
			noRounds: f.noRounds,
			seed,
			base,
			gap: f.arrivals.kind === 'poisson' ? exponentialSampler(mean, arrivals) : () => mean,
			sample: new Array<(() => number) | undefined>(f.steps.length),
			decide: new Array<Rng | undefined>(f.steps.length),
			wip: 0,
			last: 0,
			tally: newTally()
		};
		base += 1 + 2 * f.steps.length;
		return flow;
	});
}

/** The effort draw of step j, in hours of work. */
export function sampleOf(f: Flow, j: number): number {
	const draw = (f.sample[j] ??= effortSampler(
		f.efforts[j]!,
		createRng(replicationSeed(f.seed, f.base + 1 + 2 * j))
	));
	return draw();
}

/** A uniform draw in [0, 1) deciding whether review step j sends the work back. */
export function decideOf(f: Flow, j: number): number {
	const draw = (f.decide[j] ??= createRng(replicationSeed(f.seed, f.base + 2 + 2 * j)));
	return draw();
}
