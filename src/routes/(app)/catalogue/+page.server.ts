import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { activityIdSchema } from '$lib/domain/catalogue/schema';
import { loadCatalogue } from '$lib/server/catalogue';
import { AppError, forbidden } from '$lib/server/errors';
import { formValues, loading } from '$lib/server/forms';
import * as catalogueOverrides from '$lib/server/store/catalogue-overrides';
import { withOverrides } from '$lib/server/workspace-library';
import { fieldErrors, overrideFromForm, type FieldErrors } from './activity-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) =>
	loading(async () => {
		const record = await catalogueOverrides.get();
		const defaults = loadCatalogue();
		return {
			activities: withOverrides(defaults, record.overrides).activities,
			defaults: defaults.activities.filter((a) => record.overrides[a.id]),
			overrides: record.overrides,
			version: record.version,
			updatedAt: record.updatedAt,
			canEdit: locals.user!.role === 'admin'
		};
	});

const target = z.object({ id: activityIdSchema, version: z.coerce.number().int().min(1) });
type Change = (id: string, version: number, form: FormData) => Promise<FieldErrors | undefined>;

/** Runs one admin change to an activity's override; a refusal goes back to that activity's form. */
async function change(request: Request, locals: App.Locals, done: 'saved' | 'reset', run: Change) {
	const form = await request.formData();
	const parsed = target.safeParse(Object.fromEntries(form));
	const id = parsed.success ? parsed.data.id : null;
	const refuse = (status: number, message: string, issues: FieldErrors) =>
		fail(status, { activityId: id, message, issues, values: formValues(form) });
	try {
		if (locals.user?.role !== 'admin') throw forbidden('Only admins can change the catalogue.');
		if (!parsed.success) return refuse(400, 'The form lost its activity; reload the page.', {});
		const errors = await run(parsed.data.id, parsed.data.version, form);
		if (errors) return refuse(400, 'Please correct the fields marked below.', errors);
		return { activityId: id, done };
	} catch (err) {
		if (!(err instanceof AppError)) throw err;
		const errors = id ? fieldErrors(id, err.issues) : {};
		const marked = err.status === 400 && Object.keys(errors).some((k) => k !== 'form');
		return refuse(
			err.status,
			marked ? 'Please correct the fields marked below.' : err.message,
			errors
		);
	}
}

export const actions: Actions = {
	save: ({ request, locals }) =>
		change(request, locals, 'saved', async (id, version, form) => {
			const base = loadCatalogue().activities.find((a) => a.id === id);
			if (!base) return { form: `No activity "${id}" in the catalogue.` };
			const existing = (await catalogueOverrides.get()).overrides[id];
			const read = overrideFromForm(form, base, existing);
			if ('errors' in read) return read.errors;
			await catalogueOverrides.setActivity(locals.user!, id, read.override, version);
		}),
	reset: ({ request, locals }) =>
		change(request, locals, 'reset', async (id, version) => {
			await catalogueOverrides.setActivity(locals.user!, id, null, version);
		})
};
