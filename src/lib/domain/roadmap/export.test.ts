import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { roadmapToCsv } from './export-csv';
import { roadmapToIcs } from './export-ics';
import { roadmapToMarkdown } from './export-md';
import { milestonesOf } from './milestones';
import { initiative } from './testing';

const plan = [
	initiative({ id: 'a', title: 'Pricing page, v2', startWeek: 1, endWeek: 3 }),
	initiative({
		id: 'b',
		title: '=Launch webinar',
		startWeek: 4,
		endWeek: 6,
		dependsOn: ['a'],
		outcome: { metric: 'sign-ups', baseline: 0, target: 200, byDate: '2027-03-15' }
	}),
	initiative({ id: 'gone', status: 'dropped' })
];
const names = {
	lane: (k: string) => (k === 'enterprise' ? 'Enterprise' : 'Cross-audience'),
	owner: () => 'Ana (GTM Marketer)',
	member: () => 'Ada Admin'
};

describe('exports', () => {
	it('writes an iCalendar file that parses, with one event per milestone', () => {
		const ics = roadmapToIcs('2027-Q1', plan, names.owner);
		const events = new ICAL.Component(ICAL.parse(ics))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		const milestones = milestonesOf('2027-Q1', plan);
		expect(milestones).toHaveLength(5);
		expect(events).toHaveLength(milestones.length);
		expect(events.map((e) => [e.summary, e.startDate.toString()]).sort()).toEqual(
			milestones.map((m) => [m.title, m.date]).sort()
		);
		// Week 1 of 2027-Q1 is the ISO week holding 1 January: Monday 28 December 2026.
		expect(events.find((e) => e.summary === 'Start: Pricing page, v2')?.startDate.toString()).toBe(
			'2026-12-28'
		);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
	});

	it('writes CSV with the headers project tools import, one row per initiative', () => {
		const { data, meta } = Papa.parse<Record<string, string>>(
			roadmapToCsv('2027-Q1', plan, names),
			{ header: true }
		);
		expect(meta.fields?.slice(0, 6)).toEqual([
			'Name',
			'Section/Column',
			'Assignee',
			'Start Date',
			'Due Date',
			'Status'
		]);
		expect(data).toHaveLength(3);
		expect(data[0]).toMatchObject({
			Name: 'Pricing page, v2',
			'Start Date': '2026-12-28',
			'Due Date': '2027-01-17'
		});
		expect(data[1]).toMatchObject({ Name: "'=Launch webinar", Dependencies: 'Pricing page, v2' });
	});

	it('writes Markdown with a table per lane, the flags and the reviews', () => {
		const md = roadmapToMarkdown({
			quarter: '2027-Q1',
			scenarioName: 'Two towers',
			lanes: [
				{ key: 'enterprise', name: 'Enterprise' },
				{ key: 'cross-audience', name: 'Cross-audience' }
			],
			initiatives: plan,
			flags: [],
			reviews: [],
			names
		});
		expect(md).toContain('# Roadmap 2027-Q1');
		expect(md).toContain('## Enterprise');
		expect(md).toMatch(
			/\| Pricing page, v2 \| 1–3 \| 2026-12-28 – 2027-01-17 \| Ana \(GTM Marketer\) \| 4 h\/week \|/
		);
		expect(md).toContain('Not revisited yet.');
	});
});
