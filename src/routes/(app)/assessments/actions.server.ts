import { fail } from '@sveltejs/kit';
import { withSupport, type Report } from '$lib/domain/assessment/report';
import type { Support } from '$lib/domain/assessment/schema';
import { supportField, supportFields } from '$lib/domain/assessment/fields';
import type { Applied } from '$lib/domain/assessment/applied';
import { runAssessment, type AssessmentInput, type RunResult } from '$lib/server/assessment';
import { attempt, formValues } from '$lib/server/forms';
import { canCreateAssessment } from '$lib/server/store/assessments';
import { setProfile } from '$lib/server/store/workspace';
import { forbidden } from '$lib/server/errors';
import { readAssessmentForm } from './assessment-form.server';

const leadRatio = (r: Report) => Math.max(0, ...r.seats.filter((s) => s.lead).map((s) => s.ratio));
const ratios = (r: Report) => ({ compressionRatio: r.compressionRatio, leadRatio: leadRatio(r) });

function withSupportValues(values: Record<string, string>, support: Support[]) {
	const next = { ...values };
	for (const f of supportFields) delete next[f.name];
	for (const s of support) next[supportField(s.area)] = String(s.hoursPerWeek);
	return next;
}

/** The form read and checked, or the failure to show; only admins and leaders run assessments. */
export async function readRun(request: Request, user: App.Locals['user']) {
	const form = await request.formData();
	const values = formValues(form);
	if (!user || !canCreateAssessment(user))
		return {
			form,
			failure: fail(403, {
				message: 'Only admins and leaders run capacity assessments.',
				issues: {},
				values
			})
		};
	const read = readAssessmentForm(form);
	if (!read.ok)
		return {
			form,
			failure: fail(400, {
				message: 'Please correct the fields marked below.',
				issues: read.issues,
				values
			})
		};
	return { form, input: read.input, values, user };
}

/** Runs the form's assessment; with `apply`, again with the proposed fractional support added. */
export async function runAction(request: Request, user: App.Locals['user'], apply: boolean) {
	const read = await readRun(request, user);
	if (read.failure) return read.failure;
	return attempt(read.form, async () => {
		const first: RunResult = await runAssessment(read.user, read.input);
		if (!apply) return { ...first, values: read.values, applied: undefined as Applied | undefined };
		const support = withSupport(read.input.options.support, first.report.fractionalHoursPerWeek);
		const input: AssessmentInput = { ...read.input, options: { ...read.input.options, support } };
		const after = await runAssessment(read.user, input);
		const applied: Applied = {
			addedHoursPerWeek: first.report.fractionalHoursPerWeek.reduce(
				(t, s) => t + s.hoursPerWeek,
				0
			),
			before: ratios(first.report),
			after: ratios(after.report)
		};
		return {
			...after,
			values: withSupportValues(read.values, support),
			applied,
			preview: true as const
		};
	});
}

/**
 * Saves the form's company profile as the workspace's (admins; `profileVersion` is the version
 * read, else 409). Simulations of scenarios without their own profile then use it.
 */
export async function saveProfileAction(request: Request, user: App.Locals['user']) {
	const form = await request.formData();
	const values = formValues(form);
	const read = readAssessmentForm(form);
	if (!read.ok)
		return fail(400, {
			message: 'Please correct the fields marked below.',
			issues: read.issues,
			values
		});
	return attempt(form, async () => {
		if (!user) throw forbidden('Only admins can change the company profile.');
		const version = Number(form.get('profileVersion'));
		const saved = await setProfile(user, read.input.profile, version);
		return { values, profileSaved: saved.version };
	});
}
