import { designOf, type Scenario } from '../../domain/scenario/schema';
import type { CurrentResolution } from '../../domain/workflow/follow';
import type { RunLibrary } from '../../domain/workflow/library';
import { planRun } from '../../domain/workflow/plan';
import type { Run } from '../../domain/workflow/run-schema';
import { accountabilityMapOf } from '../workflows';
import { stored as storedOverrides } from './accountability';
import type { Tx } from './db';
import { approvedAtIn, approvedIn } from './policy';

export type Resolver = (run: Run) => CurrentResolution | null;

const latest = (...at: (string | null | undefined)[]) =>
	at
		.filter((a): a is string => !!a)
		.sort()
		.at(-1) ?? null;

/**
 * How each run would be resolved now, inside an open transaction: the same template (as the
 * workspace has it now, edited or not), audience and brief planned against the current
 * scenario's accountability map (its overrides applied) and the approved guardrail policy. Null for a run whose template or audience is gone, or with no
 * current scenario: such runs keep what they resolved at the start.
 */
export async function resolverIn(tx: Tx, library: RunLibrary): Promise<Resolver> {
	const scenario: Scenario | undefined = (await tx.find('scenarios', 'status', 'current'))[0];
	if (!scenario) return () => null;
	const design = designOf(scenario);
	const [saved, policy, policyApprovedAt] = await Promise.all([
		storedOverrides(tx, scenario.id),
		approvedIn(tx),
		approvedAtIn(tx)
	]);
	const map = accountabilityMapOf(design, library, saved.overrides);
	const mapChangedAt = latest(scenario.updatedAt, saved.updatedAt);
	// What a run resolves to depends on its template, audience and internal owner, not on the
	// rest of its brief (dates, inputs): runs that share those are planned once per read.
	const resolved = new Map<string, CurrentResolution | null>();
	return (run) => {
		const key = JSON.stringify([run.templateId, run.audienceId, run.brief.ownerSeatId ?? null]);
		if (!resolved.has(key)) resolved.set(key, resolve(run));
		return resolved.get(key)!;
	};

	function resolve(run: Run): CurrentResolution | null {
		const template = library.templates.find((t) => t.id === run.templateId);
		if (!template || !design.audiences.some((a) => a.id === run.audienceId)) return null;
		const { plan } = planRun({
			template,
			design,
			audienceId: run.audienceId,
			brief: run.brief,
			activities: library.activities,
			map,
			reviewLatencyHours: library.reviewLatencyHours,
			policy
		});
		return {
			internalOwner: plan.internalOwner,
			phases: plan.phases,
			steps: new Map(
				plan.steps.map((s) => [s.id, { owner: s.owner, ...(s.gate ? { gate: s.gate } : {}) }])
			),
			mapChangedAt,
			policyApprovedAt
		};
	}
}
