import type { Design, SeatKind } from '../scenario/schema';
import { seatKindLabels } from '../scenario/schema';
import type { Assumptions } from './assumptions';
import { seatRate, type BuiltModel } from './from-scenario';
import type { Headline, HoursSplit, RoleWeek, SeatResult } from './report';
import {
	breakdownKeys,
	HOURS_PER_WEEK,
	type LeadTimeBreakdown,
	type SimulationResult
} from './schema';
import { breakdownOf } from './stats';

/** Weeks in a quarter: hours are reported per quarter. */
export const QUARTER_WEEKS = 13;
/** Working hours in a working day, for calendar days. */
export const HOURS_PER_DAY = 8;

/** Everything a run needs, prepared once per assumption set. */
export interface Prepared {
	design: Design;
	built: BuiltModel;
	assumptions: Assumptions;
}

const zeroSplit = (): HoursSplit => ({ craft: 0, handoff: 0, review: 0, rework: 0, idle: 0 });

/** Per-seat quarters, hand-off tax and role weeks from one engine result. */
export function summarise(p: Prepared, result: SimulationResult) {
	const window = (result.options.horizonHours - result.options.warmupHours) / HOURS_PER_WEEK;
	const stationOf = new Map(
		p.built.stations.flatMap((s) => s.seatIds.map((id) => [id, s.stationId] as const))
	);
	const stats = new Map(result.stations.map((s) => [s.stationId, s]));
	const servers = new Map(p.built.model.stations.map((s) => [s.id, s.servers]));
	// A seat may work from several pools (one per set of seats a step resolves to): its share of
	// the critical path adds up over them, each pool's hours shared evenly by its seats.
	const onPath = new Map<string, LeadTimeBreakdown>();
	for (const pool of p.built.stations) {
		const b = stats.get(pool.stationId)?.leadTimeBreakdown;
		if (!b) continue;
		for (const id of pool.seatIds) {
			const mine = onPath.get(id) ?? breakdownOf([0, 0, 0, 0, 0]);
			for (const key of breakdownKeys) mine[key] += b[key] / pool.seatIds.length;
			onPath.set(id, mine);
		}
	}
	const perSeat: SeatResult[] = p.design.seats.map((seat) => {
		const stationId = stationOf.get(seat.id) ?? null;
		const st = stationId ? stats.get(stationId) : undefined;
		const available = seatRate(seat) * HOURS_PER_WEEK * QUARTER_WEEKS;
		const outside = seat.fte * seat.hoursPerWeek * (1 - seat.focusFactor) * QUARTER_WEEKS;
		const hours = zeroSplit();
		let utilisation = 0;
		const leadTimeBreakdown = onPath.get(seat.id) ?? breakdownOf([0, 0, 0, 0, 0]);
		if (st && stationId) {
			// Busy clock hours of the pool, per seat, as a share of the window's clock hours.
			const clock = servers.get(stationId)! * window * HOURS_PER_WEEK;
			const share = (h: number) => (h / clock) * available;
			hours.craft = share(st.workHours);
			hours.handoff = share(st.handoffHours);
			hours.review = share(st.reviewHours);
			hours.rework = share(st.reworkHours);
			utilisation = st.utilisation;
		}
		hours.idle = Math.max(0, available - hours.craft - hours.handoff - hours.review - hours.rework);
		return {
			seatId: seat.id,
			title: seat.title,
			person: seat.personName ?? null,
			kind: seat.kind,
			craft: seat.craft ?? null,
			stationId,
			utilisation,
			meanQueueWaitHours: st?.meanQueueWaitHours ?? 0,
			availableHours: available,
			outsideHours: outside,
			hours,
			leadTimeBreakdown
		};
	});
	const sum = (f: (s: SeatResult) => number) => perSeat.reduce((t, s) => t + f(s), 0);
	const transferHours = sum((s) => s.hours.handoff);
	const reworkHours = sum((s) => s.hours.rework);
	const available = sum((s) => s.availableHours);
	const wait = result.overall.handoffWaitHoursPerItem;
	const handoffTax = {
		transferHours,
		reworkHours,
		hours: transferHours + reworkHours,
		shareOfCapacity: available > 0 ? (transferHours + reworkHours) / available : 0,
		waitHoursPerItem: wait,
		calendarDaysPerItem: wait / HOURS_PER_DAY,
		handoffsPerItem: result.overall.handoffsPerItem
	};
	const kinds = [...new Set(perSeat.map((s) => s.kind))];
	const roles: RoleWeek[] = kinds.map((kind) => {
		const seats = perSeat.filter((s) => s.kind === kind);
		const mean = (f: (s: SeatResult) => number) =>
			seats.reduce((t, s) => t + f(s), 0) / seats.length / QUARTER_WEEKS;
		return {
			kind,
			label: seatKindLabels[kind as SeatKind] ?? kind,
			seats: seats.length,
			week: {
				craft: mean((s) => s.hours.craft),
				handoff: mean((s) => s.hours.handoff),
				review: mean((s) => s.hours.review),
				rework: mean((s) => s.hours.rework),
				idle: mean((s) => s.hours.idle),
				outside: mean((s) => s.outsideHours)
			}
		};
	});
	const headline: Headline = {
		leadTimeMeanHours: result.overall.leadTime.meanHours,
		handoffTaxHours: handoffTax.hours,
		peakUtilisation: Math.max(0, ...perSeat.map((s) => s.utilisation))
	};
	return { perSeat, handoffTax, roles, headline };
}
