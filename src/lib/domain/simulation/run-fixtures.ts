import type { SimulationInputData } from './input';
import { runSimulation, SimulationInputError } from './run';
import { library, starterDesign } from './testing';

/** Test fixtures of the run tests: the demo pair, a quick run and the demo profile. */
export const legacy = starterDesign('legacy-functional');
export const towers = starterDesign('two-tower');
export const quick = { seed: 7, replications: 3, sensitivity: false };
export const demoProfile = library.demand.defaultProfile.profile;

/** The issues of an input that should be refused. */
export function issuesOf(input: unknown) {
	try {
		runSimulation(input as SimulationInputData, library);
	} catch (err) {
		if (err instanceof SimulationInputError) return err.issues;
		throw err;
	}
	throw new Error('expected the input to be refused');
}
