/** One step of a reactive-first week: what it asks for and what it gets (hours/week). */
export interface SqueezeStep {
	step: 'urgent' | 'execution' | 'planning';
	label: string;
	demandHoursPerWeek: number;
	servedHoursPerWeek: number;
	droppedHoursPerWeek: number;
}

export interface Planning {
	/** Planning hours a reactive-first week leaves the lead seats (hours/week). */
	survivingHoursPerWeek: number;
	/** The protected planning minimum × the lead seats' FTE (hours/week). */
	protectedMinimumHoursPerWeek: number;
	/** What planning asks for: the catalogue's planning demand, at least the minimum (hours/week). */
	needHoursPerWeek: number;
	/** How far the surviving hours fall short of the protected minimum (hours/week). */
	shortfallHoursPerWeek: number;
	/** Lead hours no step asks for (hours/week). */
	slackHoursPerWeek: number;
	squeeze: SqueezeStep[];
}

/** What the lead seats carry, hours per week. */
export interface LeadLoad {
	capacity: number;
	urgent: number;
	execution: number;
	planning: number;
	fte: number;
}

const labels = {
	urgent: 'Urgent requests',
	execution: 'Execution (every area but planning)',
	planning: 'Strategic planning'
} as const;

/**
 * A reactive-first week of the lead seats: urgent requests are served first, then execution, and
 * planning gets what is left, up to its need (the catalogue's planning demand, never less than
 * the protected minimum of `protectedPerFte` hours/week per lead FTE).
 */
export function squeezePlanning(lead: LeadLoad, protectedPerFte: number): Planning {
	const minimum = protectedPerFte * lead.fte;
	const need = Math.max(lead.planning, minimum);
	let left = lead.capacity;
	const serve = (step: SqueezeStep['step'], demand: number): SqueezeStep => {
		const served = Math.min(demand, Math.max(0, left));
		left -= served;
		return {
			step,
			label: labels[step],
			demandHoursPerWeek: demand,
			servedHoursPerWeek: served,
			droppedHoursPerWeek: demand - served
		};
	};
	const squeeze = [
		serve('urgent', lead.urgent),
		serve('execution', lead.execution),
		serve('planning', need)
	];
	const surviving = squeeze[2]!.servedHoursPerWeek;
	return {
		survivingHoursPerWeek: surviving,
		protectedMinimumHoursPerWeek: minimum,
		needHoursPerWeek: need,
		shortfallHoursPerWeek: Math.max(0, minimum - surviving),
		slackHoursPerWeek: Math.max(0, left),
		squeeze
	};
}

/**
 * How many initiatives the lead seats can keep moving at once: per lead seat, the planned hours
 * left after its urgent requests and its protected planning block, ÷ hours per initiative per
 * week, at least one each. Falls (never rises) as a seat's capacity falls.
 */
export function initiativeLimit(
	leads: Pick<LeadLoad, 'capacity' | 'fte' | 'urgent' | 'planning'>[],
	protectedPerFte: number,
	hoursPerInitiative: number
): { limit: number; freeHoursPerWeek: number } {
	let limit = 0;
	let free = 0;
	for (const { capacity, fte, urgent, planning } of leads) {
		const block = Math.max(planning, protectedPerFte * fte);
		const left = Math.max(0, capacity - urgent - block);
		free += left;
		limit += Math.max(1, Math.floor(left / hoursPerInitiative + 1e-9));
	}
	return { limit, freeHoursPerWeek: free };
}
