import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { cadence } from '$lib/domain/conversations/cadence';
import { conversationRequestSchemaAsOf } from '$lib/domain/conversations/schema';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { zodIssues } from '$lib/domain/shared/issues';
import { splitPains } from '$lib/domain/conversations/pains';
import { AppError } from '$lib/server/errors';
import { formValues, loading } from '$lib/server/forms';
import * as conversations from '$lib/server/store/conversations';
import type { Actions, PageServerLoad } from './$types';

/** Suggestions come from this many of the member's latest conversations. */
const SUGGEST_FROM = 200;

/** Distinct values, most frequent first, then most recent. */
function suggestions(values: string[], limit: number): string[] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.map(([value]) => value)
		.slice(0, limit);
}

export const load: PageServerLoad = ({ locals }) =>
	loading(async () => {
		const user = locals.user!;
		const now = new Date();
		const today = calendarDateOf(now);
		const view = await conversations.view(user, { marketer: user.id, deleted: 'include' }, now);
		const scenario = view.scenario;
		const mine = view.conversations.filter((c) => c.deletedAt === null);
		const deleted = view.conversations.filter((c) => c.deletedAt !== null);
		const owned = view.owners.filter((o) => o.member?.id === user.id);
		const recent = mine.slice(0, SUGGEST_FROM);
		return {
			today,
			hasCurrentScenario: scenario !== null,
			audiences: owned.map(({ audience, seat }) => ({
				id: audience.id,
				name: audience.name,
				segment: audience.segment,
				products: audience.products,
				seatTitle: seat?.title ?? ''
			})),
			/** Names of every audience of the current scenario, for conversations logged earlier. */
			audienceNames: Object.fromEntries((scenario?.audiences ?? []).map((a) => [a.id, a.name])),
			cadence: cadence(mine, { today, weeks: 13, marketerId: user.id }),
			recent: mine.slice(0, 20),
			total: mine.length,
			deleted: deleted.map((c) => ({ ...c, restorableUntil: conversations.restorableUntil(c)! })),
			suggest: {
				companies: suggestions(
					recent.map((c) => c.company),
					40
				),
				pains: suggestions(
					recent.flatMap((c) => c.pains),
					12
				),
				products: suggestions(
					[...owned.flatMap((o) => o.audience.products), ...recent.flatMap((c) => c.product ?? [])],
					40
				)
			}
		};
	});

/** A refusal shown next to the form it came from: 'log' or the id of the conversation. */
const refuse = (
	status: number,
	target: string,
	form: FormData,
	message: string,
	issues: { path: string; message: string }[] = []
) =>
	fail(status, {
		target,
		message,
		issues: Object.fromEntries(issues.map((i) => [i.path.split(/[.[]/)[0] || 'form', i.message])),
		values: formValues(form)
	});

const fieldsOf = (form: FormData) => {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	return {
		date: text('date'),
		audienceId: text('audienceId'),
		company: text('company'),
		contactRole: text('contactRole'),
		type: text('type'),
		pains: splitPains(text('pains') ?? ''),
		product: text('product'),
		quote: text('quote'),
		link: text('link'),
		notes: text('notes')
	};
};

const target = z.object({
	id: z.string().min(1),
	version: z.coerce.number().int().min(1)
});

/** Runs a store call for one form; a refusal the member can act on goes back to that form. */
async function run<T>(where: string, form: FormData, fn: () => Promise<T>) {
	try {
		return await fn();
	} catch (err) {
		if (!(err instanceof AppError)) throw err;
		const marked = err.status === 400 && err.issues.length > 0;
		return refuse(
			err.status,
			where,
			form,
			marked ? 'Please correct the fields marked below.' : err.message,
			err.issues
		);
	}
}

const read = (form: FormData, where: string) => {
	const parsed = conversationRequestSchemaAsOf(calendarDateOf(new Date())).safeParse(
		fieldsOf(form)
	);
	return parsed.success
		? { input: parsed.data }
		: {
				failure: refuse(
					400,
					where,
					form,
					'Please correct the fields marked below.',
					zodIssues(parsed.error)
				)
			};
};

export const actions: Actions = {
	log: async ({ request, locals }) => {
		const form = await request.formData();
		const { input, failure } = read(form, 'log');
		if (failure) return failure;
		return run('log', form, async () => {
			const saved = await conversations.create(locals.user!, input);
			return { target: 'log', done: 'logged', company: saved.company, id: saved.id };
		});
	},
	update: async ({ request, locals }) => {
		const form = await request.formData();
		const which = target.safeParse(Object.fromEntries(form));
		if (!which.success)
			return refuse(400, 'log', form, 'The form lost its conversation; reload the page.');
		const { input, failure } = read(form, which.data.id);
		if (failure) return failure;
		return run(which.data.id, form, async () => {
			const saved = await conversations.update(
				locals.user!,
				which.data.id,
				input,
				which.data.version
			);
			return { target: saved.id, done: 'updated', company: saved.company, id: saved.id };
		});
	},
	delete: async ({ request, locals }) => {
		const form = await request.formData();
		const which = target.safeParse(Object.fromEntries(form));
		if (!which.success)
			return refuse(400, 'list', form, 'The form lost its conversation; reload the page.');
		return run('list', form, async () => {
			const gone = await conversations.remove(locals.user!, which.data.id, which.data.version);
			return { target: 'list', done: 'deleted', company: gone.company, id: gone.id };
		});
	},
	restore: async ({ request, locals }) => {
		const form = await request.formData();
		const which = target.safeParse(Object.fromEntries(form));
		if (!which.success)
			return refuse(400, 'list', form, 'The form lost its conversation; reload the page.');
		return run('list', form, async () => {
			const back = await conversations.restore(locals.user!, which.data.id, which.data.version);
			return { target: 'list', done: 'restored', company: back.company, id: back.id };
		});
	}
};
