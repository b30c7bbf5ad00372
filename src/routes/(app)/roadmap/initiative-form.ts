import { dependencyLoop } from '$lib/domain/roadmap/rules';
import { CROSS_LANE } from '$lib/domain/roadmap/ownership';
import { initiativeSchema, type Initiative } from '$lib/domain/roadmap/schema';
import { zodIssues } from '$lib/domain/shared/issues';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const numberOrNull = (v: string) => (v === '' ? null : Number(v));
const numberOrUndefined = (v: string) => (v === '' ? undefined : Number(v));

/** A fresh id from the title: a slug plus a short random tail, unique enough per quarter. */
const newId = (title: string) =>
	`${
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'initiative'
	}-${Math.random().toString(36).slice(2, 7)}`;

/**
 * The side panel's fields as an initiative, checked by the same schema as the API; errors by
 * field name (`title`, `outcome.metric` …). `others` are the rest of the plan (for loops).
 */
export function readInitiative(
	form: FormData,
	id: string | null,
	others: readonly Initiative[]
): { initiative: Initiative | null; errors: Record<string, string> } {
	const lane = text(form, 'audienceId');
	const title = text(form, 'title');
	const parsed = initiativeSchema.safeParse({
		id: id ?? newId(title),
		title,
		audienceId: lane === CROSS_LANE ? null : lane,
		ownerSeatId: text(form, 'ownerSeatId'),
		outcome: {
			metric: text(form, 'outcome.metric'),
			baseline: numberOrNull(text(form, 'outcome.baseline')),
			target: numberOrNull(text(form, 'outcome.target')),
			byDate: text(form, 'outcome.byDate') || null
		},
		effortHoursPerWeek: numberOrUndefined(text(form, 'effortHoursPerWeek')),
		startWeek: numberOrUndefined(text(form, 'startWeek')),
		endWeek: numberOrUndefined(text(form, 'endWeek')),
		dependsOn: form.getAll('dependsOn').map(String),
		status: text(form, 'status') || 'planned'
	});
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of zodIssues(parsed.error)) errors[issue.path] ??= issue.message;
		return { initiative: null, errors };
	}
	const loop = dependencyLoop([...others, parsed.data]);
	if (loop)
		return {
			initiative: null,
			errors: { dependsOn: `a dependency loop: ${loop.join(' → ')}` }
		};
	return { initiative: parsed.data, errors: {} };
}
