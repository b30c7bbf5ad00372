import { z } from 'zod';
import { formatPath, zodIssues, type Issue } from '../shared/issues';
import {
	activityFields,
	activityIdSchema,
	catalogueSchema,
	covers,
	sourcedFields,
	type Activity,
	type Catalogue,
	type SourceNote
} from './schema';

/** A workspace's changes to one activity: any field but the id, each optional. */
export const activityOverrideSchema = activityFields.omit({ id: true }).partial();
export type ActivityOverride = z.input<typeof activityOverrideSchema>;

/** A workspace's overrides, keyed by activity id. */
export const overridesSchema = z.record(activityIdSchema, activityOverrideSchema);
export type Overrides = z.input<typeof overridesSchema>;

/** An override names an activity the catalogue does not have. */
export class UnknownActivityError extends Error {
	readonly activityId: string;

	constructor(activityId: string) {
		super(
			`${formatPath(['overrides', activityId])}: no activity with id "${activityId}" in the catalogue`
		);
		this.name = 'UnknownActivityError';
		this.activityId = activityId;
	}
}

/** Overrides are malformed or make an activity invalid; paths read `overrides["<id>"].<field>`. */
export class InvalidOverrideError extends Error {
	readonly issues: Issue[];

	constructor(issues: Issue[]) {
		super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
		this.name = 'InvalidOverrideError';
		this.issues = issues;
	}
}

/** The note an overridden value gets when the override brings none of its own. */
export const overrideNote = (field: string): SourceNote => ({
	field,
	note: 'Workspace override of the catalogue default; no source given.',
	grade: 'assumption'
});

function apply(activity: Activity, override: z.output<typeof activityOverrideSchema>): Activity {
	const { sources: given = [], ...values } = override;
	const changed = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined);
	const replaced = [...changed, ...given.map((s) => s.field)];
	const kept = activity.sources.filter((s) => !replaced.some((f) => covers(s, f)));
	const unsourced = changed.filter(
		(f) => sourcedFields.includes(f) && !given.some((s) => covers(s, f))
	);
	return {
		...activity,
		...Object.fromEntries(changed.map((k) => [k, values[k as keyof typeof values]])),
		sources: [...kept, ...given, ...unsourced.map(overrideNote)]
	};
}

/**
 * The catalogue with a workspace's overrides applied, without changing either argument. An
 * overridden value replaces the default whole (a new `effortHours` replaces the distribution) and
 * the default's source notes; a value overridden without a note of its own is marked as a
 * workspace assumption, so every value stays sourced. Throws UnknownActivityError for an id the
 * catalogue lacks and InvalidOverrideError when an override or the merged activity is invalid.
 */
export function mergeOverrides(catalogue: Catalogue, overrides: Overrides): Catalogue {
	const parsed = z.object({ overrides: overridesSchema }).safeParse({ overrides });
	if (!parsed.success) throw new InvalidOverrideError(zodIssues(parsed.error));
	const byId = new Map(catalogue.activities.map((a) => [a.id, a]));
	const unknown = Object.keys(parsed.data.overrides).find((id) => !byId.has(id));
	if (unknown !== undefined) throw new UnknownActivityError(unknown);
	const merged = {
		version: catalogue.version,
		activities: catalogue.activities.map((a) => {
			const override = parsed.data.overrides[a.id];
			return override ? apply(a, override) : a;
		})
	};
	const checked = catalogueSchema.safeParse(structuredClone(merged));
	if (checked.success) return checked.data;
	throw new InvalidOverrideError(
		checked.error.issues.map((issue) => {
			const [, index, ...rest] = issue.path;
			const id = catalogue.activities[index as number]?.id ?? String(index);
			return { path: formatPath(['overrides', id, ...rest]), message: issue.message };
		})
	);
}
