import type { Design } from '../scenario/schema';
import type { Issue } from '../shared/issues';
import type { Initiative } from './schema';

/** A dependency loop as ids in order, first id repeated at the end; null when there is none. */
export function dependencyLoop(initiatives: readonly Initiative[]): string[] | null {
	const byId = new Map(initiatives.map((i) => [i.id, i]));
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (id: string): string[] | null => {
		if (state.get(id) === 'done') return null;
		if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
		state.set(id, 'open');
		path.push(id);
		for (const dep of byId.get(id)?.dependsOn ?? []) {
			if (!byId.has(dep)) continue;
			const loop = visit(dep);
			if (loop) return loop;
		}
		path.pop();
		state.set(id, 'done');
		return null;
	};
	for (const i of initiatives) {
		const loop = visit(i.id);
		if (loop) return loop;
	}
	return null;
}

/**
 * What the schema cannot see, checked against the current design: ids are unique, owners are
 * seats of the design, lanes are its audiences, dependencies exist, are not the initiative
 * itself and form no loop. Each issue names `initiatives[i].<field>`.
 */
export function roadmapIssues(
	initiatives: readonly Initiative[],
	design: Pick<Design, 'seats' | 'audiences'>
): Issue[] {
	const issues: Issue[] = [];
	const seats = new Set(design.seats.map((s) => s.id));
	const audiences = new Set(design.audiences.map((a) => a.id));
	const index = new Map<string, number>();
	initiatives.forEach((i, n) => {
		const at = (field: string) => `initiatives[${n}].${field}`;
		if (index.has(i.id))
			issues.push({
				path: at('id'),
				message: `"${i.id}" is used by initiatives[${index.get(i.id)}] too`
			});
		else index.set(i.id, n);
		if (!seats.has(i.ownerSeatId))
			issues.push({
				path: at('ownerSeatId'),
				message: `no seat "${i.ownerSeatId}" in the current scenario; choose one of its seats`
			});
		if (i.audienceId !== null && !audiences.has(i.audienceId))
			issues.push({
				path: at('audienceId'),
				message: `no audience "${i.audienceId}" in the current scenario; use one of its audiences or null for cross-audience work`
			});
	});
	initiatives.forEach((i, n) =>
		i.dependsOn.forEach((dep, d) => {
			const path = `initiatives[${n}].dependsOn[${d}]`;
			if (dep === i.id) issues.push({ path, message: 'an initiative cannot depend on itself' });
			else if (!index.has(dep))
				issues.push({ path, message: `no initiative "${dep}" in this roadmap` });
		})
	);
	const loop = dependencyLoop(initiatives);
	if (loop && loop.length > 2) {
		const n = index.get(loop[0]!)!;
		issues.push({
			path: `initiatives[${n}].dependsOn`,
			message: `a dependency loop: ${loop.join(' → ')}; one of them must not wait for the other`
		});
	}
	return issues;
}
