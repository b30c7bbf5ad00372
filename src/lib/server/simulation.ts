import { join, resolve } from 'node:path';
import {
	assumptionDefaultsSchema,
	type AssumptionDefaults
} from '$lib/domain/simulation/assumptions';
import type { SimulationLibrary } from '$lib/domain/simulation/run';
import { loadCatalogue } from './catalogue';
import { ModelError, parseFile } from './models';
import { loadWorkflowTemplates } from './workflow-templates';

const defaultDir = () => join(process.cwd(), 'models');

const cache = new Map<string, AssumptionDefaults>();

/**
 * `<dir>/simulation.json` (dir defaults to models/): the default and source of every simulation
 * assumption, validated. Throws ModelError naming the file and field.
 */
export function loadAssumptionDefaults(dir: string = defaultDir()): AssumptionDefaults {
	const key = resolve(dir);
	let defaults = cache.get(key);
	if (!defaults) {
		const parsed = parseFile(join(key, 'simulation.json'), assumptionDefaultsSchema);
		if (!parsed.ok) throw new ModelError(parsed.issues);
		defaults = parsed.value;
		cache.set(key, defaults);
	}
	return structuredClone(defaults);
}

/** What a simulation run reads from models/: the catalogue, the templates and the defaults. */
export function loadSimulationLibrary(dir: string = defaultDir()): SimulationLibrary {
	return {
		activities: loadCatalogue(dir).activities,
		templates: loadWorkflowTemplates(dir),
		defaults: loadAssumptionDefaults(dir)
	};
}
