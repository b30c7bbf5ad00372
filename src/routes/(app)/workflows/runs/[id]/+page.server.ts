import { fail } from '@sveltejs/kit';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { eventBodyOf } from '$lib/domain/workflow/event-form';
import { timelineLayout } from '$lib/domain/workflow/timeline';
import { attempt, formValues, isFailure, loading } from '$lib/server/forms';
import * as runs from '$lib/server/store/runs';
import type { Actions, PageServerLoad } from './$types';

/** A run: timeline (critical path marked), steps, approvals, escalations and decisions. */
export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const detail = await runs.detail(locals.user!, params.id);
		const today = calendarDateOf(new Date());
		const timeline = timelineLayout(
			detail.run.steps,
			new Set(detail.run.critical),
			detail.run.brief.launchDate,
			today
		);
		return { ...detail, timeline, today };
	});

export const actions: Actions = {
	/** One event from a button or small form: type, stepId, version and its fields. */
	event: async ({ request, locals, params }) => {
		const form = await request.formData();
		const { version, body } = eventBodyOf(formValues(form));
		if (!version)
			return fail(400, { message: 'Reload the page: the form lost the run version.', issues: {} });
		const sent = await attempt(form, () => runs.send(locals.user!, params.id, version, body));
		if (isFailure(sent)) return sent;
		return { done: sent.decision?.decision ?? `${body.type} recorded.` };
	}
};
