/** The product's areas in navigation order. */
export const areas = [
	{ slug: 'scenarios', label: 'Org' },
	{ slug: 'simulate', label: 'Simulate' },
	{ slug: 'assessments', label: 'Capacity' },
	{ slug: 'accountability', label: 'Accountability' },
	{ slug: 'roadmap', label: 'Roadmap' },
	{ slug: 'guardrails', label: 'Guardrails' },
	{ slug: 'workflows', label: 'Workflows' },
	{ slug: 'conversations', label: 'Conversations' },
	{ slug: 'catalogue', label: 'Catalogue' },
	{ slug: 'guide', label: 'Guide' }
] as const;
