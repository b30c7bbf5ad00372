import { statusLabels, type Initiative, type RoadmapDiff } from './schema';

const outcomeText = (i: Initiative) => {
	const o = i.outcome;
	if (o.metric === '') return '—';
	const by = o.byDate ? ` by ${o.byDate}` : '';
	return `${o.metric}: ${o.baseline ?? '?'} → ${o.target ?? '?'}${by}`;
};

/** The fields a review compares, as a reader names them, with their value as text. */
const fields: [string, (i: Initiative) => string][] = [
	['title', (i) => i.title],
	['lane', (i) => i.audienceId ?? 'cross-audience'],
	['owner', (i) => i.ownerSeatId],
	['weeks', (i) => `${i.startWeek}–${i.endWeek}`],
	['effort', (i) => `${i.effortHoursPerWeek} h/week`],
	['outcome', outcomeText],
	['dependencies', (i) => i.dependsOn.join(', ') || '—'],
	['status', (i) => statusLabels[i.status]]
];

/** What changed from `before` to `after`: initiatives added, removed and changed field by field. */
export function diffInitiatives(
	before: readonly Initiative[],
	after: readonly Initiative[]
): RoadmapDiff {
	const old = new Map(before.map((i) => [i.id, i]));
	const now = new Set(after.map((i) => i.id));
	const diff: RoadmapDiff = { added: [], removed: [], changed: [] };
	for (const i of after) {
		const was = old.get(i.id);
		if (!was) {
			diff.added.push({ id: i.id, title: i.title });
			continue;
		}
		const changes = fields
			.map(([field, text]) => ({ field, before: text(was), after: text(i) }))
			.filter((c) => c.before !== c.after);
		if (changes.length > 0) diff.changed.push({ id: i.id, title: i.title, fields: changes });
	}
	for (const i of before) if (!now.has(i.id)) diff.removed.push({ id: i.id, title: i.title });
	return diff;
}

/** One line: "2 added, 1 moved or changed, 1 removed", or "No changes". */
export function diffSummary(d: RoadmapDiff): string {
	const parts = [
		d.added.length > 0 ? `${d.added.length} added` : '',
		d.changed.length > 0 ? `${d.changed.length} changed` : '',
		d.removed.length > 0 ? `${d.removed.length} removed` : ''
	].filter(Boolean);
	return parts.length > 0 ? parts.join(', ') : 'No changes';
}
