import type { Profile } from '../assessment/profile';
import type { ProfileSource } from '../demand/profile-source';
import type { Structure } from '../scenario/schema';
import type { AssumptionKey, Assumptions } from './assumptions';
import type { UnresolvedStep } from './from-scenario';
import type { RunSettings } from './input';
import type { FlowStats, LeadTimeBreakdown } from './schema';

/** Hours of planned work split by what they went on; they sum to the seat's available hours. */
export interface HoursSplit {
	/** The craft work of the steps themselves. */
	craft: number;
	/** Transfer effort at hand-offs (briefing, reading, questions), both sides. */
	handoff: number;
	/** Review rounds, and checking what AI drafted. */
	review: number;
	/** Work redone after a review sent it back. */
	rework: number;
	/** Planned hours with nothing to do. */
	idle: number;
}

/** One seat's quarter (13 weeks, averaged over the measured window), in hours. */
export interface SeatResult {
	seatId: string;
	title: string;
	person: string | null;
	kind: string;
	craft: string | null;
	/** The station (queue) the seat works from, a pool sharing one; null when no step is theirs. */
	stationId: string | null;
	/** Busy share of the seat's planned hours, 0–1. */
	utilisation: number;
	/** Mean wait of work in the seat's queue before it starts, working hours. */
	meanQueueWaitHours: number;
	/** Planned hours in a quarter: hoursPerWeek × fte × focusFactor × 13. */
	availableHours: number;
	/** Hours outside planned work (meetings, reactive requests): hoursPerWeek × fte × (1 − focus) × 13. */
	outsideHours: number;
	/** Split of availableHours; craft + handoff + review + rework + idle = availableHours. */
	hours: HoursSplit;
	/**
	 * Working hours per completed item that items' critical paths spent at this seat's pool,
	 * shared evenly by the pool's seats; over all seats the parts sum to the overall
	 * leadTimeBreakdown. Zeros for a seat with no steps.
	 */
	leadTimeBreakdown: LeadTimeBreakdown;
}

/** What passing work between people costs. */
export interface HandoffTax {
	/** Transfer effort, hours of work per quarter (13 weeks) over all seats. */
	transferHours: number;
	/** Rework after reviews, hours of work per quarter. */
	reworkHours: number;
	/** transferHours + reworkHours: capacity lost per quarter. */
	hours: number;
	/** hours over all planned hours, 0–1. */
	shareOfCapacity: number;
	/** Mean working hours an item waits after a hand-off (queues and review latency). */
	waitHoursPerItem: number;
	/** waitHoursPerItem in 8-hour working days. */
	calendarDaysPerItem: number;
	handoffsPerItem: number;
}

/** Stats of one workflow template over all its audiences. */
export interface TemplateResult extends FlowStats {
	templateId: string;
	name: string;
	/** Runs per quarter simulated, all audiences. */
	perQuarter: number;
}

/** A typical week of one role (seat kind), mean per person, hours. */
export interface RoleWeek {
	kind: string;
	label: string;
	seats: number;
	/** Hours per person per week; the parts sum to the mean contracted hours (hoursPerWeek × fte). */
	week: HoursSplit & { outside: number };
}

/** The headline numbers the sensitivity analysis watches. */
export interface Headline {
	leadTimeMeanHours: number;
	handoffTaxHours: number;
	/** Highest seat utilisation, 0–1. */
	peakUtilisation: number;
}

/** One assumption moved by −25% and +25% (probabilities capped at 0.95), and what changed. */
export interface SensitivityRow {
	key: AssumptionKey;
	label: string;
	base: number;
	low: { value: number } & Headline;
	high: { value: number } & Headline;
}

export interface SimulationReport {
	scenario: { name: string; structure: Structure; seats: number };
	run: RunSettings;
	/** The company profile the workload came from and which one it was (demand/profile-source). */
	profile: { profile: Profile; source: ProfileSource };
	assumptions: Assumptions;
	overall: FlowStats;
	/**
	 * Runs per replication that started in the window and were still unfinished one window
	 * later: above 0 only when the design cannot keep up (their lead times are missing).
	 */
	unfinishedItems: number;
	templates: TemplateResult[];
	perSeat: SeatResult[];
	handoffTax: HandoffTax;
	roles: RoleWeek[];
	headline: Headline;
	/** Steps nobody in the design can do: left out of the simulation, listed here. */
	unresolved: UnresolvedStep[];
	/** Empty when run.sensitivity is false. */
	sensitivity: SensitivityRow[];
}

/** What moving from the simulated scenario to the compared one changes (positive: reclaimed). */
export interface Differences {
	/** Mean lead time saved per item, working hours (base − compared). */
	leadTimeHoursReclaimed: number;
	/** The same in 8-hour working days. */
	leadTimeDaysReclaimed: number;
	/** Hand-off tax hours per quarter saved (base − compared). */
	capacityHoursReclaimed: number;
	/** Hand-off wait per item saved, working days. */
	handoffDaysReclaimed: number;
	/** Hand-offs per item saved. */
	handoffsPerItemReduced: number;
	/** Items per week gained (compared − base). */
	throughputPerWeekGained: number;
	/** Why the compared design's lead time is shorter or longer. */
	explanation: LeadTimeExplanation;
}

/** One role's part in a change of lead time (a role: seats with the same title, audience aside). */
export interface RoleChange {
	role: string;
	/** Seats with this role, in the design that has more of them. */
	seats: number;
	/** Change of the role's critical-path hours per item in the explained part, compared − base. */
	changeHours: number;
	/** Mean utilisation of the role's seats, 0–1; null when the design has none doing steps. */
	utilisationBase: number | null;
	utilisationCompared: number | null;
}

/** Why the compared design is faster or slower. */
export interface LeadTimeExplanation {
	/** One sentence: the change, the part of the lead time behind it and the seats behind that. */
	sentence: string;
	/** The part that changed most in the direction of the whole change; null when none did. */
	part: keyof LeadTimeBreakdown | null;
	/** Its change, compared − base, working hours per item. */
	partChangeHours: number;
	/** Roles behind the change of that part, largest first (at most three). */
	roles: RoleChange[];
}

/** The answer of the CLI's --json and of POST /api/v1/simulations. */
export interface SimulationResponse extends SimulationReport {
	compare?: { result: SimulationReport; differences: Differences };
}
