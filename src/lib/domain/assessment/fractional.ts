import type { Area } from '../catalogue/schema';
import type { Allocation, AssessedSeat } from './load';
import { reliefOrder, seatDemand, takenBy } from './support';
import type { Support } from './schema';

/** Areas a fractional seat never takes: planning the function stays with its lead. */
const keptInHouse: readonly Area[] = ['strategic-planning'];

/** Hours per week, rounded up to the half hour a contract is written in. */
const halfHoursUp = (h: number) => Math.ceil(h * 2 - 1e-9) / 2;

export interface FractionalProposal {
	/** Contracted fractional hours per week to add, per area (the shape of options.support). */
	perArea: (Support & { takesHoursPerWeek: number })[];
	hoursPerWeek: number;
	/** Demand above the target that no fractional seat can take (planning, urgent requests). */
	residualHoursPerWeek: number;
}

/**
 * The fractional hours per area (contracted, hours/week) that bring every seat to the target
 * ratio: seats from the most loaded down hand over their largest areas (never strategic
 * planning) until demand ≤ targetRatio × capacity. Support takes from the most loaded carrier
 * first (load.ts), and a fractional seat of h hours takes targetRatio × h × focusFactor hours,
 * so it runs at the target too. `current` is what existing support takes (hours/week by area).
 */
export function proposeFractional(
	al: Allocation,
	current: Map<Area, number>,
	focusFactor: number,
	targetRatio: number
): FractionalProposal {
	const hours = new Map(current);
	const order = reliefOrder(al);
	let taken = takenBy(al, hours);
	const left = (s: AssessedSeat, a: Area) =>
		(al.base.get(s.id)?.get(a) ?? 0) - (taken.get(s.id)?.get(a) ?? 0);
	const excessOf = (s: AssessedSeat) =>
		seatDemand(al, s, taken, hours).total - targetRatio * s.capacityHoursPerWeek;
	let residual = 0;
	order.forEach((seat, i) => {
		const movable = [...(al.base.get(seat.id)?.keys() ?? [])]
			.filter((a) => !keptInHouse.includes(a) && left(seat, a) > 1e-12)
			.sort((a, b) => left(seat, b) - left(seat, a));
		for (const area of movable) {
			const excess = excessOf(seat);
			if (excess <= 1e-9) break;
			const before = order.slice(0, i).reduce((t, s) => t + left(s, area), 0);
			const more = before + Math.min(left(seat, area), excess);
			hours.set(area, (hours.get(area) ?? 0) + more);
			taken = takenBy(al, hours);
		}
		residual += Math.max(0, excessOf(seat));
	});
	const perArea = [...hours]
		.map(([area, total]) => {
			const takes = total - (current.get(area) ?? 0);
			return {
				area,
				hoursPerWeek: halfHoursUp(takes / (targetRatio * focusFactor)),
				takesHoursPerWeek: takes
			};
		})
		.filter((p) => p.hoursPerWeek > 0)
		.sort((a, b) => b.hoursPerWeek - a.hoursPerWeek);
	return {
		perArea,
		hoursPerWeek: perArea.reduce((t, p) => t + p.hoursPerWeek, 0),
		residualHoursPerWeek: residual
	};
}
