import type { Step } from './flows';
import type { Item } from './item';
import { PART_HANDOFF, PART_QUEUE, PART_REVIEW, PART_REWORK, PART_WORK, PARTS } from './stats';

/**
 * The lead-time breakdown's bookkeeping (see LeadTimeBreakdown): every step of an item keeps
 * the hours of its own visits by part and the predecessor whose finish made it ready; at the
 * item's finish its parts are added up along its critical path, from the last step back to
 * the arrival, so off-path branches add nothing.
 */

/**
 * Adds a visit's hours, from the work being released (`released`) through joining the queue
 * (`enqueued`) and starting (`t`) to the end of the visit (`total` hours later), to the parts
 * of step j of `item` (hours). `reviewerStep` is the review that sent the work back, else -1.
 */
export function accountVisit(
	item: Item,
	steps: Step[],
	j: number,
	reviewerStep: number,
	released: number,
	enqueued: number,
	t: number,
	total: number
): void {
	const own = item.own;
	const step = steps[j]!;
	if (reviewerStep >= 0) own[reviewerStep * PARTS + PART_REWORK]! += t - released + total;
	else if (item.rounds !== null && item.rounds[j]! > 0)
		own[j * PARTS + PART_REWORK]! += t - released + total;
	else {
		const at = j * PARTS;
		own[at + PART_WORK]! += total;
		if (step.review) own[at + PART_REVIEW]! += t - released;
		else {
			const p = item.critical === null ? j - 1 : item.critical[j]!;
			const handed = p >= 0 && steps[p]!.station !== step.station;
			own[at + PART_HANDOFF]! += enqueued - released;
			own[at + (handed ? PART_HANDOFF : PART_QUEUE)]! += t - enqueued;
		}
	}
}

/**
 * Adds a finished item's parts (hours) along its critical path, from step `last` back to its
 * arrival, to its flow's `parts` at `to` and to each station's `onPath`; then zeroes them.
 */
export function walkPath(
	item: Item,
	steps: Step[],
	last: number,
	parts: Float64Array,
	to: number,
	onPath: Float64Array
): void {
	const { own, critical } = item;
	// A local copy: an imported binding can cost a call per use where modules are not bundled.
	const width = PARTS;
	for (let j = last; j >= 0; j = critical === null ? j - 1 : critical[j]!) {
		const at = steps[j]!.station * width;
		const o = j * width;
		for (let k = 0; k < width; k++) {
			parts[to + k]! += own[o + k]!;
			onPath[at + k]! += own[o + k]!;
		}
	}
	for (let k = 0; k < own.length; k++) own[k] = 0;
}
