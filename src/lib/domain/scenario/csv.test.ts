import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { designToCsv } from './csv';
import { designSchema } from './schema';

const design = designSchema.parse({
	name: 'Export',
	structure: 'custom',
	audiences: [{ id: 'smb', name: 'SMB' }],
	seats: [
		{ id: 'cmo', title: 'CMO', kind: 'cmo', managerId: null, personName: 'Ana "Red" Lee' },
		{
			id: 'gtm',
			title: 'GTM, SMB',
			kind: 'gtm-marketer',
			managerId: 'cmo',
			audienceIds: ['smb'],
			fte: 0.5
		},
		{ id: 'ops', title: '=HYPERLINK("x")', kind: 'specialist', managerId: 'cmo', open: true }
	]
});

describe('designToCsv', () => {
	it('writes one row per seat that a CSV parser reads back field for field', () => {
		const parsed = Papa.parse<Record<string, string>>(designToCsv(design), { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(3);
		expect(parsed.data[0]).toMatchObject({
			id: 'cmo',
			person_name: 'Ana "Red" Lee',
			manager_id: ''
		});
		expect(parsed.data[1]).toMatchObject({
			title: 'GTM, SMB',
			manager_title: 'CMO',
			audiences: 'smb=SMB',
			fte: '0.5'
		});
		expect(parsed.data[2]).toMatchObject({ open: 'yes' });
	});

	it('defuses spreadsheet formulae in text fields', () => {
		const parsed = Papa.parse<Record<string, string>>(designToCsv(design), { header: true });
		expect(parsed.data[2]?.title).toBe('\'=HYPERLINK("x")');
	});
});
