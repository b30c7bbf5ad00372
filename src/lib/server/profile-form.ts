import { flagFields, numberFields } from '$lib/domain/assessment/fields';
import { profileSchema, type Profile } from '$lib/domain/assessment/profile';
import { zodIssues } from '$lib/domain/shared/issues';

/** A text box's number: blank is missing, text that is no number stays text (the schema says so). */
export function numberOf(value: FormDataEntryValue | null): unknown {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value.trim());
	return Number.isFinite(n) ? n : value.trim();
}

/** The company profile fields of a form as the schema reads them (numbers, ticks as booleans). */
export function profileFieldsOf(form: FormData): Record<string, unknown> {
	const profile: Record<string, unknown> = {};
	for (const f of numberFields) profile[f.name] = numberOf(form.get(f.name));
	for (const f of flagFields) profile[f.name] = form.get(f.name) === 'on';
	return profile;
}

/** The form's company profile, or its errors by input name (e.g. `channels: must be at most 50`). */
export function readProfileForm(
	form: FormData
): { ok: true; profile: Profile } | { ok: false; issues: Record<string, string> } {
	const parsed = profileSchema.safeParse(profileFieldsOf(form));
	if (parsed.success) return { ok: true, profile: parsed.data };
	const issues: Record<string, string> = {};
	for (const issue of zodIssues(parsed.error))
		issues[issue.path.split('[')[0] || 'form'] ??= issue.message;
	return { ok: false, issues };
}
