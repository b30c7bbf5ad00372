import { FlowStatsSum, type Tally } from './averages';
import type { CompiledFlow } from './flows';
import type { Replication } from './replication';
import type { SimulationModel, SimulationOptions, SimulationResult } from './schema';
import { breakdownOf, leadTimeInto, PARTS } from './stats';

/**
 * The running means of a run's replications: overall, per flow, per group and per station.
 * Each replication is folded in as soon as it ends, in replication order, so the figures are
 * those of averaging the kept replications and nothing of a replication outlives it.
 */
export class RunSums {
	private readonly window: number;
	private readonly overall: FlowStatsSum;
	private readonly flows: FlowStatsSum[];
	private readonly groups: FlowStatsSum[];
	/** Every flow, and each flow alone, in model order. */
	private readonly all: number[];
	private readonly single: number[][];
	/** Per group, its flows in model order. */
	private readonly members: number[][];
	private replications = 0;
	private unfinished = 0;
	/** Per station: busy hours by kind, mean queue waits, and breakdowns (PARTS per station). */
	private readonly busy: Float64Array[];
	private readonly waits: Float64Array;
	private readonly onPath: Float64Array;
	private withItems = 0;
	private scratch = new Float64Array(256);
	private readonly groupParts = new Float64Array(PARTS);
	private readonly current: Tally & { parts: Float64Array } = {
		items: 0,
		leadTime: { meanHours: 0.5, p50Hours: 0.5, p85Hours: 0.5, p95Hours: 0.5 },
		parts: new Float64Array(PARTS),
		partsAt: 0,
		completions: 0.5,
		wipArea: 0.5,
		handoffs: 0.5,
		handoffWait: 0.5
	};

	constructor(
		model: SimulationModel,
		compiled: CompiledFlow[],
		groups: number,
		options: SimulationOptions,
		private readonly full: boolean
	) {
		this.window = options.horizonHours - options.warmupHours;
		this.overall = new FlowStatsSum(this.window);
		this.flows = full ? compiled.map(() => new FlowStatsSum(this.window)) : [];
		this.groups = full ? Array.from({ length: groups }, () => new FlowStatsSum(this.window)) : [];
		this.members = Array.from({ length: groups }, () => []);
		this.all = compiled.map((_, f) => f);
		this.single = compiled.map((_, f) => [f]);
		compiled.forEach((f, i) => f.group >= 0 && this.members[f.group]!.push(i));
		const s = model.stations.length;
		this.busy = [0, 1, 2, 3].map(() => new Float64Array(s));
		this.waits = new Float64Array(s);
		this.onPath = new Float64Array(s * PARTS);
	}

	/** Folds in the replication `r` has just run. */
	add(r: Replication): void {
		this.replications++;
		this.unfinished += r.unfinished;
		const { times, offsets } = r.leadTimesByFlow();
		const n = times.length;
		const flows = offsets.length - 1;
		if (this.full) {
			if (flows > 1)
				for (let f = 0; f < flows; f++)
					this.flows[f]!.add(this.tally(r, this.single[f]!, times, offsets));
			this.members.forEach((m, g) => this.groups[g]!.add(this.tally(r, m, times, offsets)));
		}
		const all = this.all;
		// With one flow the overall figures are that flow's: work them out once.
		const overall = this.tally(r, all, times, offsets, true);
		if (this.full && flows === 1) this.flows[0]!.add(overall);
		this.overall.add(overall);
		const { busy } = this;
		for (let k = 0; k < this.waits.length; k++) {
			busy[0]![k]! += r.craft[k]!;
			busy[1]![k]! += r.handoff[k]!;
			busy[2]![k]! += r.review[k]!;
			busy[3]![k]! += r.rework[k]!;
			this.waits[k]! += r.waitCount[k]! > 0 ? r.waitSum[k]! / r.waitCount[k]! : 0;
		}
		if (n > 0) {
			this.withItems++;
			for (let i = 0; i < this.onPath.length; i++) this.onPath[i]! += r.onPath[i]! / n;
		}
	}

	/**
	 * The tally of flows `which` (in model order) in replication r: their lead times follow one
	 * another in `times`, so their statistics are those of the lead times taken flow by flow.
	 * `inPlace` lets the percentiles reorder `times` (the last use of it).
	 */
	private tally(
		r: Replication,
		which: number[],
		times: Float64Array,
		offsets: Int32Array,
		inPlace = false
	): Tally {
		let items = 0;
		for (const f of which) items += offsets[f + 1]! - offsets[f]!;
		let values = times;
		if (!inPlace) {
			if (this.scratch.length < items) this.scratch = new Float64Array(2 * items);
			values = this.scratch;
			let at = 0;
			for (const f of which)
				for (let i = offsets[f]!; i < offsets[f + 1]!; i++) values[at++] = times[i]!;
		}
		// One tally object, refilled: a run of thousands of flows adds one per flow per replication.
		const t = this.current;
		const single = which.length === 1;
		t.items = items;
		leadTimeInto(values, items, t.leadTime);
		t.parts = single ? r.parts : this.groupParts.fill(0);
		t.partsAt = single ? which[0]! * PARTS : 0;
		t.completions = 0;
		t.wipArea = 0;
		t.handoffs = 0;
		t.handoffWait = 0;
		for (const f of which) {
			t.completions += r.completions[f]!;
			t.wipArea += r.wipArea[f]!;
			t.handoffs += r.handoffs[f]!;
			t.handoffWait += r.handoffWait[f]!;
			if (!single) for (let k = 0; k < PARTS; k++) this.groupParts[k]! += r.parts[f * PARTS + k]!;
		}
		return t;
	}

	/** The means of the replications folded in. */
	mean(model: SimulationModel, groups: string[]): Omit<SimulationResult, 'options'> {
		const runs = this.replications;
		const mean = (s: number) => s / runs;
		return {
			unfinishedItems: mean(this.unfinished),
			overall: this.overall.mean(),
			flows: this.flows.map((s, k) => ({ flowId: model.flows[k]!.id, ...s.mean() })),
			groups: this.groups.map((s, k) => ({ group: groups[k]!, ...s.mean() })),
			stations: model.stations.map((s, k) => {
				const [craft, handoff, review, rework] = this.busy.map((b) => mean(b[k]!)) as [
					number,
					number,
					number,
					number
				];
				const some = this.withItems;
				const parts = Array.from({ length: PARTS }, (_, p) =>
					some === 0 ? 0 : this.onPath[k * PARTS + p]! / some
				);
				return {
					stationId: s.id,
					utilisation: (craft + handoff + review + rework) / (s.servers * this.window),
					meanQueueWaitHours: mean(this.waits[k]!),
					workHours: craft,
					handoffHours: handoff,
					reviewHours: review,
					reworkHours: rework,
					leadTimeBreakdown: breakdownOf(parts)
				};
			})
		};
	}
}
