import { meanHours } from '../catalogue/effort';
import {
	areaLabels,
	areas,
	covers,
	type Activity,
	type Area,
	type SourceNote
} from '../catalogue/schema';
import { countPhrase, driverCount, fmt, perPhrase, unitsPerWeek } from './drivers';
import type { Profile } from './schema';

/** A catalogue source note with the activity it belongs to. */
export interface SourceRef extends SourceNote {
	activityId: string;
}

/** Weekly demand of one activity and how it was reached. */
export interface ActivityDemand {
	activityId: string;
	name: string;
	area: Area;
	craft: string;
	/** Units of work per week from the activity's drivers (units/week). */
	unitsPerWeek: number;
	/** Mean effort per unit before AI (hours/unit). */
	hoursPerUnit: number;
	/** Share of the effort AI absorbs at the assessed AI level (ratio 0–1). */
	aiShare: number;
	/** unitsPerWeek × hoursPerUnit × (1 − aiShare), hours per week. */
	hoursPerWeek: number;
	/** Hours per week per driver kind (an activity may have several drivers). */
	byDriver: { per: string; hoursPerWeek: number }[];
	/** The arithmetic in words, e.g. "4 campaigns a quarter × 3 each ÷ 13 weeks × 4.4 h …". */
	driver: string;
	/** The catalogue's notes for the effort, AI share and drivers used. */
	sources: SourceRef[];
}

/** Weekly demand of one area: the sum of its activities (hours/week), with drivers and sources. */
export interface AreaDemand {
	area: Area;
	label: string;
	demandHoursPerWeek: number;
	/** The drivers behind the figure, e.g. "4 campaigns a quarter × 21.3 h per campaign ÷ 13". */
	driver: string;
	/** Where the figures come from: the activities and the grades of their notes. */
	source: string;
	sources: SourceRef[];
	activities: ActivityDemand[];
}

export interface Demand {
	/** The AI level (0–3) whose aiShare was applied. */
	aiLevel: number;
	areas: AreaDemand[];
	/** Sum over areas, hours per week. */
	totalHoursPerWeek: number;
	/** Catalogue activities with no drivers: no volume can be derived, so they add no demand. */
	undriven: { activityId: string; area: Area }[];
}

const usedFields = ['effortHours', 'aiShare', 'drivers'];
/** The byDriver kind of units the template runs use beyond the activity's drivers. */
const WORKFLOW = 'workflow';

function activityDemand(
	a: Activity,
	p: Profile,
	aiLevel: number,
	inTemplates: number
): ActivityDemand {
	const hoursPerUnit = meanHours(a.effortHours);
	const aiShare = a.aiShare[aiLevel] ?? 0;
	const perUnit = hoursPerUnit * (1 - aiShare);
	const drivers = a.drivers ?? [];
	const driven = drivers.reduce((t, d) => t + unitsPerWeek(d, p), 0);
	const above = Math.max(0, inTemplates - driven);
	const byDriver: ActivityDemand['byDriver'] = drivers.map((d) => ({
		per: d.per,
		hoursPerWeek: unitsPerWeek(d, p) * perUnit
	}));
	if (above > 0) byDriver.push({ per: WORKFLOW, hoursPerWeek: above * perUnit });
	const ai = aiShare > 0 ? `, less ${fmt(aiShare * 100, 0)}% to AI` : '';
	const runs =
		above > 0
			? [`${fmt(above, 2)} more a week that the workflow runs use × ${fmt(hoursPerUnit)} h${ai}`]
			: [];
	const driver = [
		...drivers.map((d) =>
			d.per === 'week'
				? `${fmt(d.unitsPer, 3)} a week × ${fmt(hoursPerUnit)} h per ${a.unit}${ai}`
				: `${countPhrase(d.per, p)} × ${fmt(d.unitsPer, 3)} per ${perPhrase(d.per)}` +
					` ÷ ${driverCount(d.per, p).weeks} weeks × ${fmt(hoursPerUnit)} h per ${a.unit}${ai}`
		),
		...runs
	].join(' + ');
	return {
		activityId: a.id,
		name: a.name,
		area: a.area,
		craft: a.craft,
		unitsPerWeek: driven + above,
		hoursPerUnit,
		aiShare,
		hoursPerWeek: byDriver.reduce((t, d) => t + d.hoursPerWeek, 0),
		byDriver,
		driver,
		sources: a.sources
			.filter((s) => usedFields.some((f) => covers(s, f)))
			.map((s) => ({ activityId: a.id, ...s }))
	};
}

/** "4 campaigns a quarter × 21.3 h per campaign ÷ 13 weeks + 6.5 h a week of routines". */
function areaDriver(activities: ActivityDemand[], p: Profile): string {
	const perKind = new Map<string, number>();
	for (const a of activities)
		for (const d of a.byDriver) perKind.set(d.per, (perKind.get(d.per) ?? 0) + d.hoursPerWeek);
	const parts = [...perKind].map(([per, hours]) => {
		if (per === WORKFLOW) return `${fmt(hours)} h a week of workflow runs beyond the drivers`;
		const kind = per as Parameters<typeof countPhrase>[0];
		if (kind === 'week') return `${fmt(hours)} h a week of recurring work`;
		const { count, weeks } = driverCount(kind, p);
		const each = count > 0 ? (hours * weeks) / count : 0;
		return `${countPhrase(kind, p)} × ${fmt(each)} h per ${perPhrase(kind)} ÷ ${weeks} weeks`;
	});
	return parts.length > 0 ? parts.join(' + ') : 'no activity in this area has a driver';
}

function areaSource(activities: ActivityDemand[], sources: SourceRef[]): string {
	if (activities.length === 0) return 'models/activities.json: no driven activity in this area';
	const grades = new Map<string, number>();
	for (const s of sources) grades.set(s.grade, (grades.get(s.grade) ?? 0) + 1);
	const graded = [...grades].map(([g, n]) => `${n} ${g}`).join(', ');
	const ids = activities.map((a) => a.activityId).join(', ');
	return `models/activities.json (${ids}): effort, AI share and driver notes, ${graded}`;
}

/**
 * Weekly demand (hours/week) per area from the profile and the catalogue's drivers: for each
 * driven activity, units/week × mean hours/unit × (1 − aiShare[aiLevel]), where units/week is
 * the larger of the drivers' units and `inTemplates` (units/week the template runs of the
 * profile use, from demand/units.ts; absent: none). Every area of the catalogue is listed, in
 * catalogue order; activities with neither add nothing and are listed in `undriven`. More
 * audiences, products, channels, regions, campaigns or events never lower it.
 */
export function computeDemand(
	profile: Profile,
	activities: Activity[],
	aiLevel: number,
	inTemplates: ReadonlyMap<string, number> = new Map()
): Demand {
	const used = (a: Activity) => inTemplates.get(a.id) ?? 0;
	const driven = activities.filter((a) => (a.drivers && a.drivers.length > 0) || used(a) > 0);
	const all = driven.map((a) => activityDemand(a, profile, aiLevel, used(a)));
	const byArea = areas.map((area): AreaDemand => {
		const list = all.filter((a) => a.area === area);
		const sources = list.flatMap((a) => a.sources);
		return {
			area,
			label: areaLabels[area],
			demandHoursPerWeek: list.reduce((t, a) => t + a.hoursPerWeek, 0),
			driver: areaDriver(list, profile),
			source: areaSource(list, sources),
			sources,
			activities: list
		};
	});
	return {
		aiLevel,
		areas: byArea,
		totalHoursPerWeek: byArea.reduce((t, a) => t + a.demandHoursPerWeek, 0),
		undriven: activities
			.filter((a) => !driven.includes(a))
			.map((a) => ({ activityId: a.id, area: a.area }))
	};
}
