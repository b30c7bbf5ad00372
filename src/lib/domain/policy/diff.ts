import type { ChecklistItem, Policy, Rule } from './schema';

export type RuleField = Exclude<keyof Rule, 'activityId'>;
const ruleFields: RuleField[] = ['level', 'dataClasses', 'reviewer', 'checklist', 'reason'];

export interface FieldChange {
	field: RuleField;
	from: string;
	to: string;
}

export interface PolicyDiff {
	/** Rules present in both whose fields differ, in the newer policy's order. */
	changed: { activityId: string; changes: FieldChange[] }[];
	added: string[];
	removed: string[];
	checklist: {
		added: ChecklistItem[];
		removed: ChecklistItem[];
		reworded: { id: string; from: string; to: string }[];
	};
}

const shown = (v: Rule[RuleField]) => (Array.isArray(v) ? v.join(', ') || '(none)' : v);

/** What changed from `before` to `after`, rule by rule and field by field. */
export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
	const old = new Map(before.rules.map((r) => [r.activityId, r]));
	const now = new Set(after.rules.map((r) => r.activityId));
	const changed = after.rules.flatMap((rule) => {
		const prior = old.get(rule.activityId);
		if (!prior) return [];
		const changes = ruleFields
			.filter((f) => shown(prior[f]) !== shown(rule[f]))
			.map((field) => ({ field, from: shown(prior[field]), to: shown(rule[field]) }));
		return changes.length > 0 ? [{ activityId: rule.activityId, changes }] : [];
	});
	const items = new Map(before.checklist.map((i) => [i.id, i]));
	const itemIds = new Set(after.checklist.map((i) => i.id));
	return {
		changed,
		added: after.rules.filter((r) => !old.has(r.activityId)).map((r) => r.activityId),
		removed: before.rules.filter((r) => !now.has(r.activityId)).map((r) => r.activityId),
		checklist: {
			added: after.checklist.filter((i) => !items.has(i.id)),
			removed: before.checklist.filter((i) => !itemIds.has(i.id)),
			reworded: after.checklist.flatMap((i) => {
				const prior = items.get(i.id);
				return prior && prior.text !== i.text ? [{ id: i.id, from: prior.text, to: i.text }] : [];
			})
		}
	};
}

/** Whether a diff holds no change at all. */
export const isEmptyDiff = (d: PolicyDiff) =>
	d.changed.length + d.added.length + d.removed.length === 0 &&
	d.checklist.added.length + d.checklist.removed.length + d.checklist.reworded.length === 0;

/** The activities whose rule differs between the two policies (added, removed or changed). */
export const changedActivities = (before: Policy, after: Policy): string[] => {
	const d = diffPolicies(before, after);
	return [...d.changed.map((c) => c.activityId), ...d.added, ...d.removed];
};
