import { areaLabels, type Area } from '../catalogue/schema';
import type { AssessmentDefaults, Figures } from './defaults';
import type { Evaluation } from './evaluate';
import type { Profile } from './schema';

/** One piece of scope to drop or bound, and who owns it instead. */
export interface ScopeCut {
	scope: Area | 'urgent-requests';
	label: string;
	/** Lead hours per week that leave marketing with it. */
	hoursPerWeek: number;
	movesTo: string;
	accountability: string;
}

/**
 * Scope that can leave marketing, largest first, until the lead is at the target ratio: the
 * per-seller part of urgent requests (to a sales intake) and the areas models/assessment.json
 * says another function can own.
 */
export function scopeCuts(
	e: Evaluation,
	d: AssessmentDefaults,
	f: Figures,
	p: Profile,
	target: number
) {
	const leads = e.seats.filter((s) => s.lead);
	const overload = leads.reduce(
		(t, s) => t + Math.max(0, s.demandHoursPerWeek - target * s.capacityHoursPerWeek),
		0
	);
	const onLead = (a: Area) =>
		leads.reduce((t, s) => t + (s.byArea.find((x) => x.area === a)?.hoursPerWeek ?? 0), 0);
	const perSeller = Math.min(e.urgentHoursPerWeek, p.salesTeamSize * f.urgentHoursPerSeller);
	const urgent: ScopeCut = {
		scope: 'urgent-requests',
		label: 'Urgent requests from sales',
		hoursPerWeek: perSeller,
		...d.urgentRequests
	};
	const options: ScopeCut[] = [
		urgent,
		...d.areas.flatMap((a) =>
			a.movesTo && a.accountability
				? [
						{
							scope: a.area,
							label: areaLabels[a.area],
							hoursPerWeek: onLead(a.area),
							movesTo: a.movesTo,
							accountability: a.accountability
						}
					]
				: []
		)
	]
		.filter((c) => c.hoursPerWeek > 0)
		.sort((a, b) => b.hoursPerWeek - a.hoursPerWeek);
	const chosen: ScopeCut[] = [];
	let left = overload;
	for (const c of options) {
		if (left <= 1e-9) break;
		chosen.push(c);
		left -= c.hoursPerWeek;
	}
	return { overload, chosen };
}
