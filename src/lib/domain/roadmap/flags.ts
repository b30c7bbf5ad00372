import type { OwnerCapacity } from './capacity';
import { ownerWeeks, weekRanges } from './load';
import { unmeasurable } from './outcome';
import { laneKey, type Ownership } from './ownership';
import { quarterPassed } from './quarter';
import { isActive, type Initiative, type Quarter, type Review } from './schema';

export const flagKinds = [
	'over-limit',
	'over-hours',
	'planning-eaten',
	'dependency-order',
	'no-outcome',
	'outside-ownership',
	'no-review'
] as const;
export type FlagKind = (typeof flagKinds)[number];

export const flagLabels: Record<FlagKind, string> = {
	'over-limit': 'Over the initiative limit',
	'over-hours': 'Over capacity',
	'planning-eaten': 'Planning time eaten',
	'dependency-order': 'Dependency out of order',
	'no-outcome': 'No measurable outcome',
	'outside-ownership': 'Owner outside the lane',
	'no-review': 'Not revisited'
};

/** One problem, with the initiatives and the owner it concerns and the reason in words. */
export interface Flag {
	kind: FlagKind;
	initiativeIds: string[];
	seatId: string | null;
	message: string;
}

export interface FlagContext {
	quarter: Quarter;
	owners: readonly OwnerCapacity[];
	ownership: Ownership;
	reviews: readonly Pick<Review, 'at'>[];
	now: Date;
}

const fmt = (h: number) => `${Math.round(h * 10) / 10} h`;

function ownerName(o: OwnerCapacity | undefined, seatId: string) {
	if (!o) return seatId;
	return o.personName ? `${o.personName} (${o.title})` : o.title;
}

/**
 * An owner's weeks past their limit, past their hours, and (short of that) into their protected
 * planning block: a week is over its hours or eats planning time, never both.
 */
function ownerFlags(initiatives: readonly Initiative[], o: OwnerCapacity): Flag[] {
	const ws = ownerWeeks(initiatives, o.seatId);
	const name = ownerName(o, o.seatId);
	const ids = (weeks: number[]) =>
		initiatives
			.filter((i) => i.ownerSeatId === o.seatId && isActive(i))
			.filter((i) => weeks.some((w) => i.startWeek <= w && w <= i.endWeek))
			.map((i) => i.id);
	const flags: Flag[] = [];
	const add = (kind: FlagKind, weeks: number[], message: string) => {
		if (weeks.length > 0)
			flags.push({ kind, seatId: o.seatId, initiativeIds: ids(weeks), message });
	};
	const overCount = ws.filter((w) => w.count > o.limit);
	const peak = Math.max(0, ...overCount.map((w) => w.count));
	add(
		'over-limit',
		overCount.map((w) => w.week),
		`${name} runs ${peak} initiatives at once in ${weekRanges(overCount.map((w) => w.week))}; capacity after recurring work allows ${o.limit}`
	);
	const overHours = ws.filter((w) => w.hours > o.hoursBeforeOverload + 1e-9);
	const peakHours = Math.max(0, ...overHours.map((w) => w.hours));
	add(
		'over-hours',
		overHours.map((w) => w.week),
		`${name} needs ${fmt(peakHours)} a week for initiatives in ${weekRanges(overHours.map((w) => w.week))}, but has ${fmt(o.hoursBeforeOverload)} left after recurring work, its planning time included`
	);
	const eaten = ws.filter(
		(w) => w.hours > o.freeHoursPerWeek + 1e-9 && w.hours <= o.hoursBeforeOverload + 1e-9
	);
	add(
		'planning-eaten',
		eaten.map((w) => w.week),
		`${name}'s initiatives take the protected planning time in ${weekRanges(eaten.map((w) => w.week))}: ${fmt(o.freeHoursPerWeek)} a week is free once recurring work and planning are done`
	);
	return flags;
}

/** Dependencies that end in or after the week their dependant starts. */
function dependencyFlags(initiatives: readonly Initiative[]): Flag[] {
	const byId = new Map(initiatives.map((i) => [i.id, i]));
	return initiatives.flatMap((i) =>
		i.dependsOn.flatMap((id) => {
			const dep = byId.get(id);
			if (!dep || dep.status === 'dropped' || dep.endWeek < i.startWeek) return [];
			return [
				{
					kind: 'dependency-order' as const,
					seatId: null,
					initiativeIds: [i.id, dep.id],
					message: `"${i.title}" starts in week ${i.startWeek} but depends on "${dep.title}", which ends in week ${dep.endWeek}`
				}
			];
		})
	);
}

/** Whether a finished quarter was never revisited: no review from its start onwards. */
export function missedReview(ctx: Pick<FlagContext, 'quarter' | 'reviews' | 'now'>): boolean {
	return quarterPassed(ctx.quarter, ctx.now) && ctx.reviews.length === 0;
}

/**
 * Every flag of a roadmap, each with its reason: owners past their concurrent-initiative limit,
 * past their hours after recurring work, or into their protected planning block (hours/week,
 * per week 1–13); dependencies out of order; outcomes that are not measurable; owners outside
 * the lane's ownership in the accountability map; a finished quarter without a review.
 */
export function roadmapFlags(initiatives: readonly Initiative[], ctx: FlagContext): Flag[] {
	const owners = new Map(ctx.owners.map((o) => [o.seatId, o]));
	const seatIds = [...new Set(initiatives.map((i) => i.ownerSeatId))];
	const flags = seatIds.flatMap((id) => {
		const o = owners.get(id);
		return o ? ownerFlags(initiatives, o) : [];
	});
	flags.push(...dependencyFlags(initiatives));
	for (const i of initiatives) {
		if (i.status === 'dropped') continue;
		const why = unmeasurable(i.outcome);
		if (why)
			flags.push({
				kind: 'no-outcome',
				seatId: i.ownerSeatId,
				initiativeIds: [i.id],
				message: `"${i.title}" ${why}`
			});
		const lane = laneKey(i.audienceId);
		if (!(ctx.ownership[lane] ?? []).includes(i.ownerSeatId))
			flags.push({
				kind: 'outside-ownership',
				seatId: i.ownerSeatId,
				initiativeIds: [i.id],
				message: `${ownerName(owners.get(i.ownerSeatId), i.ownerSeatId)} owns "${i.title}" but is not accountable for ${i.audienceId === null ? 'any cross-audience work' : "this audience's work"} in the accountability map`
			});
	}
	if (missedReview(ctx))
		flags.push({
			kind: 'no-review',
			seatId: null,
			initiativeIds: [],
			message: `${ctx.quarter} has ended and its roadmap was never revisited; record a review of what changed, why and what next`
		});
	return flags;
}
