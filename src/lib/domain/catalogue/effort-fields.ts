import type { Effort } from './effort';

/** The number fields of each effort kind, in hours per unit, with their labels. */
export const effortFields = {
	fixed: [['hours', 'Hours']],
	exponential: [['meanHours', 'Mean hours']],
	lognormal: [
		['medianHours', 'Median hours'],
		['p90Hours', 'p90 hours']
	],
	triangular: [
		['minHours', 'Minimum hours'],
		['modeHours', 'Most likely hours'],
		['maxHours', 'Maximum hours']
	]
} as const satisfies Record<Effort['kind'], readonly (readonly [string, string])[]>;
