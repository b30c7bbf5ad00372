import { describe, expect, it } from 'vitest';
import { design, seat } from '../../scenario/testing';
import { sourceOfTruthSchema, type SimulationSummary } from '../schema';
import { reportOf } from '../testing';
import { patterns, type Finding, type Pattern } from './types';

const find = (health: Finding[], p: Pattern) => health.find((f) => f.pattern === p)!;
const labels = (f: Finding) => f.evidence.map((e) => e.label);

const simulation: SimulationSummary = {
	handoffsPerItem: 6.4,
	handoffWaitHoursPerItem: 30,
	leadTimeMeanHours: 120,
	leadTimeBreakdown: {
		workHours: 40,
		queueHours: 40,
		handoffWaitHours: 30,
		reviewLatencyHours: 6,
		reworkHours: 4
	}
};

describe('healthCheck', () => {
	it('scores every pattern 0–100 with one sentence, in the documented order', () => {
		for (const starter of ['legacy-functional', 'two-tower', 'solo-coordinator', 'lean-agency']) {
			const { health } = reportOf(starter, { simulation });
			expect(health.map((f) => f.pattern)).toEqual([...patterns]);
			for (const f of health) {
				expect(f.score, `${starter} ${f.pattern}`).toBeGreaterThanOrEqual(0);
				expect(f.score).toBeLessThanOrEqual(100);
				expect(f.flagged).toBe(f.score >= 50);
				expect(f.explanation).toMatch(/^[A-Z0-9].*\.$/);
				expect(f.explanation).not.toMatch(/\.\s/);
			}
		}
	});

	it('flags attribution breakdown in the functional starter, naming audiences and seats', () => {
		const f = find(reportOf('legacy-functional').health, 'attribution-breakdown');
		expect(f.flagged).toBe(true);
		expect(f.explanation).toBe(
			'4 of 4 audiences have no owner and an audience’s work answers to 6.0 seats on average, so nobody can be held to its result.'
		);
		expect(f.evidence).toContainEqual({
			source: 'scenario',
			label: 'Audiences without an owner',
			value: '4 of 4'
		});
		const enterprise = f.evidence.find((e) => e.label === 'Enterprise finance leaders');
		expect(enterprise?.value).toMatch(
			/^no owner; 6 seats accountable across \d+ rows, the most \(Director of product marketing\) for \d+$/
		);
		expect(f.seatIds.slice(0, 3)).toEqual(['pmm-lead', 'ops-lead', 'demand-lead']);
	});

	it('flags sequential routing in the functional starter with the hand-off evidence', () => {
		const f = find(reportOf('legacy-functional', { simulation }).health, 'sequential-routing');
		expect(f.flagged).toBe(true);
		expect(labels(f)).toEqual([
			'Steps that change hands',
			'Changes of hands per template run',
			'Hand-offs per item',
			'Hand-off wait per item',
			'Hand-off wait share of lead time'
		]);
		expect(f.evidence.slice(2)).toEqual([
			{ source: 'simulation', label: 'Hand-offs per item', value: '6.4' },
			{ source: 'simulation', label: 'Hand-off wait per item', value: '30.0 h' },
			{
				source: 'simulation',
				label: 'Hand-off wait share of lead time',
				value: '25% (30.0 h of 120.0 h)'
			}
		]);
		expect(f.explanation).toContain('waiting after hand-offs is 25% of the lead time');
		expect(f.seatIds.slice(0, 2)).toEqual(['automation-specialist', 'crm-admin']);
		expect(f.steps.length).toBeGreaterThan(0);
	});

	it('reports sequential routing from the map alone when no simulation ran', () => {
		const f = find(reportOf('legacy-functional').health, 'sequential-routing');
		expect(labels(f)).toEqual(['Steps that change hands', 'Changes of hands per template run']);
	});

	it.each([
		['service-centre', 'pmm-lead'],
		['volume-over-craft', 'content-lead']
	] as const)('flags %s in the functional starter and clears it in two towers', (p, seat) => {
		const functional = find(reportOf('legacy-functional').health, p);
		expect(functional.flagged).toBe(true);
		expect(functional.seatIds).toContain(seat);
		const twoTower = find(reportOf('two-tower').health, p);
		expect(twoTower.flagged).toBe(false);
		expect(twoTower.score).toBeLessThan(functional.score / 4);
	});

	it('clears attribution breakdown when every audience has one owner', () => {
		expect(find(reportOf('two-tower').health, 'attribution-breakdown').score).toBe(0);
	});

	it('scores source-of-truth fragmentation from the recorded map', () => {
		const types = [
			'tasks-and-deadlines',
			'feedback-and-approvals',
			'brand-rules-and-ai-context',
			'assets-and-briefs',
			'results-and-reports',
			'audience-and-icp-definitions'
		];
		const entries = types.map((infoType) => ({
			infoType,
			place: 'Notion',
			ownerSeatId: 'ops-custodian'
		}));
		const clean = sourceOfTruthSchema.parse({ entries });
		expect(
			find(reportOf('two-tower', { sourceOfTruth: clean }).health, 'source-of-truth-fragmentation')
				.score
		).toBe(0);
		const twice = sourceOfTruthSchema.parse({
			entries: [...entries, { infoType: 'results-and-reports', place: 'Spreadsheets' }]
		});
		const f = find(
			reportOf('two-tower', { sourceOfTruth: twice }).health,
			'source-of-truth-fragmentation'
		);
		expect(f.score).toBe(17);
		expect(f.evidence).toEqual([
			{
				source: 'source-of-truth',
				label: 'Results and reports',
				value:
					'Results and reports is held in 2 places (Notion, Spreadsheets); nobody can trust either'
			}
		]);
		expect(f.seatIds).toEqual(['ops-custodian']);
		expect(find(reportOf('two-tower').health, 'source-of-truth-fragmentation').score).toBe(100);
	});

	it('gives a design without audiences a middling attribution score and says why', () => {
		const d = design([seat('cmo', null, { kind: 'cmo' })], [], { structure: 'custom' });
		const f = find(reportOf(d).health, 'attribution-breakdown');
		expect(f).toMatchObject({ score: 50, flagged: true });
		expect(f.explanation).toBe(
			'The scenario names no audiences, so no outcome can be attributed to an owner.'
		);
	});
});
