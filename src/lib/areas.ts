/** The product's areas in navigation order; `ready` marks the ones built so far. */
export const areas = [
	{
		slug: 'scenarios',
		label: 'Org',
		ready: true,
		summary: 'Design the marketing org as scenarios and compare them.'
	},
	{
		slug: 'simulate',
		label: 'Simulate',
		ready: true,
		summary:
			'Put a number on the hand-off tax: a simulated quarter of work flowing through a scenario, with lead times, utilisation and the hours lost between people.'
	},
	{
		slug: 'assessments',
		label: 'Capacity',
		ready: true,
		summary:
			'Check whether one marketer or a small team can carry the scope you expect, area by area, and what to change when they cannot.'
	},
	{
		slug: 'accountability',
		label: 'Accountability',
		ready: true,
		summary:
			'Who is responsible, accountable, consulted and informed for each activity and audience, with a health check for legacy patterns.'
	},
	{
		slug: 'roadmap',
		label: 'Roadmap',
		ready: true,
		summary:
			'Quarterly lanes per audience with measurable outcomes and a limit on concurrent initiatives that comes from capacity.'
	},
	{
		slug: 'guardrails',
		label: 'Guardrails',
		ready: true,
		summary:
			'The AI guardrail policy and brand layer: what AI may do per activity, on which data, and who reviews it.'
	},
	{
		slug: 'workflows',
		label: 'Workflows',
		ready: true,
		summary:
			'Campaign templates and runs with phases, owners, review gates, escalations and a decision log.'
	},
	{
		slug: 'conversations',
		label: 'Conversations',
		ready: true,
		summary:
			'Weekly customer conversations per GTM marketer and audience, streaks and the pain-to-product map.'
	},
	{
		slug: 'catalogue',
		label: 'Catalogue',
		ready: true,
		summary:
			'The activity catalogue: effort per unit, the share AI absorbs and the craft of each piece of marketing work, with sources, overridable per workspace.'
	},
	{
		slug: 'guide',
		label: 'Guide',
		ready: true,
		summary: 'The models explained, the hand-off tax and a glossary.'
	}
] as const;

export type Area = (typeof areas)[number];
export const upcomingAreas = areas.filter((a) => !a.ready);
