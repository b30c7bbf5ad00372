import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	can,
	canDeleteScenario,
	canEditScenario,
	canShareScenario
} from '$lib/domain/access/permissions';
import { publishSchema } from '$lib/domain/scenario/requests';
import { attempt, isFailure, loading, parseForm } from '$lib/server/forms';
import * as members from '$lib/server/store/members';
import * as scenarioHistory from '$lib/server/store/scenario-history';
import * as scenarios from '$lib/server/store/scenarios';
import * as shareLinks from '$lib/server/store/share-links';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const mayShare = canShareScenario(user, scenario);
	const link = mayShare ? await shareLinks.status(user, scenario.id) : null;
	// The design itself is fetched once from the API after first paint: serialising 10,000 seats
	// into the HTML cost more server time than the whole page (README, "Performance").
	const { id, name, structure, status, visibility, authorId, version } = scenario;
	return {
		scenario: {
			id,
			name,
			structure,
			status,
			visibility,
			authorId,
			version,
			seatCount: scenario.seats.length
		},
		authorName: (await members.get(scenario.authorId))?.name ?? 'former member',
		revisions: await scenarioHistory.history(user, scenario.id),
		memberEmails: user.role === 'admin' ? (await members.list()).map((m) => m.email) : [],
		linkCreatedAt: link?.createdAt ?? null,
		may: {
			share: scenario.visibility === 'private' && mayShare,
			link: mayShare,
			publish: scenario.status !== 'current' && can(user, 'scenarios.publish'),
			remove: canDeleteScenario(user, scenario),
			edit: canEditScenario(user, scenario),
			duplicate: can(user, 'scenarios.create')
		}
	};
};

type Event = Parameters<Actions[string]>[0];

/** A form action that runs one repository verb for this scenario and reloads the page. */
const act =
	(verb: (user: NonNullable<App.Locals['user']>, id: string) => Promise<unknown>) =>
	async ({ request, locals, params }: Event) => {
		const form = await request.formData();
		const done = await attempt(form, () => verb(locals.user!, params.id!));
		return isFailure(done) ? done : { done: true };
	};

const restoreForm = z.strictObject({
	version: z.coerce.number().int().min(1),
	expectedVersion: z.coerce.number().int().min(1)
});

export const actions: Actions = {
	share: act(scenarios.share),
	publish: async ({ request, locals, params }) => {
		const form = await request.formData();
		const input = parseForm(publishSchema, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const done = await attempt(form, () => scenarios.publish(locals.user!, params.id, input.note));
		return isFailure(done) ? done : { published: true };
	},
	link: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const token = await attempt(form, () => shareLinks.create(locals.user!, params.id));
		return isFailure(token) ? token : { shareUrl: `${url.origin}/shared/${token}` };
	},
	unlink: act(shareLinks.revoke),
	restore: async ({ request, locals, params }) => {
		const form = await request.formData();
		const input = parseForm(restoreForm, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const done = await attempt(form, () =>
			scenarioHistory.restore(locals.user!, params.id, input.version, input.expectedVersion)
		);
		return isFailure(done) ? done : { restored: input.version };
	},
	duplicate: async ({ request, locals, params }) => {
		const form = await request.formData();
		const copy = await attempt(form, () => scenarios.duplicate(locals.user!, params.id));
		if (isFailure(copy)) return copy;
		redirect(303, `/scenarios/${copy.id}`);
	},
	remove: async ({ request, locals, params }) => {
		const form = await request.formData();
		const done = await attempt(form, () => scenarios.remove(locals.user!, params.id));
		if (isFailure(done)) return done;
		redirect(303, '/scenarios');
	}
};
