import { join, resolve } from 'node:path';
import {
	assumptionDefaultsSchema,
	type AssumptionDefaults
} from '$lib/domain/simulation/assumptions';
import { demandDefaultsSchema, type DemandDefaults } from '$lib/domain/demand/schema';
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

const demandCache = new Map<string, DemandDefaults>();

/**
 * `<dir>/demand.json` (dir defaults to models/): the demand model's template drivers, performer
 * rules, line management and default profile, validated. Throws ModelError naming the file and
 * field.
 */
export function loadDemandDefaults(dir: string = defaultDir()): DemandDefaults {
	const key = resolve(dir);
	let defaults = demandCache.get(key);
	if (!defaults) {
		const parsed = parseFile(join(key, 'demand.json'), demandDefaultsSchema);
		if (!parsed.ok) throw new ModelError(parsed.issues);
		defaults = parsed.value;
		demandCache.set(key, defaults);
	}
	return structuredClone(defaults);
}

/**
 * What a simulation run reads from models/: the catalogue, the templates, the defaults and the
 * demand model.
 */
export function loadSimulationLibrary(dir: string = defaultDir()): SimulationLibrary {
	return {
		activities: loadCatalogue(dir).activities,
		templates: loadWorkflowTemplates(dir),
		defaults: loadAssumptionDefaults(dir),
		demand: loadDemandDefaults(dir)
	};
}
