import { areaLabels, areas, type Area } from '../catalogue/schema';
import type { Figures } from './defaults';
import type { Allocation, AssessedSeat } from './load';
import type { Support } from './schema';

/** A fractional seat of `hoursPerWeek` contracted hours taking one area's work. */
export function supportSeat({ area, hoursPerWeek }: Support, f: Figures): AssessedSeat {
	return {
		id: `fractional-${area}`,
		title: `Fractional support: ${areaLabels[area]}`,
		kind: 'fractional',
		fte: hoursPerWeek / 40,
		capacityHoursPerWeek: hoursPerWeek * f.fractionalFocusFactor,
		annualCost: hoursPerWeek * f.weeksPerYear * f.fractionalCostPerHour,
		supportArea: area
	};
}

/** seat id → area → hours per week a support seat takes over from it. */
export type Taken = Map<string, Map<Area, number>>;

/**
 * The order support relieves seats in: highest ratio before any support first (ties keep the
 * seats' order). The same order serves applying support and proposing it.
 */
export function reliefOrder(al: Allocation): AssessedSeat[] {
	const load = (s: AssessedSeat) =>
		(al.urgent.get(s.id) ?? 0) +
		[...(al.base.get(s.id)?.values() ?? [])].reduce((t, h) => t + h, 0);
	return al.seats
		.filter((s) => !s.supportArea && s.capacityHoursPerWeek > 0)
		.map((s, i) => ({ s, i, r: load(s) / s.capacityHoursPerWeek }))
		.sort((a, b) => b.r - a.r || a.i - b.i)
		.map((x) => x.s);
}

/**
 * What support seats take over: each area's support takes `hours` (hours/week) of the area's
 * demand from the seats carrying it, most loaded first.
 */
export function takenBy(al: Allocation, hours: Map<Area, number>): Taken {
	const order = reliefOrder(al);
	const taken: Taken = new Map(order.map((s) => [s.id, new Map<Area, number>()]));
	for (const [area, total] of hours) {
		let left = total;
		for (const s of order) {
			if (left <= 0) break;
			const take = Math.min(left, al.base.get(s.id)?.get(area) ?? 0);
			if (take > 0) taken.get(s.id)!.set(area, take);
			left -= take;
		}
	}
	return taken;
}

/**
 * Hours per week of its area each support seat takes: a seat of c planned hours takes up to
 * targetRatio × c, so it runs at the target ratio at most.
 */
export function supportHours(
	support: Support[],
	areaTotals: Map<Area, number>,
	focusFactor: number,
	targetRatio: number
): Map<Area, number> {
	return new Map(
		support.map(({ area, hoursPerWeek }) => [
			area,
			Math.min(areaTotals.get(area) ?? 0, targetRatio * hoursPerWeek * focusFactor)
		])
	);
}

/** Demand one seat carries after support, hours per week, per area and in all. */
export function seatDemand(
	al: Allocation,
	seat: AssessedSeat,
	taken: Taken,
	supported: Map<Area, number>
) {
	const byArea = new Map<Area, number>();
	if (seat.supportArea) byArea.set(seat.supportArea, supported.get(seat.supportArea) ?? 0);
	else
		for (const area of areas) {
			const h = (al.base.get(seat.id)?.get(area) ?? 0) - (taken.get(seat.id)?.get(area) ?? 0);
			if (h > 1e-12) byArea.set(area, h);
		}
	const urgent = al.urgent.get(seat.id) ?? 0;
	const total = urgent + [...byArea.values()].reduce((t, h) => t + h, 0);
	return { byArea, urgent, total };
}
