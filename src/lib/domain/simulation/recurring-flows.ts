import { meanHours } from '../catalogue/effort';
import { areaLabels, type Activity } from '../catalogue/schema';
import type { ManagementWork, RecurringWork } from '../demand/workload';
import type { Design } from '../scenario/schema';
import { recurringOwnerWork, resolveRule, type OwnerWork } from '../workflow/performers';
import type { GateParameters } from './gate-parameters';
import { assignedOr, uniqueId, type AssignedSeats, type UnresolvedStep } from './model-parts';
import { scaleEffort } from './scale-effort';
import { HOURS_PER_WEEK, type SimulationModel } from './schema';

/** What buildModel shares with the flows of work outside template runs. */
export interface FlowContext {
	design: Design;
	activityById: ReadonlyMap<string, Activity>;
	gates: GateParameters;
	/** The station of a pool of seats, created on first use (rate 0: the seats plan no hours). */
	stationOf: (seatIds: string[]) => { id: string; aiLevel: number; rate: number };
	flowIds: Set<string>;
	unresolved: UnresolvedStep[];
	model: SimulationModel;
	/** Working hours in a quarter that `perQuarter` is spread over. */
	quarterHours: number;
}

/**
 * One single-step flow per recurring work item (demand/workload.ts): `unitsPerItem` units done
 * together, arriving perQuarter ÷ unitsPerItem times a quarter, by the seats its performer rule
 * resolves to (with `work`'s recurring bench, recurringOwnerWork) unless the accountability map
 * assigns others. Work nobody can do is listed in `unresolved` with its area, never dropped.
 */
export function recurringFlows(
	c: FlowContext,
	recurring: readonly RecurringWork[],
	work: OwnerWork | undefined,
	assigned: AssignedSeats | undefined,
	arrivals: 'poisson' | 'even'
): void {
	const { design, activityById, gates, stationOf, flowIds, unresolved, model, quarterHours } = c;
	const ownerWork = recurringOwnerWork(work ?? { crafts: [], benchActivities: [] });
	for (const r of recurring) {
		const activity = activityById.get(r.activityId);
		const audienceId = r.audienceId ?? '';
		const label = areaLabels[r.area];
		const miss = (why: string) =>
			unresolved.push({
				templateId: 'recurring',
				audienceId,
				stepId: r.activityId,
				area: r.area,
				reason: `nobody does the recurring ${label} work (${activity?.name ?? r.activityId}): ${why}`
			});
		if (!activity || !(r.perQuarter > 0)) continue;
		const who = assignedOr(
			resolveRule(r.performer, design, audienceId, activity, ownerWork),
			assigned?.('recurring', audienceId, r.activityId),
			r.activityId
		);
		if (who.seats.length === 0) {
			miss(who.unresolved ?? 'no seat');
			continue;
		}
		const pool = stationOf(who.seats);
		if (pool.rate <= 0) {
			miss('its seats have no planned hours (focus factor 0)');
			continue;
		}
		const share = activity.aiShare[pool.aiLevel]!;
		const units = r.unitsPerItem;
		const aiReviewHours = meanHours(activity.effortHours) * units * share * gates.aiReviewShare;
		model.flows.push({
			id: uniqueId(`${r.activityId}--${r.audienceId ?? 'all'}`, 'flow', flowIds),
			group: `recurring-${r.area}`,
			arrivals: {
				kind: arrivals,
				perHour: r.perQuarter / units / quarterHours
			},
			steps: [
				{
					stationId: pool.id,
					effort: scaleEffort(activity.effortHours, units * (1 - share)),
					category: 'craft',
					after: [],
					handoffHours: gates.handoffHours,
					...(aiReviewHours > 0 ? { aiReviewHours } : {})
				}
			]
		});
	}
}

/** One flow per manager: a week's one-to-ones and decisions as one item a week (hours/week). */
export function managementFlows(c: FlowContext, management: readonly ManagementWork[]): void {
	const { design, stationOf, flowIds, model } = c;
	const seatById = new Set(design.seats.map((s) => s.id));
	for (const m of management) {
		const pool = seatById.has(m.seatId) ? stationOf([m.seatId]) : undefined;
		if (!pool || pool.rate <= 0 || !(m.hoursPerWeek > 0)) continue;
		// One item a week: the week's one-to-ones and decisions, done as one block.
		model.flows.push({
			id: uniqueId(`management--${m.seatId}`, 'flow', flowIds),
			group: 'recurring-management',
			arrivals: { kind: 'even', perHour: 1 / HOURS_PER_WEEK },
			steps: [
				{
					stationId: pool.id,
					effort: { kind: 'fixed', hours: m.hoursPerWeek },
					category: 'craft',
					after: [],
					handoffHours: 0
				}
			]
		});
	}
}
