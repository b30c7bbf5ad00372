import { fail } from '@sveltejs/kit';
import { canApprovePolicy, canEditChecklist, canEditPolicyRow } from '$lib/domain/access/policy';
import { approveSchema, type Policy } from '$lib/domain/policy/schema';
import { zodIssues } from '$lib/domain/shared/issues';
import { attempt, formValues, loading } from '$lib/server/forms';
import { defaultReadingLevel, policyContext } from '$lib/server/policy';
import { effectPanel } from '$lib/server/policy-effect';
import * as brand from '$lib/server/store/brand';
import { streamed } from '$lib/server/streamed';
import * as policies from '$lib/server/store/policy';
import * as scenarios from '$lib/server/store/scenarios';
import { checklistFromForm, ruleFromForm, ruleFormSchema, versionSchema } from './rule-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) =>
	loading(async () => {
		const user = locals.user!;
		const ctx = await policyContext();
		const [state, current, layers] = await Promise.all([
			policies.get(user, ctx),
			scenarios.current(user),
			brand.list(user, defaultReadingLevel())
		]);
		const activities = ctx.catalogue.activities.map(({ id, name, craft, area }) => ({
			id,
			name,
			craft,
			area
		}));
		return {
			state,
			effect: streamed(() => effectPanel(user, current, state.policy)),
			activities,
			editable: activities
				.filter((a) => canEditPolicyRow(user, a.craft, state.crafts))
				.map((a) => a.id),
			seats: (current?.seats ?? []).map(({ id, title }) => ({ id, title })),
			layers: layers.map((l) => ({ audience: l.audience, updatedAt: l.updatedAt })),
			canApprove: canApprovePolicy(user),
			canEditChecklist: canEditChecklist(user)
		};
	});

/** Saves `next` as the draft; a refusal goes back to the form that sent it. */
async function saveDraft(
	locals: App.Locals,
	form: FormData,
	target: string,
	next: (p: Policy) => Policy
) {
	const version = versionSchema.safeParse(form.get('version'));
	if (!version.success)
		return fail(400, {
			target,
			message: 'The form lost its version; reload the page.',
			issues: {},
			values: formValues(form)
		});
	const ctx = await policyContext();
	const result = await attempt(form, async () => {
		const { policy } = await policies.get(locals.user!, ctx);
		await policies.update(locals.user!, next(policy), version.data, ctx);
		return { target, saved: true };
	});
	return 'saved' in result ? result : fail(result.status, { ...result.data, target });
}

export const actions: Actions = {
	rule: async ({ request, locals }) => {
		const form = await request.formData();
		const parsed = ruleFormSchema.safeParse(ruleFromForm(form));
		const target = `rule-${String(form.get('activityId'))}`;
		if (!parsed.success)
			return fail(400, {
				target,
				message: 'Please correct the fields marked below.',
				issues: Object.fromEntries(
					zodIssues(parsed.error).map((i) => [i.path.split(/[.[]/)[0], i.message])
				),
				values: formValues(form)
			});
		return saveDraft(locals, form, target, (policy) => ({
			...policy,
			rules: policy.rules.map((r) => (r.activityId === parsed.data.activityId ? parsed.data : r))
		}));
	},
	checklist: async ({ request, locals }) => {
		const form = await request.formData();
		return saveDraft(locals, form, 'checklist', (policy) => {
			const checklist = checklistFromForm(form, policy.checklist) as Policy['checklist'];
			const ids = new Set(checklist.map((i) => i.id));
			const rules = policy.rules.map((r) => ({
				...r,
				checklist: r.checklist.filter((id) => ids.has(id))
			}));
			return { checklist, rules };
		});
	},
	approve: async ({ request, locals }) => {
		const form = await request.formData();
		const parsed = approveSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success)
			return fail(400, {
				target: 'approve',
				message: zodIssues(parsed.error)
					.map((i) => `${i.path}: ${i.message}`)
					.join('; '),
				issues: {},
				values: formValues(form)
			});
		const result = await attempt(form, async () => {
			const state = await policies.approve(
				locals.user!,
				parsed.data.note,
				parsed.data.version,
				await policyContext()
			);
			return { target: 'approve', approved: state.approved!.number };
		});
		return 'approved' in result
			? result
			: fail(result.status, { ...result.data, target: 'approve' });
	}
};
