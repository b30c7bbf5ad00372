import type { Effort } from '../catalogue/effort';
import type { WorkflowTemplate } from '../workflow/schema';
import { stepsOf } from '../workflow/schema';

/** Effort bounds the simulation schema accepts, in hours of work per step visit. */
const MIN_HOURS = 0.01;
const MAX_HOURS = 2000;
const clamp = (h: number) => Math.min(MAX_HOURS, Math.max(MIN_HOURS, h));

/**
 * `effort` (hours per unit) multiplied by `factor` (units × share left after AI), keeping its
 * shape: every hours field is scaled, so a lognormal's p90/median ratio and a triangular's
 * proportions stay as they were. The largest hours field is clamped to [0.01, 2000] hours and the others
 * follow it (a triangular's minimum may be 0).
 */
export function scaleEffort(effort: Effort, factor: number): Effort {
	switch (effort.kind) {
		case 'fixed':
			return { kind: 'fixed', hours: clamp(effort.hours * factor) };
		case 'exponential':
			return { kind: 'exponential', meanHours: clamp(effort.meanHours * factor) };
		case 'lognormal': {
			const p90Hours = clamp(effort.p90Hours * factor);
			const ratio = effort.p90Hours / effort.medianHours;
			return { kind: 'lognormal', medianHours: p90Hours / ratio, p90Hours };
		}
		case 'triangular': {
			const maxHours = clamp(effort.maxHours * factor);
			const s = maxHours / effort.maxHours;
			return {
				kind: 'triangular',
				minHours: effort.minHours * s,
				modeHours: Math.max(MIN_HOURS, effort.modeHours * s),
				maxHours
			};
		}
	}
}

/**
 * The steps of `template` in dependency order: a step comes after every step it depends on;
 * among steps that are ready together, the one listed first (phase order) goes first. Parallel
 * branches are thus done one after another, which is how a linear flow models them.
 */
export function topologicalSteps(template: WorkflowTemplate) {
	const pending = stepsOf(template);
	const done = new Set<string>();
	const known = new Set(pending.map((s) => s.id));
	const out: typeof pending = [];
	while (pending.length > 0) {
		let i = pending.findIndex((s) => s.dependsOn.every((d) => done.has(d) || !known.has(d)));
		if (i < 0) i = 0; // a cycle (schema-invalid input): keep listed order rather than loop
		const [step] = pending.splice(i, 1);
		out.push(step!);
		done.add(step!.id);
	}
	return out;
}
