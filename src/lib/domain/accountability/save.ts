import type { Issue } from '../shared/issues';
import { rowKey } from './generate';
import { overrideIssues, overrideProblem } from './overrides';
import type { AccountabilityMap, Override } from './schema';

const cellKey = (o: Override) => `${rowKey(o.activityId, o.audienceId)}/${o.seatId}`;
const sameSetting = (a: Override, b: Override) =>
	a.role === b.role && (a.timing ?? null) === (b.timing ?? null);

/**
 * The cells whose setting differs between two override lists: added or changed ones as `next`
 * has them, removed ones as `previous` had them. Each cell once.
 */
export function changedCells(previous: readonly Override[], next: readonly Override[]): Override[] {
	const before = new Map(previous.map((o) => [cellKey(o), o]));
	const after = new Map(next.map((o) => [cellKey(o), o]));
	const changed = next.filter((o) => {
		const was = before.get(cellKey(o));
		return !was || !sameSetting(was, o);
	});
	const removed = previous.filter((o) => !after.has(cellKey(o)));
	return [...changed, ...removed];
}

/**
 * Every reason to refuse saving `next` over the stored `previous` for the generated `map`, each
 * naming the override by its index in `next` and its row. An override kept unchanged that no
 * longer fits the scenario (its seat or activity went away) is not a reason: it stays stored,
 * set aside, and applies again if the seat or activity returns.
 */
export function saveIssues(
	map: AccountabilityMap,
	previous: readonly Override[],
	next: readonly Override[]
): Issue[] {
	const fresh = new Set(changedCells(previous, next));
	const checked = next
		.map((o, i) => ({ o, i }))
		.filter(({ o }) => fresh.has(o) || !overrideProblem(map, o));
	return overrideIssues(
		map,
		checked.map(({ o }) => o)
	).map((issue) => ({
		...issue,
		path: issue.path.replace(/^overrides\[(\d+)\]/, (_, n: string) => {
			const original = checked[Number(n)]?.i ?? Number(n);
			return `overrides[${original}]`;
		})
	}));
}
