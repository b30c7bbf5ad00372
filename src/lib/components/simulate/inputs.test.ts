import { readFileSync } from 'node:fs';
import { demandDefaultsSchema } from '$lib/domain/demand/schema';
import { describe, expect, it } from 'vitest';
import { designSchema } from '$lib/domain/scenario/schema';
import { assumptionDefaultsSchema } from '$lib/domain/simulation/assumptions';
import type { SimulationLibrary } from '$lib/domain/simulation/run';
import type { WorkflowTemplate } from '$lib/domain/workflow/schema';
import {
	audienceColumns,
	buildInput,
	fieldOf,
	formIssues,
	initialValues,
	placeIssues,
	volumeKey
} from './inputs';

const defaults = assumptionDefaultsSchema.parse(
	JSON.parse(readFileSync('models/simulation.json', 'utf8'))
);
const template = (id: string, volume: number) =>
	({ id, name: id, volumePerAudiencePerQuarter: volume }) as WorkflowTemplate;
const library: SimulationLibrary = {
	activities: [],
	templates: [template('paid-campaign', 1), template('email-sequence', 2)],
	defaults,
	demand: demandDefaultsSchema.parse(JSON.parse(readFileSync('models/demand.json', 'utf8')))
};
const design = (audiences: string[]) =>
	designSchema.parse({
		name: audiences.join('+'),
		structure: 'custom',
		audiences: audiences.map((id) => ({ id, name: id.toUpperCase() })),
		seats: [{ id: 'cmo', title: 'CMO', kind: 'cmo', managerId: null }]
	});
const base = design(['smb', 'ent']);
const compare = design(['ent', 'partners']);

describe('the Simulate form', () => {
	const audiences = audienceColumns(base, compare);
	const values = initialValues(library, audiences);

	it('lists the audiences of both designs once, saying which has them', () => {
		expect(audiences.map((a) => `${a.id}:${a.in}`)).toEqual([
			'smb:base',
			'ent:both',
			'partners:compare'
		]);
	});

	it('starts from the defaults and the templates’ volumes', () => {
		expect(values.run).toEqual({ replications: 20, seed: 1, weeks: 13, sensitivity: true });
		expect(values.assumptions.handoffHours).toBe(defaults.assumptions.handoffHours.value);
		expect(values.volumes[volumeKey('email-sequence', 'partners')]).toBe(2);
	});

	it('builds each design’s workload from its own audiences and knows each entry’s field', () => {
		const built = buildInput(
			compare,
			{ ...values, volumes: { ...values.volumes, [volumeKey('paid-campaign', 'ent')]: 4 } },
			library
		);
		expect(built.input.workload).toEqual([
			{ templateId: 'paid-campaign', audienceId: 'ent', perQuarter: 4 },
			{ templateId: 'paid-campaign', audienceId: 'partners', perQuarter: 1 },
			{ templateId: 'email-sequence', audienceId: 'ent', perQuarter: 2 },
			{ templateId: 'email-sequence', audienceId: 'partners', perQuarter: 2 }
		]);
		expect(fieldOf('workload[2].perQuarter', built.workloadFields)).toBe(
			volumeKey('email-sequence', 'ent')
		);
		expect(fieldOf('run.replications', [])).toBe('run.replications');
		expect(fieldOf('assumptions.handoffHours', [])).toBe('assumptions.handoffHours');
		expect(fieldOf('scenario.seats[0].fte', [])).toBeNull();
	});

	it('marks an emptied field and every other bad field at once', () => {
		const bad = {
			...values,
			run: { ...values.run, replications: 0 },
			assumptions: { ...values.assumptions, reviewHours: null }
		};
		const issues = formIssues(bad, buildInput(base, bad, library));
		const placed = placeIssues({ side: 'base', issues }, () => []);
		expect(placed.fields['assumptions.reviewHours']).toBe('enter a number');
		expect(placed.fields['run.replications']).toBe('must be at least 1');
		expect(formIssues(values, buildInput(base, values, library))).toEqual([]);
	});

	it('places issues of the compared input on its own workload and names the rest', () => {
		const built = buildInput(compare, values, library);
		const placed = placeIssues(
			{
				side: 'base',
				issues: [
					{ path: 'compare.workload[1].perQuarter', message: 'must be at least 0 runs' },
					{ path: 'compare.scenario.seats', message: 'needs one root' }
				]
			},
			(side) => (side === 'compare' ? built.workloadFields : [])
		);
		expect(placed.fields).toEqual({
			[volumeKey('paid-campaign', 'partners')]: 'must be at least 0 runs'
		});
		expect(placed.other).toEqual(['B: scenario.seats: needs one root']);
	});
});
