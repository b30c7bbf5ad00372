import ical from 'ical-generator';
import { milestonesOf } from './milestones';
import type { Initiative, Quarter } from './schema';

/** Noon UTC of a YYYY-MM-DD date, so an all-day event keeps its day in any time zone nearby. */
const day = (date: string, plusDays = 0) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + plusDays, 12));
};

/**
 * An iCalendar file (RFC 5545) with one all-day event per milestone of the quarter's
 * initiatives (milestones.ts); each event's UID is stable, so re-importing updates it.
 */
export function roadmapToIcs(
	quarter: Quarter,
	initiatives: readonly Initiative[],
	ownerName: (seatId: string) => string
): string {
	const calendar = ical({
		name: `Roadmap ${quarter}`,
		prodId: { company: 'Orgcraft', product: 'roadmap' }
	});
	const byId = new Map(initiatives.map((i) => [i.id, i]));
	for (const m of milestonesOf(quarter, initiatives)) {
		const i = byId.get(m.initiativeId)!;
		calendar.createEvent({
			id: `${quarter}-${m.initiativeId}-${m.kind}@orgcraft`,
			start: day(m.date),
			end: day(m.date, 1),
			allDay: true,
			summary: m.title,
			description: `Owner: ${ownerName(i.ownerSeatId)}. Weeks ${i.startWeek}–${i.endWeek}, ${i.effortHoursPerWeek} h a week.`
		});
	}
	return calendar.toString();
}
