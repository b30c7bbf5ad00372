import { error } from '@sveltejs/kit';
import { readsEveryone } from '$lib/domain/access/conversations';
import { cadence } from '$lib/domain/conversations/cadence';
import { painMap } from '$lib/domain/conversations/pains';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { loading } from '$lib/server/forms';
import * as conversations from '$lib/server/store/conversations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const user = locals.user!;
		const now = new Date();
		const today = calendarDateOf(now);
		const view = await conversations.view(user, { audience: params.id }, now);
		const owner = view.owners.find((o) => o.audience.id === params.id);
		if (!owner)
			error(404, {
				code: 'not_found',
				message: `No audience "${params.id}" in the current scenario.`
			});
		// Admins and leaders read everyone's conversations; others only their own.
		const found = view.conversations;
		const everyone = readsEveryone(user);
		return {
			today,
			audience: owner.audience,
			seat: owner.seat && {
				id: owner.seat.id,
				title: owner.seat.title,
				personName: owner.seat.personName ?? null,
				linked: Boolean(owner.seat.memberEmail)
			},
			owner: owner.member && { id: owner.member.id, name: owner.member.name },
			isMine: owner.member?.id === user.id,
			everyone,
			conversations: found.slice(0, 50),
			total: found.length,
			painMap: painMap(found),
			cadence: cadence(found, { today, weeks: 13 }),
			audienceNames: { [owner.audience.id]: owner.audience.name },
			marketerNames: everyone
				? Object.fromEntries(view.members.map((m) => [m.id, m.name]))
				: { [user.id]: user.name }
		};
	});
