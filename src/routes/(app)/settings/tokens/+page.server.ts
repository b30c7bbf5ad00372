import { z } from 'zod';
import { tokenRequestSchema } from '$lib/domain/access/schema';
import { attempt, isFailure, parseForm } from '$lib/server/forms';
import * as tokens from '$lib/server/store/tokens';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	tokens: await tokens.listFor(locals.user!.id)
});

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const input = parseForm(tokenRequestSchema, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const created = await attempt(form, () => tokens.create(locals.user!.id, input.name));
		if (isFailure(created)) return created;
		return { created: { name: created.token.name, secret: created.secret } };
	},
	revoke: async ({ request, locals }) => {
		const form = await request.formData();
		const input = parseForm(
			z.strictObject({ id: z.string().min(1) }),
			Object.fromEntries(form),
			form
		);
		if (isFailure(input)) return input;
		const revoked = await attempt(form, () => tokens.revoke(locals.user!.id, input.id));
		if (isFailure(revoked)) return revoked;
		return { revoked: true };
	}
};
