import { phases, type Phase, type Step, type WorkflowTemplate } from './schema';

/**
 * Edits of a template's phase structure. Phases keep the schema's order (strategy … launch) and a
 * phase holds at least one step, so a step moved out of a phase of its own takes the phase with
 * it, and a new phase starts with a step. Each returns a new template; the input is unchanged.
 */
type Phased = Pick<WorkflowTemplate, 'phases'>;

/** Each phase as a person reads it. */
export const phaseLabels: Record<Phase, string> = {
	strategy: 'Strategy',
	creative: 'Creative',
	production: 'Production',
	qa: 'QA',
	scheduling: 'Scheduling',
	launch: 'Launch'
};

const ordered = <T extends Phased>(t: T): T => ({
	...t,
	phases: [...t.phases]
		.filter((p) => p.steps.length > 0)
		.sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase))
});

/** The phases a template does not use yet, in order. */
export const unusedPhases = (t: Phased): Phase[] =>
	phases.filter((p) => !t.phases.some((b) => b.phase === p));

/** Adds `phase` with `step` as its first step; a phase already used gets the step appended. */
export function addPhase<T extends Phased>(t: T, phase: Phase, step: Step): T {
	const has = t.phases.some((b) => b.phase === phase);
	return ordered({
		...t,
		phases: has
			? t.phases.map((b) => (b.phase === phase ? { ...b, steps: [...b.steps, step] } : b))
			: [...t.phases, { phase, steps: [step] }]
	});
}

/** Moves the step `stepId` to the end of `phase` (added when absent; a phase left empty goes). */
export function moveStep<T extends Phased>(t: T, stepId: string, phase: Phase): T {
	const step = t.phases.flatMap((b) => b.steps).find((s) => s.id === stepId);
	if (!step) return t;
	const without = {
		...t,
		phases: t.phases.map((b) => ({ ...b, steps: b.steps.filter((s) => s.id !== stepId) }))
	};
	return addPhase(without, phase, step);
}

/**
 * Removes the step `stepId` and every dependency on it; a phase left empty goes. The last step
 * of the template stays (a template needs work to do).
 */
export function removeStep<T extends Phased>(t: T, stepId: string): T {
	const count = t.phases.reduce((n, b) => n + b.steps.length, 0);
	if (count <= 1) return t;
	return ordered({
		...t,
		phases: t.phases.map((b) => ({
			...b,
			steps: b.steps
				.filter((s) => s.id !== stepId)
				.map((s) => ({ ...s, dependsOn: s.dependsOn.filter((d) => d !== stepId) }))
		}))
	});
}
