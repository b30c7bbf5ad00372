import { readdirSync, readFileSync } from 'node:fs';
import { catalogueSchema } from '../catalogue/schema';
import { demandDefaultsSchema } from '../demand/schema';
import type { Design } from '../scenario/schema';
import { starterSchema } from '../scenario/starter';
import { workflowTemplateSchema } from '../workflow/schema';
import { assumptionDefaultsSchema } from './assumptions';
import type { SimulationLibrary } from './run';

/** Test helpers: the library and starter designs read from models/ (Node only). */
const models = new URL('../../../../models/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, models), 'utf8'));

export const library: SimulationLibrary = {
	activities: catalogueSchema.parse(read('activities.json')).activities,
	templates: readdirSync(new URL('workflow-templates/', models))
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => workflowTemplateSchema.parse(read(`workflow-templates/${f}`))),
	defaults: assumptionDefaultsSchema.parse(read('simulation.json')),
	demand: demandDefaultsSchema.parse(read('demand.json'))
};

export const starterDesign = (id: string): Design =>
	starterSchema.parse(read(`starters/${id}.json`)).design;
