import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { can } from '$lib/domain/access/permissions';
import { blankDesign, starterIds } from '$lib/domain/scenario/starter';
import { attempt, isFailure, loading, parseForm } from '$lib/server/forms';
import { getStarter, loadStarters } from '$lib/server/models';
import * as scenarios from '$lib/server/store/scenarios';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	return {
		scenarios: await loading(() => scenarios.list(user)),
		canCreate: can(user, 'scenarios.create'),
		starters: [
			...loadStarters().map((s) => ({
				id: s.id,
				label: s.label,
				summary: s.summary,
				seats: s.design.seats.length
			})),
			{
				id: 'blank',
				label: 'Blank',
				summary: 'One seat at the top of the chart: build the rest yourself.',
				seats: 1
			}
		]
	};
};

const createForm = z.strictObject({
	from: z.enum([...starterIds, 'blank'], { error: 'choose a starter or Blank' }),
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
		const design = input.from === 'blank' ? blankDesign() : getStarter(input.from)!.design;
		const created = await attempt(form, () =>
			scenarios.create(locals.user!, { ...design, name: input.name ?? design.name })
		);
		if (isFailure(created)) return created;
		redirect(303, `/scenarios/${created.id}`);
	}
};
