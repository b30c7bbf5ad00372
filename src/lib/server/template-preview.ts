import type { Actor } from '$lib/domain/access/schema';
import { applyPolicy } from '$lib/domain/policy/simulation';
import { designOf } from '$lib/domain/scenario/schema';
import { runSimulation, SimulationInputError } from '$lib/domain/simulation/run';
import { HOURS_PER_DAY } from '$lib/domain/simulation/summary';
import type { WorkflowTemplate } from '$lib/domain/workflow/schema';
import { checkTemplate } from '$lib/domain/workflow/template-edit';
import {
	PREVIEW_RUN,
	previewTemplate,
	type PreviewAnswer
} from '$lib/domain/workflow/template-preview';
import { invalid, notFound } from './errors';
import * as accountability from './store/accountability';
import * as policies from './store/policy';
import * as scenarios from './store/scenarios';
import { workspaceLibraryWithoutPolicy } from './workspace-library';

/**
 * Template `id` resolved against the workspace's current scenario for `audienceId` (else its
 * first audience; an id the scenario lacks is a 400 naming `audienceId`): who
 * does and reviews each step, the hand-offs, and its simulated lead time with every other
 * template as the workspace uses it (PREVIEW_RUN). `draft`, when given, stands in for the saved
 * template: it is checked like a save (400 naming the field) and nothing is stored.
 */
export async function previewOf(
	actor: Actor,
	id: string,
	draft?: unknown,
	audienceId?: string
): Promise<PreviewAnswer> {
	const [library, approved, current] = await Promise.all([
		workspaceLibraryWithoutPolicy(),
		policies.approvedPolicy(),
		scenarios.current(actor)
	]);
	const saved = library.templates.find((t) => t.id === id);
	if (!saved) throw notFound('Template');
	let template: WorkflowTemplate = saved;
	if (draft !== undefined) {
		const checked = checkTemplate(draft, id, new Set(library.activities.map((a) => a.id)));
		if (!checked.ok)
			throw invalid(`${checked.issues[0]!.path}: ${checked.issues[0]!.message}`, checked.issues);
		template = checked.template;
	}
	const audiences = (current?.audiences ?? []).map((a) => ({ id: a.id, name: a.name }));
	const audience = audienceId ? audiences.find((a) => a.id === audienceId) : audiences[0];
	if (audienceId && !audience)
		throw invalid(`audienceId: expected one of ${audiences.map((a) => a.id).join(', ')}`, [
			{ path: 'audienceId', message: `expected one of ${audiences.map((a) => a.id).join(', ')}` }
		]);
	if (!current || !audience) return { kind: 'none' };
	const design = designOf(current);
	const templates = library.templates.map((t) => (t.id === id ? template : t));
	const gated = approved ? applyPolicy(library.activities, templates, approved) : null;
	const preview = previewTemplate(
		template,
		design,
		audience.id,
		library.activities,
		library.demand.ownerWork,
		approved ? { policy: approved, activities: library.activities } : undefined
	);
	const answer = {
		kind: 'preview' as const,
		scenario: current.name,
		audience: audience.name,
		audienceId: audience.id,
		audiences,
		preview
	};
	try {
		const overrides = await accountability.get(actor, current.id);
		const report = runSimulation(
			{ scenario: design, run: PREVIEW_RUN, accountabilityOverrides: overrides.overrides },
			{ ...library, ...(gated ?? { templates }) }
		);
		const mine = report.templates.find((t) => t.templateId === id);
		if (!mine || mine.completedItems === 0)
			return {
				...answer,
				leadTime: null,
				leadTimeNote: 'no run of this template finished in the simulated quarter'
			};
		return {
			...answer,
			leadTime: {
				meanDays: mine.leadTime.meanHours / HOURS_PER_DAY,
				p85Days: mine.leadTime.p85Hours / HOURS_PER_DAY
			}
		};
	} catch (err) {
		if (!(err instanceof SimulationInputError)) throw err;
		return { ...answer, leadTime: null, leadTimeNote: err.issues.map((i) => i.message).join('; ') };
	}
}
