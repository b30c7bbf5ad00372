import type { OwnerCapacity } from './capacity';
import { initiativeSchema, type Initiative, type InitiativeInput } from './schema';

/** Test helpers: an initiative with measurable defaults, and an owner with round figures. */
export const initiative = (over: Partial<InitiativeInput> & { id: string }): Initiative =>
	initiativeSchema.parse({
		title: `Initiative ${over.id}`,
		audienceId: 'enterprise',
		ownerSeatId: 'gtm-a',
		outcome: { metric: 'qualified pipeline (k€)', baseline: 100, target: 150, byDate: null },
		effortHoursPerWeek: 4,
		startWeek: 1,
		endWeek: 4,
		...over
	});

export const owner = (over: Partial<OwnerCapacity> = {}): OwnerCapacity => ({
	seatId: 'gtm-a',
	title: 'GTM Marketer',
	personName: 'Ana',
	plannedHoursPerWeek: 20,
	recurringHoursPerWeek: 8,
	planningHoursPerWeek: 0,
	freeHoursPerWeek: 8,
	hoursBeforeOverload: 12,
	limit: 2,
	...over
});
