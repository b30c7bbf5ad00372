import type { SimulationModel } from './schema';

/** The flows of a model as the engine walks them: stations by index, successors, hand-offs. */

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
