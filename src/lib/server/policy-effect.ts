import type { Actor } from '$lib/domain/access/schema';
import { policyEffect, type EffectPanel } from '$lib/domain/policy/effect';
import type { Policy } from '$lib/domain/policy/schema';
import { designOf, type Scenario } from '$lib/domain/scenario/schema';
import { SimulationInputError } from '$lib/domain/simulation/run';
import { memoised } from './memo';
import * as accountability from './store/accountability';
import { workspaceLibraryWithoutPolicy } from './workspace-library';

/**
 * What `policy` changes for `current` (the workspace's current scenario, with its
 * accountability overrides): the simulation without any policy against it with `policy` applied.
 * A scenario the simulation cannot run is said so, not raised. Four simulations (about a second):
 * memoised on everything they read, so a reload with nothing changed answers at once.
 */
export async function effectPanel(
	actor: Actor,
	current: Scenario | null | undefined,
	policy: Policy
): Promise<EffectPanel> {
	if (!current) return { kind: 'none' };
	const [library, overrides] = await Promise.all([
		workspaceLibraryWithoutPolicy(),
		accountability.get(actor, current.id)
	]);
	const input = { scenario: designOf(current), accountabilityOverrides: overrides.overrides };
	try {
		const effect = memoised('policy-effect', { input, library, policy }, () =>
			policyEffect(input, library, policy)
		);
		return { kind: 'effect', scenario: current.name, effect };
	} catch (err) {
		if (!(err instanceof SimulationInputError)) throw err;
		return {
			kind: 'unsimulable',
			scenario: current.name,
			message: err.issues.map((i) => i.message).join('; ')
		};
	}
}
