import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from './import-json';
import { design, seat, twoTowerDesign } from './testing';

const exported = {
	...twoTowerDesign(),
	id: 'abc123',
	status: 'current',
	visibility: 'workspace',
	authorId: 'ada',
	version: 7,
	createdAt: '2025-01-01T00:00:00.000Z',
	updatedAt: '2025-02-01T00:00:00.000Z'
};

describe('parseScenarioJson', () => {
	it.each([
		['an exported scenario', exported],
		['a bare design', twoTowerDesign()],
		['the API import body { scenario }', { scenario: exported }],
		['a starter file { design }', { id: 'x', label: 'X', design: twoTowerDesign() }]
	])('reads %s and keeps only the design fields', (_, document) => {
		expect(parseScenarioJson(JSON.stringify(document))).toEqual({ design: twoTowerDesign() });
	});

	it('applies schema defaults to a minimal design and strips a BOM', () => {
		const minimal = { name: 'Tiny', structure: 'solo', seats: [seat('a', null)] };
		const result = parseScenarioJson(`\uFEFF${JSON.stringify(minimal)}`);
		expect(result).toEqual({
			design: design([seat('a', null)], [], { name: 'Tiny', structure: 'solo' })
		});
	});

	it.each([
		['not json', '{"name": ', '(file)', /^expected valid JSON/],
		['an array', '[]', '(file)', /expected a JSON object/],
		[
			'a bad field',
			JSON.stringify({ ...exported, seats: [{ ...exported.seats[0], fte: 2 }] }),
			'seats[0].fte',
			/at most 1/
		],
		[
			'an unknown field',
			JSON.stringify({ ...exported, colour: 'red' }),
			'colour',
			/not a known field/
		],
		[
			'a wrapped bad field',
			JSON.stringify({ scenario: { ...exported, structure: 'matrix' } }),
			'scenario.structure',
			/./
		]
	])('names the path and what was expected for %s', (_, text, path, message) => {
		const result = parseScenarioJson(text);
		expect('errors' in result && result.errors[0]).toEqual({
			path,
			message: expect.stringMatching(message)
		});
	});

	it('refuses a design that breaks a scenario rule, naming the field', () => {
		const looped = {
			...twoTowerDesign(),
			seats: [seat('a', 'b'), seat('b', 'a'), seat('c', null)]
		};
		const result = parseScenarioJson(JSON.stringify({ scenario: looped }));
		expect(result).toEqual({
			errors: expect.arrayContaining([
				{
					path: expect.stringMatching(/^scenario\.seats\[\d\]\.managerId$/),
					message: expect.stringContaining('loop')
				}
			])
		});
	});
});
