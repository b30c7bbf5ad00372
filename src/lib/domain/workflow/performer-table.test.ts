import { describe, expect, it } from 'vitest';
import { library, starterDesign } from '../simulation/testing';
import { performerTable } from './performer-table';

describe('performerTable', () => {
	const table = performerTable(
		starterDesign('two-tower'),
		library.templates,
		library.activities,
		library.demand.ownerWork
	);
	const paid = table.templates.find((t) => t.templateId === 'paid-campaign')!;
	const row = (id: string) => paid.rows.find((r) => r.stepId === id)!;

	it('names who does each step of every template and why, by seat title', () => {
		expect(table.templates).toHaveLength(library.templates.length);
		expect(row('brief').doneBy).toEqual(['GTM marketer, enterprise finance']);
		expect(row('brief').why).toMatch(/owns the audience/);
		expect(row('ads').doneBy).toEqual(['Senior designer', 'Designer']);
		expect(row('ads').why).toMatch(/bench/);
		expect(row('ads').reviewedBy).toEqual(['Brand custodian']);
		expect(row('ads').reviewWhy).toMatch(/custodian reviews/);
	});

	it('says why nobody can do a step', () => {
		const lean = performerTable(
			starterDesign('lean-agency'),
			library.templates,
			library.activities,
			library.demand.ownerWork
		);
		const report = lean.templates
			.find((t) => t.templateId === 'paid-campaign')!
			.rows.find((r) => r.stepId === 'report')!;
		expect(report.doneBy).toEqual([]);
		expect(report.why).toBe('no seat with craft "analytics"');
	});
});
