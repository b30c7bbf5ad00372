import type { Area } from '$lib/domain/catalogue/schema';
import { supportFields } from '$lib/domain/assessment/fields';
import { assessmentInputSchema, type AssessmentInput } from '$lib/server/assessment';
import { numberOf, profileFieldsOf } from '$lib/server/profile-form';
import { zodIssues } from '$lib/domain/shared/issues';

export type FormRead =
	{ ok: true; input: AssessmentInput } | { ok: false; issues: Record<string, string> };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

/** The form's field for an issue path of the input schema. */
function fieldOf(path: string, supportAreas: Area[]): string {
	const support = /^options\.support\[(\d+)\]/.exec(path);
	if (support) {
		const area = supportAreas[Number(support[1])];
		return area ? `support-${area}` : 'form';
	}
	const [head, field] = path.split('.');
	if ((head === 'profile' || head === 'options') && field) return field.split('[')[0]!;
	return head === 'scenarioId' || head === 'name' ? head : 'form';
}

/**
 * The assessment form as the input of a run: numbers from text boxes, ticks as true or false,
 * fractional support from the areas filled in. Errors come back by input name.
 */
export function readAssessmentForm(form: FormData): FormRead {
	const profile = profileFieldsOf(form);
	const supported = supportFields.filter((f) => text(form, f.name) !== '');
	const options = {
		targetRatio: numberOf(form.get('targetRatio')),
		protectedPlanningHoursPerWeek: numberOf(form.get('protectedPlanningHoursPerWeek')),
		support: supported.map((f) => ({ area: f.area, hoursPerWeek: numberOf(form.get(f.name)) }))
	};
	const name = text(form, 'name');
	const parsed = assessmentInputSchema.safeParse({
		profile,
		scenarioId: text(form, 'scenarioId') || null,
		options,
		...(name ? { name } : {})
	});
	if (parsed.success) {
		const support = parsed.data.options.support.filter((s) => s.hoursPerWeek > 0);
		return { ok: true, input: { ...parsed.data, options: { ...parsed.data.options, support } } };
	}
	const issues: Record<string, string> = {};
	const areas = supported.map((f) => f.area);
	for (const issue of zodIssues(parsed.error)) issues[fieldOf(issue.path, areas)] ??= issue.message;
	return { ok: false, issues };
}
