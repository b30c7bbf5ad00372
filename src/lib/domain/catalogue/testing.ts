import type { Activity } from './schema';

/** A valid activity; tests change one thing at a time. */
export const activity = (over: Partial<Activity> = {}): Activity => ({
	id: 'blog-post-draft',
	name: 'Blog post draft',
	area: 'content-strategy-and-creation',
	scope: 'audience',
	craft: 'content',
	unit: 'blog post',
	effortHours: { kind: 'lognormal', medianHours: 3.8, p90Hours: 8 },
	aiShare: [0, 0.25, 0.4, 0.5],
	drivers: [{ per: 'campaign', unitsPer: 3 }],
	sources: [
		{ field: 'effortHours', note: 'Orbit Media blogger survey', grade: 'medium' },
		{ field: 'aiShare', note: 'Assumption: drafting is partly absorbed', grade: 'assumption' },
		{ field: 'drivers', note: 'Assumption: three posts per campaign', grade: 'assumption' }
	],
	...over
});
