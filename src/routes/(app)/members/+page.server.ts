import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/permissions';
import {
	inviteSchema,
	memberIdSchema,
	memberRoleSchema,
	memberVersionSchema
} from '$lib/domain/access/schema';
import { attempt, isFailure, parseForm } from '$lib/server/forms';
import * as members from '$lib/server/store/members';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!can(locals.user!, 'members.read'))
		error(403, { code: 'forbidden', message: 'Only admins and leaders can see the member list.' });
	return {
		members: await members.list(),
		canInvite: can(locals.user!, 'members.invite'),
		canManage: can(locals.user!, 'members.manage'),
		me: locals.user!.id
	};
};

const roleForm = memberRoleSchema.extend({ id: memberIdSchema });
const removeForm = memberVersionSchema.extend({ id: memberIdSchema });

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		const form = await request.formData();
		const input = parseForm(inviteSchema, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const invited = await attempt(form, () => members.invite(locals.user!, input));
		if (isFailure(invited)) return invited;
		return {
			invited: { name: invited.member.name, link: `${url.origin}/invite/${invited.inviteToken}` }
		};
	},
	role: async ({ request, locals }) => {
		const form = await request.formData();
		const input = parseForm(roleForm, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const done = await attempt(form, () =>
			members.changeRole(locals.user!, input.id, input.role, input.version)
		);
		return isFailure(done) ? done : { changed: `${done.name} is now ${done.role}.` };
	},
	remove: async ({ request, locals }) => {
		const form = await request.formData();
		const input = parseForm(removeForm, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const done = await attempt(form, () => members.remove(locals.user!, input.id, input.version));
		return isFailure(done) ? done : { changed: 'The member was removed and signed out.' };
	}
};
