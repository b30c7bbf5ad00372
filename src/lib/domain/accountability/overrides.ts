import type { Issue } from '../shared/issues';
import { rowKey } from './generate';
import {
	isAccountable,
	isResponsible,
	type AccountabilityMap,
	type Cell,
	type Override,
	type Row,
	type StepAssignment
} from './schema';

const label = (o: Override) => `${o.activityId} for ${o.audienceId ?? 'all audiences'}`;

/** Why one override cannot apply to this map, or undefined when it can. */
export function overrideProblem(map: AccountabilityMap, o: Override): string | undefined {
	const rows = map.rows.filter((r) => r.activityId === o.activityId);
	if (rows.length === 0)
		return `no activity "${o.activityId}" is in use in this scenario's workflow templates`;
	if (!map.seats.some((s) => s.id === o.seatId))
		return `no seat "${o.seatId}" in this scenario (expected one of its seat ids)`;
	if (!rows.some((r) => r.audienceId === o.audienceId)) {
		const expected = rows.map((r) => (r.audienceId === null ? 'null' : `"${r.audienceId}"`));
		return `"${o.activityId}" has no row for audience ${o.audienceId === null ? 'null (all audiences)' : `"${o.audienceId}"`}; expected ${expected.join(', ')}`;
	}
	if (o.timing && o.role !== 'C') return 'timing applies only to a C (consulted) cell';
	return undefined;
}

/** The cells of `row` with `o` applied: the seat's cell replaced (or removed for role null) and marked. */
function applyOne(row: Row, o: Override): Cell[] {
	const before = row.cells.find((c) => c.seatId === o.seatId);
	const generated = before?.overridden ? (before.generated ?? null) : (before?.role ?? null);
	const rest = row.cells.filter((c) => c.seatId !== o.seatId);
	if (o.role === null) return rest;
	const cell: Cell = { seatId: o.seatId, role: o.role, overridden: true, generated };
	if (o.role === 'C') cell.timing = o.timing ?? before?.timing ?? 'start';
	return [...rest, cell];
}

/**
 * The map with `overrides` applied on top of generation: each named cell replaced and marked
 * `overridden` (keeping what generation said), in the seat order of the map. Overrides naming
 * a row or seat the scenario no longer has are kept aside in `staleOverrides`, not applied, so
 * they survive regeneration. Steps whose row's R changed by hand are assigned to the row's
 * R seats (`fromOverride`), so the simulation follows the map.
 */
export function applyOverrides(map: AccountabilityMap, overrides: readonly Override[]) {
	const order = new Map(map.seats.map((s, i) => [s.id, i]));
	const byKey = new Map(map.rows.map((r) => [r.key, r]));
	const stale: Override[] = [];
	for (const o of overrides) {
		const row = byKey.get(rowKey(o.activityId, o.audienceId));
		if (!row || overrideProblem(map, o)) {
			stale.push(o);
			continue;
		}
		const cells = applyOne(row, o).sort((a, b) => order.get(a.seatId)! - order.get(b.seatId)!);
		byKey.set(row.key, { ...row, cells });
	}
	const rows = map.rows.map((r) => byKey.get(r.key)!);
	// Rows whose doers changed by hand decide their steps' performers.
	const touched = new Set(
		rows.filter((r, i) => !sameSet(doers(r.cells), doers(map.rows[i]!.cells))).map((r) => r.key)
	);
	const assignments = map.assignments.map((a) => {
		const key = rowKey(a.activityId, a.audienceId);
		const row = byKey.get(touched.has(key) ? key : rowKey(a.activityId, null));
		if (!row || !touched.has(row.key)) return a;
		const seatIds = doers(row.cells);
		if (sameSet(seatIds, a.seatIds)) return a;
		const out: StepAssignment = { ...a, seatIds, fromOverride: true };
		if (seatIds.length > 0) delete out.unresolved;
		else out.unresolved = `nobody is R for ${row.activityId} in the accountability map`;
		return out;
	});
	return { ...map, rows, assignments, staleOverrides: [...map.staleOverrides, ...stale] };
}

const doers = (cells: Cell[]) => cells.filter((c) => isResponsible(c.role)).map((c) => c.seatId);
const sameSet = (a: string[], b: string[]) =>
	a.length === b.length && a.every((id) => b.includes(id));

/**
 * Every reason to refuse a list of overrides for `map` (the generated map), each naming the
 * override by index: an unknown activity, seat or audience row, the same cell set twice, a
 * timing on a cell that is not C, or a row left with two accountable seats by hand.
 */
export function overrideIssues(map: AccountabilityMap, overrides: readonly Override[]): Issue[] {
	const issues: Issue[] = [];
	const seen = new Map<string, number>();
	overrides.forEach((o, i) => {
		const why = overrideProblem(map, o);
		if (why) issues.push({ path: `overrides[${i}]`, message: `${label(o)}: ${why}` });
		const cell = `${rowKey(o.activityId, o.audienceId)}/${o.seatId}`;
		const first = seen.get(cell);
		if (first !== undefined)
			issues.push({
				path: `overrides[${i}]`,
				message: `sets the cell of seat "${o.seatId}" in ${label(o)} again (first set by overrides[${first}])`
			});
		else seen.set(cell, i);
	});
	if (issues.length > 0) return issues;
	const applied = applyOverrides(map, overrides);
	for (const row of applied.rows) {
		const accountable = row.cells.filter((c) => isAccountable(c.role));
		if (accountable.length < 2 || !accountable.some((c) => c.overridden)) continue;
		const i = overrides.findIndex(
			(o) => rowKey(o.activityId, o.audienceId) === row.key && isAccountable(o.role)
		);
		const seats = accountable.map((c) => `"${c.seatId}"`).join(' and ');
		issues.push({
			path: `overrides[${i}]`,
			message: `would make ${seats} both accountable for ${row.activityId} for ${row.audienceId ?? 'all audiences'}; a row has exactly one A, so clear or change the other one in the same save`
		});
	}
	return issues;
}
