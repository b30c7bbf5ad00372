import type { Catalogue } from '../catalogue/schema';
import type { Policy, PolicyModel, Rule } from './schema';

/**
 * The starter policy for a catalogue: each activity gets its area's default rule from
 * models/policy.json, overlaid by the activity's own entry; `own-craft` becomes the custodian of
 * the activity's craft and `all` every checklist item. Each rule keeps its reason.
 */
export function starterPolicy(
	catalogue: Pick<Catalogue, 'activities'>,
	model: PolicyModel
): Policy {
	const allItems = model.checklist.map((i) => i.id);
	const rules = catalogue.activities.flatMap((activity): Rule[] => {
		const base = model.areas[activity.area];
		if (!base) return [];
		const d = { ...base, ...model.activities[activity.id] };
		return [
			{
				activityId: activity.id,
				level: d.level,
				dataClasses: d.level === 'human-only' ? [] : [...d.dataClasses],
				reviewer: d.reviewer === 'own-craft' ? `craft:${activity.craft}` : d.reviewer,
				checklist: d.checklist === 'all' ? allItems : [...d.checklist],
				reason: d.reason
			}
		];
	});
	return { checklist: structuredClone(model.checklist), rules };
}
