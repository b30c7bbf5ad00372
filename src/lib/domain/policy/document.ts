import type { Activity } from '../catalogue/schema';
import type { Seat } from '../scenario/schema';
import {
	dataClasses,
	type AutomationLevel,
	type ChecklistItem,
	type DataClass,
	type Policy
} from './schema';

/** One rule as a reader sees it: names instead of ids. */
export interface DocumentRow {
	activityId: string;
	activity: string;
	craft: string;
	dataClasses: DataClass[];
	reviewer: string;
	checklist: string[];
	reason: string;
}

export interface PolicyDocument {
	byLevel: Record<AutomationLevel, DocumentRow[]>;
	/** For each data class, the activities whose rule lets it into AI tools. */
	data: { dataClass: DataClass; activities: string[] }[];
	checklist: ChecklistItem[];
}

const craftName = (craft: string) => craft.replace(/-/g, ' ');

/** A reviewer rule in words: "the brand custodian", a seat's title, or "no one". */
export function reviewerLabel(
	reviewer: string,
	seats: readonly Pick<Seat, 'id' | 'title'>[]
): string {
	if (reviewer === 'none') return 'no one';
	if (reviewer.startsWith('craft:')) return `the ${craftName(reviewer.slice(6))} custodian`;
	const id = reviewer.slice(5);
	return seats.find((s) => s.id === id)?.title ?? `seat ${id} (not in the current scenario)`;
}

/**
 * The readable policy: rules grouped by automation level in catalogue order, which data may go
 * into AI tools for which activities, and the checklist. Rules of unknown activities are skipped.
 */
export function policyDocument(
	policy: Policy,
	activities: readonly Pick<Activity, 'id' | 'name' | 'craft'>[],
	seats: readonly Pick<Seat, 'id' | 'title'>[]
): PolicyDocument {
	const items = new Map(policy.checklist.map((i) => [i.id, i.text]));
	const rules = new Map(policy.rules.map((r) => [r.activityId, r]));
	const byLevel: PolicyDocument['byLevel'] = {
		'ai-autonomous': [],
		'ai-draft-human-review': [],
		'human-only': []
	};
	for (const activity of activities) {
		const rule = rules.get(activity.id);
		if (!rule) continue;
		byLevel[rule.level].push({
			activityId: activity.id,
			activity: activity.name,
			craft: craftName(activity.craft),
			dataClasses: rule.dataClasses,
			reviewer: reviewerLabel(rule.reviewer, seats),
			checklist: rule.checklist.map((id) => items.get(id) ?? id),
			reason: rule.reason
		});
	}
	const rows = Object.values(byLevel).flat();
	return {
		byLevel,
		data: dataClasses.map((dataClass) => ({
			dataClass,
			activities: rows.filter((r) => r.dataClasses.includes(dataClass)).map((r) => r.activity)
		})),
		checklist: policy.checklist
	};
}
