import type { LeadTimeExplanation, RoleChange, SeatResult, SimulationReport } from './report';
import { breakdownKeys, type LeadTimeBreakdown } from './schema';
import { HOURS_PER_DAY } from './summary';

type Part = keyof LeadTimeBreakdown;

/** How each part reads in a sentence ("… days of queueing"). */
export const partPhrases: Record<Part, string> = {
	workHours: 'working time',
	queueHours: 'queueing',
	handoffWaitHours: 'waiting after hand-offs',
	reviewLatencyHours: 'waiting for reviews',
	reworkHours: 'rework'
};

/** Changes under this many working hours per item (an hour) read as no change. */
const NOISE_HOURS = 1;

/** "GTM marketer, procurement" → "GTM marketer": the role a title names, without its audience. */
export const roleOf = (title: string) => title.split(',')[0]!.trim() || title;

/** "Content writer" → "Content writers", "Head of content" → "Heads of content". */
function plural(role: string): string {
	const at = role.indexOf(' of ');
	const [head, tail] = at > 0 ? [role.slice(0, at), role.slice(at)] : [role, ''];
	return `${head.endsWith('s') ? head : `${head}s`}${tail}`;
}

interface RoleShare {
	seatIds: string[];
	/** Critical-path hours per item at these seats, in the chosen part. */
	hours: number;
	/** Mean utilisation of the role's seats that do steps, 0–1; null when none does. */
	utilisation: number | null;
}

/** Per role (title without audience), its seats' share of one part of the lead time. */
function rolesOf(seats: SeatResult[], part: Part): Map<string, RoleShare> {
	const roles = new Map<string, RoleShare & { busy: number[] }>();
	for (const seat of seats) {
		const role = roleOf(seat.title);
		const r = roles.get(role) ?? { seatIds: [], hours: 0, utilisation: null, busy: [] };
		r.seatIds.push(seat.seatId);
		r.hours += seat.leadTimeBreakdown[part];
		if (seat.stationId !== null) r.busy.push(seat.utilisation);
		roles.set(role, r);
	}
	return new Map(
		[...roles].map(([role, { busy, ...r }]) => [
			role,
			{ ...r, utilisation: busy.length ? busy.reduce((s, u) => s + u, 0) / busy.length : null }
		])
	);
}

const days = (h: number) => (Math.abs(h) / HOURS_PER_DAY).toFixed(1);
const pct = (u: number | null) => (u === null ? 'no steps' : `${Math.round(u * 100)}% utilisation`);

/** Roles by their change in `part` (compared − base), in the direction of `sign`, largest first. */
function roleChanges(base: SimulationReport, other: SimulationReport, part: Part, sign: number) {
	const a = rolesOf(base.perSeat, part);
	const b = rolesOf(other.perSeat, part);
	const names = [...new Set([...a.keys(), ...b.keys()])];
	const changes: RoleChange[] = names.map((role) => {
		const ra = a.get(role);
		const rb = b.get(role);
		return {
			role,
			seats: Math.max(ra?.seatIds.length ?? 0, rb?.seatIds.length ?? 0),
			changeHours: (rb?.hours ?? 0) - (ra?.hours ?? 0),
			utilisationBase: ra ? ra.utilisation : null,
			utilisationCompared: rb ? rb.utilisation : null
		};
	});
	return changes
		.filter((c) => Math.sign(c.changeHours) === sign)
		.sort((x, y) => Math.abs(y.changeHours) - Math.abs(x.changeHours))
		.slice(0, 3);
}

/** "GTM marketers at 96% utilisation add 8.7 days of it" or, for a fall, where it fell. */
function roleClause(c: RoleChange): string {
	const name = c.seats > 1 ? plural(c.role) : `the ${c.role}`;
	const Name = name.charAt(0).toUpperCase() + name.slice(1);
	if (c.changeHours > 0) {
		const verb = c.seats > 1 ? 'add' : 'adds';
		return `${Name} at ${pct(c.utilisationCompared)} ${verb} ${days(c.changeHours)} days of it`;
	}
	const after =
		c.utilisationCompared === null
			? 'not in the design after'
			: `${Math.round(c.utilisationCompared * 100)}% after`;
	return `${days(c.changeHours)} days of it go at ${name} (${pct(c.utilisationBase)} before, ${after})`;
}

/**
 * Why `other` is faster or slower than `base`, in one sentence: the part of the lead-time
 * breakdown that changed most in the direction of the whole change (compared − base, working
 * hours per item), and the roles (seat titles without their audience) whose seats account for
 * most of that change, with their utilisation. Days are 8-hour working days.
 */
export function explainLeadTime(
	base: SimulationReport,
	other: SimulationReport
): LeadTimeExplanation {
	const A = base.scenario.name;
	const B = other.scenario.name;
	const none = (sentence: string): LeadTimeExplanation => ({
		sentence,
		part: null,
		partChangeHours: 0,
		roles: []
	});
	if (base.overall.completedItems === 0 || other.overall.completedItems === 0)
		return none(
			`No run finished in ${base.overall.completedItems === 0 ? A : B}, so the lead times cannot be compared.`
		);
	const change = other.overall.leadTime.meanHours - base.overall.leadTime.meanHours;
	if (Math.abs(change) < NOISE_HOURS)
		return none(`${B} and ${A} take the same time per item, within an hour.`);
	const sign = Math.sign(change);
	const deltas = breakdownKeys.map((part) => ({
		part,
		hours: other.overall.leadTimeBreakdown[part] - base.overall.leadTimeBreakdown[part]
	}));
	const [main] = deltas
		.filter((d) => Math.sign(d.hours) === sign)
		.sort((x, y) => Math.abs(y.hours) - Math.abs(x.hours));
	const roles = main ? roleChanges(base, other, main.part, sign) : [];
	const speed = `${B} is ${days(change)} working days ${change > 0 ? 'slower' : 'faster'} per item than ${A}`;
	if (!main) return none(`${speed}.`);
	const phrase = partPhrases[main.part];
	const moved = `${change > 0 ? 'more' : 'less'} ${phrase} (${change > 0 ? '+' : '−'}${days(main.hours)} days)`;
	const lead = roles[0];
	const seats = lead && Math.abs(lead.changeHours) >= NOISE_HOURS ? `: ${roleClause(lead)}` : '';
	return {
		sentence: `${speed}, mostly from ${moved}${seats}.`,
		part: main.part,
		partChangeHours: main.hours,
		roles
	};
}
