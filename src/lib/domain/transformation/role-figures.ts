import type { Design, Seat } from '../scenario/schema';
import type { HoursSplit, SimulationReport } from '../simulation/report';
import { QUARTER_WEEKS } from '../simulation/summary';
import type { SeatMatch } from './role-card';

/** A role's typical week: mean hours per person per week, by what they went on. */
export interface RoleWeekFigures {
	seats: { id: string; title: string; person: string | null }[];
	week: HoursSplit & { outside: number };
}

export interface RoleFigures {
	legacy: RoleWeekFigures | null;
	next: RoleWeekFigures | null;
	/** Hand-off hours a week the role's people no longer spend (legacy − next), per person. */
	handoffHoursSavedPerWeek: number | null;
	/** The whole team's hand-off tax saved, hours per quarter (legacy − next). */
	teamHandoffHoursSaved: number;
	/** Mean lead time saved per item, working hours (legacy − next). */
	leadTimeHoursSaved: number;
}

export interface Side {
	design: Design;
	report: SimulationReport;
}

const matches = (s: Seat, m: SeatMatch) => s.kind === m.kind && (!m.craft || s.craft === m.craft);

/** The mean week of `seats` in a report, or null when none of them was simulated. */
function weekOf(seats: Seat[], report: SimulationReport): RoleWeekFigures | null {
	const results = seats.flatMap((s) => report.perSeat.find((r) => r.seatId === s.id) ?? []);
	if (results.length === 0) return null;
	const mean = (f: (r: (typeof results)[number]) => number) =>
		results.reduce((n, r) => n + f(r), 0) / results.length / QUARTER_WEEKS;
	return {
		seats: results.map((r) => ({ id: r.seatId, title: r.title, person: r.person })),
		week: {
			craft: mean((r) => r.hours.craft),
			handoff: mean((r) => r.hours.handoff),
			review: mean((r) => r.hours.review),
			rework: mean((r) => r.hours.rework),
			idle: mean((r) => r.hours.idle),
			outside: mean((r) => r.outsideHours)
		}
	};
}

/**
 * The live figures of a role card: the legacy week of the seats `legacy` matches in the
 * legacy design and the new week of the same people in the two-tower design (else of the seats
 * `twoTower` matches), in hours per person per week, with the hand-off hours saved by the role
 * and by the team.
 */
export function roleFigures(
	card: { legacy: SeatMatch; twoTower: SeatMatch },
	legacy: Side,
	next: Side
): RoleFigures {
	const before = legacy.design.seats.filter((s) => matches(s, card.legacy));
	const people = new Set(before.flatMap((s) => s.personName ?? []));
	const same = next.design.seats.filter((s) => s.personName && people.has(s.personName));
	const after = same.length > 0 ? same : next.design.seats.filter((s) => matches(s, card.twoTower));
	const a = weekOf(before, legacy.report);
	const b = weekOf(after, next.report);
	return {
		legacy: a,
		next: b,
		handoffHoursSavedPerWeek: a && b ? a.week.handoff - b.week.handoff : null,
		teamHandoffHoursSaved: legacy.report.handoffTax.hours - next.report.handoffTax.hours,
		leadTimeHoursSaved:
			legacy.report.overall.leadTime.meanHours - next.report.overall.leadTime.meanHours
	};
}
