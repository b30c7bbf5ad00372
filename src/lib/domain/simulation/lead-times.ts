/**
 * The lead times (hours) of a replication's measured items in completion order, with each
 * one's flow, in typed arrays sized once for the items a replication is expected to measure
 * and reused by the next replication.
 */
export class LeadTimes {
	private times: Float64Array;
	/** Each lead time's flow; left empty for a single flow. */
	private flowOf: Int32Array;
	private readonly flows: number;
	count = 0;

	/** `flows` flows, about `expected` measured items a replication. */
	constructor(flows: number, expected: number) {
		const room = Math.ceil(expected * 1.05) + 1024;
		this.flows = flows;
		this.times = new Float64Array(room);
		this.flowOf = new Int32Array(flows > 1 ? room : 0);
	}

	/** Records a lead time of `hours` of flow `flow`. */
	add(hours: number, flow: number): void {
		if (this.count === this.times.length) this.grow();
		if (this.flows > 1) this.flowOf[this.count] = flow;
		this.times[this.count++] = hours;
	}

	/**
	 * The lead times grouped by flow (completion order within a flow), flow f's at offsets[f] to
	 * offsets[f + 1]; valid until the next replication starts.
	 */
	byFlow(): { times: Float64Array; offsets: Int32Array } {
		const n = this.flows;
		const count = this.count;
		const offsets = new Int32Array(n + 1);
		if (n === 1) {
			offsets[1] = count;
			return { times: this.times.subarray(0, count), offsets };
		}
		for (let i = 0; i < count; i++) offsets[this.flowOf[i]! + 1]!++;
		for (let f = 0; f < n; f++) offsets[f + 1]! += offsets[f]!;
		const at = offsets.slice(0, n);
		const times = new Float64Array(count);
		for (let i = 0; i < count; i++) times[at[this.flowOf[i]!]!++] = this.times[i]!;
		return { times, offsets };
	}

	private grow() {
		const times = new Float64Array(this.times.length * 2);
		times.set(this.times);
		this.times = times;
		if (this.flows > 1) {
			const flowOf = new Int32Array(times.length);
			flowOf.set(this.flowOf);
			this.flowOf = flowOf;
		}
	}
}
