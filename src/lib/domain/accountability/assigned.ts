import type { AssignedSeats } from '../simulation/from-scenario';
import { generateMap, type GenerateInput } from './generate';
import { applyOverrides } from './overrides';
import type { AccountabilityMap, Override } from './schema';

const stepKey = (templateId: string, audienceId: string | null, stepId: string) =>
	`${templateId}\n${audienceId ?? ''}\n${stepId}`;

/**
 * The steps whose doers the map's overrides decided (`fromOverride`), as the simulation asks for
 * them: template, audience ('' for none) and step → seat ids. Every other step is left to the
 * performer rules, which generated the map in the first place, so map and simulation agree.
 */
export function assignedSeats(map: AccountabilityMap): AssignedSeats {
	const byStep = new Map(
		map.assignments
			.filter((a) => a.fromOverride)
			.map((a) => [stepKey(a.templateId, a.audienceId, a.stepId), a.seatIds] as const)
	);
	return (templateId, audienceId, stepId) =>
		byStep.get(stepKey(templateId, audienceId || null, stepId));
}

/** The simulation's hook for a design's overrides: undefined when there are none. */
export function assignedByOverrides(
	input: GenerateInput,
	overrides: readonly Override[] | undefined
): AssignedSeats | undefined {
	if (!overrides || overrides.length === 0) return undefined;
	return assignedSeats(applyOverrides(generateMap(input), overrides));
}
