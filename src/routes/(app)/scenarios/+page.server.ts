import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { can } from '$lib/domain/access/permissions';
import { fromStarterSchema } from '$lib/domain/scenario/requests';
import { attempt, isFailure, loading, parseForm } from '$lib/server/forms';
import { getStarter, loadStarters } from '$lib/server/models';
import * as scenarios from '$lib/server/store/scenarios';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	return {
		scenarios: await loading(() => scenarios.list(user)),
		canCreate: can(user, 'scenarios.create'),
		starters: loadStarters().map((s) => ({
			id: s.id,
			label: s.label,
			summary: s.summary,
			seats: s.design.seats.length
		}))
	};
};

const createForm = fromStarterSchema.extend({
	name: z
		.string()
		.trim()
		.max(120)
		.optional()
		.transform((n) => n || undefined)
});

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const input = parseForm(createForm, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const design = getStarter(input.from)!.design;
		const created = await attempt(form, () =>
			scenarios.create(locals.user!, { ...design, name: input.name ?? design.name })
		);
		if (isFailure(created)) return created;
		redirect(303, `/scenarios/${created.id}`);
	}
};
