/** What "Apply solo + fractional" changed: the support added and the ratios before and after. */
export interface Applied {
	addedHoursPerWeek: number;
	before: { compressionRatio: number; leadRatio: number };
	after: { compressionRatio: number; leadRatio: number };
}
