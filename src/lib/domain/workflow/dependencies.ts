/** A step as the dependency check sees it: its id and the ids of the steps it waits for. */
export interface StepNode {
	id: string;
	dependsOn: readonly string[];
}

/** One broken dependency: the step (by index in `steps`), the entry in its dependsOn, why. */
export interface DependencyIssue {
	step: number;
	dependency: number;
	message: string;
}

/**
 * Every dependency that names no step, or that closes a cycle (a step waiting, directly or
 * through others, for itself). A cycle is reported once, at the edge that closes it, with the
 * loop spelled out: `forms a cycle: brief → draft → brief`.
 */
export function dependencyIssues(steps: readonly StepNode[]): DependencyIssue[] {
	const index = new Map(steps.map((s, i) => [s.id, i]));
	const issues: DependencyIssue[] = [];
	steps.forEach((s, i) =>
		s.dependsOn.forEach((dep, d) => {
			if (!index.has(dep))
				issues.push({
					step: i,
					dependency: d,
					message: `expected the id of a step in this template, found "${dep}"`
				});
		})
	);
	// Depth-first search; 1 = on the current path, 2 = finished.
	const state = new Array<number>(steps.length).fill(0);
	const trail: number[] = [];
	const visit = (i: number) => {
		state[i] = 1;
		trail.push(i);
		steps[i]!.dependsOn.forEach((dep, d) => {
			const j = index.get(dep);
			if (j === undefined || state[j] === 2) return;
			if (state[j] === 1) {
				const loop = [...trail.slice(trail.indexOf(j)), j].map((k) => steps[k]!.id);
				issues.push({ step: i, dependency: d, message: `forms a cycle: ${loop.join(' → ')}` });
			} else visit(j);
		});
		trail.pop();
		state[i] = 2;
	};
	steps.forEach((_, i) => {
		if (state[i] === 0) visit(i);
	});
	return issues;
}
