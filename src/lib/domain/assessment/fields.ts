import { areaLabels, areas, type Area } from '../catalogue/schema';
import type { Profile } from './schema';
import { aiLevelLabels } from '../scenario/schema';

type NumberKey = Exclude<keyof Profile, 'strategyDocumented' | 'focusedGoals'>;

/** A number of the profile as the form asks for it, with its help text. */
export interface NumberField {
	name: NumberKey;
	label: string;
	help: string;
	/** Choices for a select; a text box when absent. */
	choices?: { value: number; label: string }[];
}

export const numberFields: NumberField[] = [
	{
		name: 'audiences',
		label: 'Audiences',
		help: 'Distinct buyer audiences marketing serves (1–50).'
	},
	{ name: 'products', label: 'Products', help: 'Products or offers marketed separately (1–100).' },
	{
		name: 'channels',
		label: 'Active channels',
		help: 'Email, paid search, each social network, webinars… (0–50).'
	},
	{ name: 'regions', label: 'Regions', help: 'Regions with their own go-to-market (1–50).' },
	{
		name: 'campaignsPerQuarter',
		label: 'Campaigns per quarter',
		help: 'Campaigns launched each quarter (0–100).'
	},
	{ name: 'eventsPerYear', label: 'Events per year', help: 'Events and webinars run (0–200).' },
	{
		name: 'salesTeamSize',
		label: 'Sales team size',
		help: 'Sellers marketing supports; drives urgent requests (0–1000).'
	},
	{
		name: 'growthTargetPct',
		label: 'Growth target, %',
		help: 'Revenue growth expected this year (−50 to 500).'
	},
	{
		name: 'aiTools',
		label: 'AI tools in use',
		help: 'How far AI is built into the work; it absorbs part of each activity.',
		choices: aiLevelLabels.map((label, value) => ({ value, label: `${value}: ${label}` }))
	},
	{
		name: 'executiveAlignment',
		label: 'Executive alignment',
		help: 'How well the executive team agrees on marketing’s goals.',
		choices: ['not at all', 'weakly', 'partly', 'mostly', 'fully'].map((label, i) => ({
			value: i + 1,
			label: `${i + 1}: ${label}`
		}))
	}
];

export const flagFields: {
	name: 'strategyDocumented' | 'focusedGoals';
	label: string;
	help: string;
}[] = [
	{
		name: 'strategyDocumented',
		label: 'Strategy in writing',
		help: 'A marketing strategy and quarterly roadmap exist in writing.'
	},
	{
		name: 'focusedGoals',
		label: 'Focused goals',
		help: 'Growth goals are few: one or two motions, not everything at once.'
	}
];

/** A small B2B company with one marketer: the form's starting point. */
export const defaultProfile: Profile = {
	audiences: 2,
	products: 2,
	channels: 4,
	regions: 1,
	campaignsPerQuarter: 3,
	eventsPerYear: 6,
	salesTeamSize: 5,
	growthTargetPct: 20,
	aiTools: 1,
	executiveAlignment: 3,
	strategyDocumented: false,
	focusedGoals: true
};

/** The input name of an area's fractional support hours. */
export const supportField = (area: Area) => `support-${area}`;

export const supportFields = areas.map((area) => ({
	area,
	name: supportField(area),
	label: areaLabels[area]
}));

/** The form's text values for a profile, options and scenario (what an input shows). */
export function formValuesOf(
	profile: Profile,
	scenarioId: string | null,
	options: {
		targetRatio?: number;
		protectedPlanningHoursPerWeek?: number;
		support?: { area: Area; hoursPerWeek: number }[];
	},
	name = ''
): Record<string, string> {
	const values: Record<string, string> = { scenarioId: scenarioId ?? '', name };
	for (const f of numberFields) values[f.name] = String(profile[f.name]);
	for (const f of flagFields) if (profile[f.name]) values[f.name] = 'on';
	if (options.targetRatio !== undefined) values.targetRatio = String(options.targetRatio);
	if (options.protectedPlanningHoursPerWeek !== undefined)
		values.protectedPlanningHoursPerWeek = String(options.protectedPlanningHoursPerWeek);
	for (const s of options.support ?? []) values[supportField(s.area)] = String(s.hoursPerWeek);
	return values;
}
