import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designToCsv } from './csv';
import { parseOrgCsv, type ImportPreview } from './import-csv';
import { designSchema } from './schema';
import { starterSchema } from './starter';

const errorsOf = (preview: ImportPreview) =>
	Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors]));

describe('round trip of designToCsv', () => {
	const dir = join(process.cwd(), 'models', 'starters');
	const starters = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => starterSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));

	it.each(starters.map((s) => [s.id, s] as const))(
		'%s comes back as the same design',
		async (_, s) => {
			const { design } = s;
			const preview = await parseOrgCsv(designToCsv(design), {
				name: design.name,
				structure: design.structure
			});
			expect(preview.fileErrors).toEqual([]);
			expect(errorsOf(preview)).toEqual({});
			expect(preview.rows.every((r) => r.kindFrom === 'file')).toBe(true);
			expect(preview.design?.seats).toEqual(design.seats);
			// Audience details and dotted lines are not in the CSV; owned audiences come back by id.
			const owned = design.audiences.filter((a) => a.ownerSeatId).map((a) => a.id);
			expect(preview.design?.audiences.map((a) => a.id).sort()).toEqual(owned.sort());
			expect(preview.design).toMatchObject({ name: design.name, structure: design.structure });
		}
	);

	it('keeps every seat field, quotes and spreadsheet-escaped text', async () => {
		const design = designSchema.parse({
			name: 'Every field',
			structure: 'two-tower',
			audiences: [{ id: 'smb', name: 'SMB', ownerSeatId: 'gtm' }],
			seats: [
				{ id: 'cmo', title: 'CMO', kind: 'cmo', managerId: null, personName: 'Ana "Red" Lee' },
				{
					id: 'gtm',
					title: '=GTM, SMB',
					kind: 'gtm-marketer',
					managerId: 'cmo',
					audienceIds: ['smb'],
					fte: 0.5,
					hoursPerWeek: 32,
					focusFactor: 0.4,
					aiLevel: 2,
					annualCost: 98500.5,
					memberEmail: 'gtm@example.test',
					personName: '-Bo'
				},
				{
					id: 'hire',
					title: 'Writer',
					kind: 'specialist',
					managerId: 'gtm',
					open: true,
					craft: 'video'
				}
			]
		});
		const preview = await parseOrgCsv(designToCsv(design), {
			name: design.name,
			structure: 'two-tower'
		});
		expect(preview.design).toEqual(design);
		expect(preview.notes).toEqual([]);
	});
});
