import type { Scenario } from '../scenario/schema';

const same = (a: string | undefined, b: string) =>
	a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The crafts whose custodian `email` is in the scenario: seats of kind craft-custodian linked to
 * that member (their memberEmail) with a craft set.
 */
export function custodianCrafts(
	scenario: Pick<Scenario, 'seats'> | undefined,
	email: string
): string[] {
	if (!scenario) return [];
	const crafts = scenario.seats
		.filter((s) => s.kind === 'craft-custodian' && s.craft && same(s.memberEmail, email))
		.map((s) => s.craft!);
	return [...new Set(crafts)];
}
