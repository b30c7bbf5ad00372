import type { Area } from '../catalogue/schema';
import type { Figures } from './defaults';
import type { AreaDemand, Demand } from './demand';
import { proposeFractional, type FractionalProposal } from './fractional';
import { allocate, ratioOf, type Allocation, type AssessedSeat } from './load';
import type { Support } from './schema';
import { initiativeLimit, squeezePlanning, type Planning } from './squeeze';
import { seatDemand, supportHours, supportSeat, takenBy } from './support';

/** One seat's load: planned capacity, demand and their ratio (hours/week, ratio). */
export interface SeatLoad {
	seatId: string;
	title: string;
	kind: string;
	lead: boolean;
	supportArea?: Area;
	fte: number;
	capacityHoursPerWeek: number;
	demandHoursPerWeek: number;
	urgentHoursPerWeek: number;
	ratio: number;
	annualCost?: number;
	byArea: { area: Area; hoursPerWeek: number }[];
}

/** An area's demand with the capacity given to it and who carries it. */
export interface AreaLoad extends AreaDemand {
	/** Each carrying seat's capacity × the area's share of that seat's demand (hours/week). */
	capacityHoursPerWeek: number;
	/** demandHoursPerWeek / capacityHoursPerWeek: the load of the seats that carry the area. */
	ratio: number;
	seats: { seatId: string; hoursPerWeek: number }[];
}

/** The numbers of one staffing of the profile's demand. */
export interface Evaluation {
	seats: SeatLoad[];
	areas: AreaLoad[];
	urgentHoursPerWeek: number;
	demandHoursPerWeek: number;
	capacityHoursPerWeek: number;
	compressionRatio: number;
	/** The highest ratio among the lead seats. */
	leadRatio: number;
	planning: Planning;
	concurrentInitiativeLimit: number;
	initiativeHoursPerWeek: number;
	fractional: FractionalProposal;
}

export const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((t, x) => t + f(x), 0);

function seatLoad(al: Allocation, seat: AssessedSeat, d: ReturnType<typeof seatDemand>): SeatLoad {
	return {
		seatId: seat.id,
		title: seat.title,
		kind: seat.kind,
		lead: al.leadIds.has(seat.id),
		supportArea: seat.supportArea,
		fte: seat.fte,
		capacityHoursPerWeek: seat.capacityHoursPerWeek,
		demandHoursPerWeek: d.total,
		urgentHoursPerWeek: d.urgent,
		ratio: ratioOf(d.total, seat.capacityHoursPerWeek),
		annualCost: seat.annualCost,
		byArea: [...d.byArea].map(([area, hoursPerWeek]) => ({ area, hoursPerWeek }))
	};
}

/** The area's capacity: each carrier's capacity × the area's share of what it carries. */
function areaLoad(a: AreaDemand, loads: SeatLoad[]): AreaLoad {
	const carriers = loads
		.map((l) => ({ l, h: l.byArea.find((x) => x.area === a.area)?.hoursPerWeek ?? 0 }))
		.filter((c) => c.h > 0);
	const capacity = sum(carriers, (c) => (c.l.capacityHoursPerWeek * c.h) / c.l.demandHoursPerWeek);
	return {
		...a,
		capacityHoursPerWeek: capacity,
		ratio: ratioOf(a.demandHoursPerWeek, capacity),
		seats: carriers.map((c) => ({ seatId: c.l.seatId, hoursPerWeek: c.h }))
	};
}

/** A lead seat's week in the squeeze's terms (hours/week). */
function leadShare(l: SeatLoad) {
	const planning = l.byArea.find((x) => x.area === 'strategic-planning')?.hoursPerWeek ?? 0;
	return {
		capacity: l.capacityHoursPerWeek,
		fte: l.fte,
		urgent: l.urgentHoursPerWeek,
		planning,
		execution: l.demandHoursPerWeek - l.urgentHoursPerWeek - planning
	};
}

/**
 * Loads, ratios, the planning squeeze, the initiative limit and the fractional proposal for one
 * set of seats (at least one with capacity) carrying `demand` plus `urgentHours` (hours/week).
 */
export function evaluate(
	demand: Demand,
	seats: AssessedSeat[],
	support: Support[],
	urgentHours: number,
	f: Figures,
	targetRatio: number
): Evaluation {
	const all = [
		...seats,
		...support.filter((s) => s.hoursPerWeek > 0).map((s) => supportSeat(s, f))
	];
	const al = allocate(demand, all, urgentHours);
	const supported = supportHours(support, al.areaTotals, f.fractionalFocusFactor, targetRatio);
	const taken = takenBy(al, supported);
	const loads = all.map((seat) => seatLoad(al, seat, seatDemand(al, seat, taken, supported)));
	const leads = loads.filter((l) => l.lead).map(leadShare);
	const lead = {
		capacity: sum(leads, (l) => l.capacity),
		urgent: sum(leads, (l) => l.urgent),
		planning: sum(leads, (l) => l.planning),
		execution: sum(leads, (l) => l.execution),
		fte: sum(leads, (l) => l.fte)
	};
	const p = f.protectedPlanningHoursPerWeek;
	const initiatives = initiativeLimit(leads, p, f.hoursPerInitiativePerWeek);
	const demandTotal = demand.totalHoursPerWeek + urgentHours;
	const capacity = sum(all, (s) => s.capacityHoursPerWeek);
	return {
		seats: loads,
		areas: demand.areas.map((a) => areaLoad(a, loads)),
		urgentHoursPerWeek: urgentHours,
		demandHoursPerWeek: demandTotal,
		capacityHoursPerWeek: capacity,
		compressionRatio: ratioOf(demandTotal, capacity),
		leadRatio: Math.max(0, ...loads.filter((l) => l.lead).map((l) => l.ratio)),
		planning: squeezePlanning(lead, p),
		concurrentInitiativeLimit: initiatives.limit,
		initiativeHoursPerWeek: initiatives.freeHoursPerWeek,
		fractional: proposeFractional(al, supported, f.fractionalFocusFactor, targetRatio)
	};
}
