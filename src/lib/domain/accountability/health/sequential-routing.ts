import type { StepAssignment, StepRef } from '../schema';
import {
	byCount,
	finding,
	pct,
	namer,
	type Evidence,
	type Finding,
	type HealthInput
} from './types';

const same = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Per dependency between two resolved steps of a run: whether the work changes hands. */
function transitions(assignments: StepAssignment[]) {
	const runs = new Map<string, Map<string, StepAssignment>>();
	for (const a of assignments) {
		const key = `${a.templateId}\n${a.audienceId ?? ''}`;
		if (!runs.has(key)) runs.set(key, new Map());
		runs.get(key)!.set(a.stepId, a);
	}
	const out: { to: StepAssignment; changes: boolean }[] = [];
	for (const steps of runs.values())
		for (const to of steps.values())
			for (const dep of to.dependsOn) {
				const from = steps.get(dep);
				if (!from || from.seatIds.length === 0 || to.seatIds.length === 0) continue;
				out.push({ to, changes: !same(from.seatIds, to.seatIds) });
			}
	return { out, runs: runs.size };
}

const hours = (h: number) => `${h.toFixed(1)} h`;

/**
 * Sequential routing: work passes from specialist to specialist in sequence. Score: the share
 * of step-to-step dependencies in the templates' runs where the work changes hands (from the
 * map's assignments, which the simulation uses). The simulation's hand-offs per item and
 * hand-off wait, and the hand-off wait's share of lead time, are reported as evidence.
 */
export function sequentialRouting({ map, simulation }: HealthInput): Finding {
	const name = namer(map);
	const { out, runs } = transitions(map.assignments);
	const changes = out.filter((t) => t.changes);
	const share = out.length > 0 ? changes.length / out.length : 0;
	const evidence: Evidence[] = [
		{
			source: 'map',
			label: 'Steps that change hands',
			value: `${changes.length} of ${out.length} (${pct(share)})`
		},
		{
			source: 'map',
			label: 'Changes of hands per template run',
			value: runs > 0 ? (changes.length / runs).toFixed(1) : '0'
		}
	];
	let why = '';
	if (simulation) {
		evidence.push(
			{
				source: 'simulation',
				label: 'Hand-offs per item',
				value: simulation.handoffsPerItem.toFixed(1)
			},
			{
				source: 'simulation',
				label: 'Hand-off wait per item',
				value: hours(simulation.handoffWaitHoursPerItem)
			}
		);
		const b = simulation.leadTimeBreakdown;
		const total = b
			? b.workHours + b.queueHours + b.handoffWaitHours + b.reviewLatencyHours + b.reworkHours
			: 0;
		if (b && total > 0) {
			evidence.push({
				source: 'simulation',
				label: 'Hand-off wait share of lead time',
				value: `${pct(b.handoffWaitHours / total)} (${hours(b.handoffWaitHours)} of ${hours(total)})`
			});
			why = `, and waiting after hand-offs is ${pct(b.handoffWaitHours / total)} of the lead time`;
		} else
			why = `, and each item waits ${hours(simulation.handoffWaitHoursPerItem)} after its hand-offs`;
	}
	const receivers = byCount(changes.flatMap((t) => t.to.seatIds));
	const steps = new Map<string, StepRef>();
	for (const { to } of changes)
		steps.set(`${to.templateId}/${to.stepId}`, { templateId: to.templateId, stepId: to.stepId });
	const explanation =
		changes.length === 0
			? 'Work stays with the same hands from step to step; nothing is routed in sequence.'
			: `${pct(share)} of the steps in a run change hands (${(changes.length / runs).toFixed(1)} per run)${why}; most of the work lands with ${receivers.slice(0, 2).map(name.seat).join(' and ')}.`;
	return finding('sequential-routing', share, {
		explanation,
		evidence,
		seatIds: receivers,
		steps: [...steps.values()].slice(0, 20)
	});
}
