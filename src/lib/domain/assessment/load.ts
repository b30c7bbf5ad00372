import type { Area } from '../catalogue/schema';
import type { Seat, SeatKind } from '../scenario/schema';
import type { Demand } from './demand';

/** A seat as the assessment sees it: planned capacity in hours per week. */
export interface AssessedSeat {
	id: string;
	title: string;
	kind: SeatKind;
	craft?: string;
	fte: number;
	/** hoursPerWeek × fte × focusFactor: planned hours per week. */
	capacityHoursPerWeek: number;
	annualCost?: number;
	/** Set on a fractional seat added for one area (options.support or a proposal). */
	supportArea?: Area;
}

/** Planned hours per week of a seat: hoursPerWeek × fte × focusFactor. */
export const capacityOf = (s: Pick<Seat, 'hoursPerWeek' | 'fte' | 'focusFactor'>) =>
	s.hoursPerWeek * s.fte * s.focusFactor;

export const assessedSeat = (s: Seat): AssessedSeat => ({
	id: s.id,
	title: s.title,
	kind: s.kind,
	craft: s.craft,
	fte: s.fte,
	capacityHoursPerWeek: capacityOf(s),
	annualCost: s.annualCost
});

/** Kinds that own the function end to end, by tier: the first tier present takes the lead. */
const leadTiers: SeatKind[][] = [
	['coordinator', 'gtm-marketer'],
	['head-of-gtm', 'cmo'],
	['functional-lead']
];

/**
 * The seats that lead the function and take what no craft holder does: coordinators and GTM
 * marketers, else heads of GTM and CMOs, else functional leads, else every seat. Only seats with
 * capacity count; support seats never lead.
 */
export function leadSeats(seats: AssessedSeat[]): AssessedSeat[] {
	const able = seats.filter((s) => s.capacityHoursPerWeek > 0 && !s.supportArea);
	for (const tier of leadTiers) {
		const found = able.filter((s) => tier.includes(s.kind));
		if (found.length > 0) return found;
	}
	return able;
}

/** Hours per week one seat carries, per area and of urgent requests, before support. */
export interface Allocation {
	seats: AssessedSeat[];
	leadIds: Set<string>;
	/** seat id → area → hours per week. */
	base: Map<string, Map<Area, number>>;
	urgent: Map<string, number>;
	/** Area demand in total, hours per week. */
	areaTotals: Map<Area, number>;
}

function spread(target: Map<string, Map<Area, number>>, to: AssessedSeat[], area: Area, h: number) {
	const total = to.reduce((t, s) => t + s.capacityHoursPerWeek, 0);
	for (const s of to) {
		const row = target.get(s.id)!;
		row.set(area, (row.get(area) ?? 0) + (h * s.capacityHoursPerWeek) / total);
	}
}

/**
 * Who carries which demand: an activity goes to the seats holding its craft, else to the lead
 * seats; strategic planning and urgent requests always go to the lead seats, because planning
 * the function and answering the business are the lead's job. Shares follow capacity.
 * `seats` must contain at least one seat with capacity.
 */
export function allocate(demand: Demand, seats: AssessedSeat[], urgentHours: number): Allocation {
	const leads = leadSeats(seats);
	const base = new Map(seats.map((s) => [s.id, new Map<Area, number>()]));
	const able = seats.filter((s) => s.capacityHoursPerWeek > 0 && !s.supportArea);
	for (const area of demand.areas)
		for (const a of area.activities) {
			const holders = able.filter((s) => s.craft === a.craft);
			const to = a.area === 'strategic-planning' || holders.length === 0 ? leads : holders;
			spread(base, to, a.area, a.hoursPerWeek);
		}
	const leadCapacity = leads.reduce((t, s) => t + s.capacityHoursPerWeek, 0);
	return {
		seats,
		leadIds: new Set(leads.map((s) => s.id)),
		base,
		urgent: new Map(
			leads.map((s) => [s.id, (urgentHours * s.capacityHoursPerWeek) / leadCapacity])
		),
		areaTotals: new Map(demand.areas.map((a) => [a.area, a.demandHoursPerWeek]))
	};
}

/** Demand over capacity (ratio); 0 for a seat with no capacity, which carries nothing. */
export const ratioOf = (demand: number, capacity: number) => (capacity > 0 ? demand / capacity : 0);
