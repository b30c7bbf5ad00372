import { describe, expect, it } from 'vitest';
import { sourceOfTruthSchema, type SourceOfTruth } from './schema';
import { checkSourceOfTruth, sourceOfTruthIssues } from './source-of-truth';

const seats = ['ops', 'brand', 'pmm'];
const full = (): SourceOfTruth =>
	sourceOfTruthSchema.parse({
		entries: [
			{ infoType: 'tasks-and-deadlines', place: 'Asana', ownerSeatId: 'ops' },
			{ infoType: 'feedback-and-approvals', place: 'Asana approvals', ownerSeatId: 'ops' },
			{ infoType: 'brand-rules-and-ai-context', place: 'Brand OS', ownerSeatId: 'brand' },
			{ infoType: 'assets-and-briefs', place: 'Shared drive', ownerSeatId: 'brand' },
			{ infoType: 'results-and-reports', place: 'Looker Studio', ownerSeatId: 'ops' },
			{ infoType: 'audience-and-icp-definitions', place: 'ICP wiki', ownerSeatId: 'pmm' }
		]
	});
const statusOf = (sot: SourceOfTruth) =>
	Object.fromEntries(checkSourceOfTruth(sot, seats).map((r) => [r.infoType, r.status]));

describe('checkSourceOfTruth', () => {
	it('passes one owned place per type', () => {
		expect(Object.values(statusOf(full()))).toEqual(Array(6).fill('ok'));
	});

	it('flags a type held in two places, naming both', () => {
		const sot = full();
		sot.entries.push({
			infoType: 'tasks-and-deadlines',
			place: 'Monday.com',
			ownerSeatId: 'ops',
			note: ''
		});
		const row = checkSourceOfTruth(sot, seats).find((r) => r.infoType === 'tasks-and-deadlines')!;
		expect(row).toMatchObject({
			status: 'duplicated',
			places: ['Asana', 'Monday.com'],
			message:
				'Tasks and deadlines is held in 2 places (Asana, Monday.com); nobody can trust either'
		});
	});

	it('reads the same place however it is spelled as one place', () => {
		const sot = full();
		sot.entries.push({ infoType: 'tasks-and-deadlines', place: '  asana ', note: '' });
		expect(statusOf(sot)['tasks-and-deadlines']).toBe('ok');
	});

	it.each([
		['no owner', { place: 'ICP wiki' }, 'Audience and ICP definitions in ICP wiki has no owner'],
		[
			'an owner seat not in the scenario',
			{ place: 'ICP wiki', ownerSeatId: 'gone' },
			'Audience and ICP definitions in ICP wiki: its owner seat "gone" is not in this scenario'
		]
	])('flags a type with %s', (_, entry, message) => {
		const sot = full();
		sot.entries[5] = { infoType: 'audience-and-icp-definitions', note: '', ...entry };
		const row = checkSourceOfTruth(sot, seats)[5]!;
		expect(row).toMatchObject({ status: 'unowned', message });
	});

	it('flags every type nobody recorded', () => {
		const rows = checkSourceOfTruth({ entries: [] }, seats);
		expect(rows.map((r) => r.status)).toEqual(Array(6).fill('missing'));
		expect(rows[0]!.message).toBe('Tasks and deadlines: no source of truth is recorded');
	});
});

describe('source-of-truth input', () => {
	it('refuses an owner seat the scenario does not have', () => {
		const sot = full();
		sot.entries[2]!.ownerSeatId = 'ghost';
		expect(sourceOfTruthIssues(sot, seats)).toEqual([
			{
				path: 'entries[2].ownerSeatId',
				message: 'no seat "ghost" in this scenario (expected one of its seat ids)'
			}
		]);
	});

	it('refuses an unknown information type at the schema', () => {
		const result = sourceOfTruthSchema.safeParse({
			entries: [{ infoType: 'gossip', place: 'Slack' }]
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['entries', 0, 'infoType'] });
		expect(result.error?.issues[0]?.message).toMatch(/^expected one of tasks-and-deadlines/);
	});
});
