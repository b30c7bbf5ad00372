import { z } from 'zod';
import { isoWeekSchema } from './schema';
import type { IsoWeek } from './weeks';

/** The product's default: at least one customer conversation a week. */
export const DEFAULT_WEEKLY_TARGET = 1;

/** Conversations wanted per ISO week, a whole number from 1 to 50. */
export const weeklyTargetSchema = z
	.number({ error: 'expected a number of conversations per week' })
	.int('expected a whole number')
	.min(1, 'must be at least 1')
	.max(50, 'must be at most 50');

/** A target that applies from week `from` on, until a later change. */
export const targetChangeSchema = z.strictObject({
	from: isoWeekSchema,
	target: weeklyTargetSchema
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

/** One target for every week, or a list of changes (weeks before the first use the default). */
export type CadenceTarget = number | readonly TargetChange[];

/**
 * The target (conversations/week) in force in each week. With a list of changes, the latest
 * change at or before the week wins; of two changes for the same week, the later one listed.
 */
export function targetAt(target: CadenceTarget): (week: IsoWeek) => number {
	if (typeof target === 'number') return () => target;
	const changes = target
		.map((change, index) => ({ ...change, index }))
		.sort((a, b) => (a.from === b.from ? a.index - b.index : a.from < b.from ? -1 : 1));
	return (week) =>
		changes.reduce(
			(found, change) => (change.from <= week ? change.target : found),
			DEFAULT_WEEKLY_TARGET
		);
}
