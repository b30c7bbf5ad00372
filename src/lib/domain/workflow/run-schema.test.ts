import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { startRunSchemaAsOf } from './run-schema';
import { paidCampaign } from './run-testing';

const today = '2026-12-07';
const issues = (body: unknown) => {
	const parsed = startRunSchemaAsOf(today).safeParse(body);
	return parsed.success ? [] : zodIssues(parsed.error);
};

describe('the brief of a run', () => {
	it('accepts a full brief, and a required input given by name alone', () => {
		const parsed = startRunSchemaAsOf(today).parse(paidCampaign('2027-01-12'));
		expect(parsed.brief.requiredInputs).toEqual([{ name: 'Customer quote from Northwind' }]);
		expect(
			startRunSchemaAsOf(today).parse(
				paidCampaign(today, { requiredInputs: ['Logo'] as unknown as [{ name: string }] })
			).brief.requiredInputs
		).toEqual([{ name: 'Logo' }]);
	});

	it.each([
		[
			'no required inputs',
			{ requiredInputs: [] },
			'brief.requiredInputs',
			/at least one required input/
		],
		[
			'a launch date in the past',
			{ launchDate: '2026-12-04' },
			'brief.launchDate',
			/must not be in the past \(today is 2026-12-07\)/
		],
		['no launch date', { launchDate: undefined }, 'brief.launchDate', /date/],
		['a date that does not exist', { launchDate: '2027-02-30' }, 'brief.launchDate', /real date/],
		['no deliverables', { deliverables: [] }, 'brief.deliverables', /at least one deliverable/],
		['an empty campaign name', { campaignName: ' ' }, 'brief.campaignName', /must not be empty/]
	])('refuses %s, naming the field', (_, over, path, message) => {
		const found = issues(paidCampaign('2027-01-12', over as never));
		expect(found.map((i) => i.path)).toContain(path);
		expect(found.find((i) => i.path === path)!.message).toMatch(message);
	});
});
