import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDesign, errorsOf, warningsOf } from '$lib/domain/scenario/rules';
import type { Design, Seat } from '$lib/domain/scenario/schema';
import type { DemoWorkspace } from '$lib/domain/scenario/demo';
import { starterIds, type StarterInput } from '$lib/domain/scenario/starter';
import { getStarter, loadDemoWorkspace, loadStarters, ModelError } from './models';

const starter = (id: string) => {
	const found = getStarter(id);
	if (!found) throw new Error(`starter ${id} did not load`);
	return found.design;
};
const reportsOf = (d: Design, id: string) => d.seats.filter((s) => s.managerId === id);
const rootOf = (d: Design) => d.seats.find((s) => s.managerId === null)!;

describe('the shipped models', () => {
	it('loads the four starters in their fixed order', () => {
		expect(loadStarters().map((s) => s.id)).toEqual([...starterIds]);
	});

	it.each(starterIds)('%s breaks no rule and cites its sources', (id) => {
		const loaded = getStarter(id)!;
		expect(errorsOf(checkDesign(loaded.design))).toEqual([]);
		expect(loaded.sources.some((s) => s.figure.includes('focusFactor'))).toBe(true);
		expect(loaded.sources.some((s) => s.figure === 'annualCost')).toBe(true);
	});

	it('solo coordinator: one coordinator on top owning every audience', () => {
		const d = starter('solo-coordinator');
		expect(d.structure).toBe('solo');
		expect(rootOf(d).kind).toBe('coordinator');
		expect(d.audiences.length).toBeGreaterThanOrEqual(2);
		expect(d.audiences.length).toBeLessThanOrEqual(3);
		expect(d.audiences.every((a) => a.ownerSeatId === rootOf(d).id)).toBe(true);
	});

	it('legacy: a CMO with seven functional leads of 2–4 specialists, about 30 seats', () => {
		const d = starter('legacy-functional');
		const cmo = rootOf(d);
		const leads = reportsOf(d, cmo.id);
		expect(d.structure).toBe('functional');
		expect(cmo.kind).toBe('cmo');
		expect(leads.map((s) => s.kind)).toEqual(Array(7).fill('functional-lead'));
		expect(new Set(leads.map((s) => s.craft))).toEqual(
			new Set([
				'product-marketing',
				'brand',
				'content',
				'demand-generation',
				'marketing-operations',
				'communications',
				'field-events'
			])
		);
		for (const lead of leads) {
			const team = reportsOf(d, lead.id);
			expect(team.length).toBeGreaterThanOrEqual(2);
			expect(team.length).toBeLessThanOrEqual(4);
			expect(team.every((s) => s.kind === 'specialist')).toBe(true);
		}
		expect(d.seats.length).toBeGreaterThanOrEqual(25);
		expect(d.seats.length).toBeLessThanOrEqual(35);
		expect(d.seats.some((s) => s.open && s.personName === undefined)).toBe(true);
		expect(d.seats.every((s) => s.annualCost !== undefined)).toBe(true);
		expect(d.seats.every((s) => s.audienceIds.length === 0)).toBe(true);
		expect(d.audiences.every((a) => a.ownerSeatId === undefined)).toBe(true);
	});

	it('two-tower: four GTM marketers under a Head of GTM, one audience each, custodians by craft', () => {
		const d = starter('two-tower');
		const cmo = rootOf(d);
		const head = d.seats.find((s) => s.kind === 'head-of-gtm')!;
		const marketers = reportsOf(d, head.id).filter((s) => s.kind === 'gtm-marketer');
		const custodians = d.seats.filter((s) => s.kind === 'craft-custodian');
		expect(d.structure).toBe('two-tower');
		expect(cmo.kind).toBe('cmo');
		expect(head.managerId).toBe(cmo.id);
		expect(marketers).toHaveLength(4);
		expect(marketers.every((s) => s.audienceIds.length === 1)).toBe(true);
		const owned = marketers.map((s) => s.audienceIds[0]);
		expect([...owned].sort()).toEqual(d.audiences.map((a) => a.id).sort());
		for (const seat of marketers) {
			const audience = d.audiences.find((a) => a.id === seat.audienceIds[0])!;
			expect(audience.ownerSeatId).toBe(seat.id);
		}
		expect(custodians.every((s) => s.managerId === cmo.id)).toBe(true);
		expect(custodians.map((s) => s.craft)).toEqual(
			expect.arrayContaining(['brand', 'product-marketing', 'content', 'marketing-operations'])
		);
		expect(warningsOf(checkDesign(d))).toEqual([]);
		expect(d.seats.length).toBe(starter('legacy-functional').seats.length);
	});

	it('two-tower: every custodian has a standards line to every GTM marketer', () => {
		const d = starter('two-tower');
		const kindOf = new Map(d.seats.map((s): [string, Seat['kind']] => [s.id, s.kind]));
		const lines = d.dottedLines.map((l) => `${l.fromSeatId}>${l.toSeatId}:${l.label}`);
		const expected = d.seats
			.filter((s) => s.kind === 'craft-custodian')
			.flatMap((c) =>
				d.seats.filter((s) => s.kind === 'gtm-marketer').map((m) => `${c.id}>${m.id}:standards`)
			);
		expect(lines.sort()).toEqual(expected.sort());
		expect(d.dottedLines.every((l) => kindOf.get(l.fromSeatId) === 'craft-custodian')).toBe(true);
	});

	it('two-tower rearranges the same people as legacy-functional: same headcount and cost', () => {
		const today = starter('legacy-functional');
		const proposal = starter('two-tower');
		const cost = (d: Design) => d.seats.reduce((t, s) => t + (s.annualCost ?? 0), 0);
		expect(proposal.seats).toHaveLength(today.seats.length);
		expect(Math.abs(cost(proposal) / cost(today) - 1)).toBeLessThanOrEqual(0.05);
		const people = (d: Design) => d.seats.map((s) => s.personName ?? `open:${s.title}`).sort();
		expect(people(proposal)).toEqual(people(today));
	});

	it('labels the leaner two-tower variant as leaner and shows it beside the same-people one', () => {
		const lean = getStarter('two-tower-lean')!;
		expect(lean.label).toMatch(/leaner/i);
		expect(lean.design.seats.length).toBeLessThan(starter('legacy-functional').seats.length);
		const demo = loadDemoWorkspace().scenarios.map((s) => s.from);
		expect(demo).toEqual(expect.arrayContaining(['two-tower', 'two-tower-lean']));
	});

	it('legacy and two-tower describe the same four audiences', () => {
		const ids = (d: Design) => d.audiences.map((a) => a.id).sort();
		expect(ids(starter('legacy-functional'))).toEqual(ids(starter('two-tower')));
		expect(starter('two-tower').audiences).toHaveLength(4);
	});

	it('lean agency: a coordinator with specialists, a 0.4 fractional seat, an agency, 3–4 clients', () => {
		const d = starter('lean-agency');
		expect(d.structure).toBe('custom');
		expect(rootOf(d).kind).toBe('coordinator');
		expect(d.seats.find((s) => s.kind === 'fractional')?.fte).toBe(0.4);
		expect(d.seats.some((s) => s.kind === 'agency')).toBe(true);
		expect(d.seats.filter((s) => s.kind === 'specialist').map((s) => s.craft)).toEqual(
			expect.arrayContaining(['design', 'content', 'paid-media', 'web'])
		);
		expect(d.audiences.length).toBeGreaterThanOrEqual(3);
		expect(d.audiences.length).toBeLessThanOrEqual(4);
	});

	it('the demo workspace names loaded starters and has at most one current scenario', () => {
		const demo = loadDemoWorkspace();
		expect(demo.scenarios.map((s) => s.from).sort()).toEqual([...starterIds].sort());
		expect(demo.scenarios.filter((s) => s.status === 'current')).toHaveLength(1);
	});

	it('answers undefined for an unknown starter and hands out copies, not the cache', () => {
		expect(getStarter('matrix')).toBeUndefined();
		starter('two-tower').seats.length = 0;
		expect(starter('two-tower').seats.length).toBeGreaterThan(0);
	});
});

describe('a damaged copy of the models', () => {
	const dirs: string[] = [];
	const copy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'orgcraft-models-'));
		dirs.push(dir);
		cpSync(join(process.cwd(), 'models', 'starters'), join(dir, 'starters'), { recursive: true });
		cpSync(join(process.cwd(), 'models', 'demo-workspace.json'), join(dir, 'demo-workspace.json'));
		return dir;
	};
	const edit = <T>(file: string, change: (json: T) => void) => {
		const json = JSON.parse(readFileSync(file, 'utf8')) as T;
		change(json);
		writeFileSync(file, JSON.stringify(json));
	};
	const failure = (load: () => unknown): ModelError => {
		try {
			load();
		} catch (err) {
			if (err instanceof ModelError) return err;
			throw err;
		}
		throw new Error('expected a ModelError');
	};

	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('loads when nothing is damaged', () => {
		expect(loadStarters(copy()).map((s) => s.id)).toEqual([...starterIds]);
	});

	it('names the file, the field path and what was expected', () => {
		const dir = copy();
		edit<StarterInput>(join(dir, 'starters', 'two-tower.json'), (j) => {
			j.design.seats[3]!.fte = 1.5;
		});
		const err = failure(() => loadStarters(dir));
		expect(err.message).toMatch(
			/starters\/two-tower\.json: design\.seats\[3\]\.fte: must be at most 1$/
		);
		expect(err.issues).toEqual([
			{
				file: join(dir, 'starters', 'two-tower.json'),
				path: 'design.seats[3].fte',
				message: 'must be at most 1'
			}
		]);
	});

	it('names a broken rule the same way', () => {
		const dir = copy();
		edit<StarterInput>(join(dir, 'starters', 'legacy-functional.json'), (j) => {
			j.design.seats[5]!.managerId = 'nobody';
		});
		expect(() => loadStarters(dir)).toThrow(
			/legacy-functional\.json: design\.seats\[5\]\.managerId: manager "nobody" .* is not a seat/
		);
	});

	it('refuses a starter whose id does not match its file name', () => {
		const dir = copy();
		edit<StarterInput>(join(dir, 'starters', 'lean-agency.json'), (j) => {
			j.id = 'solo-coordinator';
		});
		expect(() => loadStarters(dir)).toThrow(
			'lean-agency.json: id: expected "lean-agency" to match the file name, found "solo-coordinator"'
		);
	});

	it('refuses a file that is not JSON or not a known starter', () => {
		const dir = copy();
		writeFileSync(join(dir, 'starters', 'solo-coordinator.json'), '{ "id": ');
		cpSync(join(dir, 'starters', 'two-tower.json'), join(dir, 'starters', 'matrix.json'));
		const err = failure(() => loadStarters(dir));
		expect(err.issues.map((i) => [i.file.split('/').pop(), i.path])).toEqual(
			expect.arrayContaining([
				['solo-coordinator.json', ''],
				['matrix.json', 'id']
			])
		);
		expect(err.message).toMatch(/solo-coordinator\.json: expected valid JSON/);
		expect(err.message).toMatch(/matrix\.json: id: "matrix" is not a starter/);
	});

	it('keeps the first successful load', () => {
		const dir = copy();
		const first = loadStarters(dir);
		edit<StarterInput>(join(dir, 'starters', 'two-tower.json'), (j) => {
			j.design.seats[0]!.fte = 7;
		});
		expect(loadStarters(dir)).toEqual(first);
	});

	it('refuses a demo scenario made from a starter that did not load', () => {
		const dir = copy();
		unlinkSync(join(dir, 'starters', 'lean-agency.json'));
		expect(() => loadDemoWorkspace(dir)).toThrow(
			/demo-workspace\.json: scenarios\[4\]\.from: expected one of the loaded starters .* found "lean-agency"/
		);
	});

	it('refuses a second current scenario, members and a missing demo file', () => {
		const dir = copy();
		const demo = join(dir, 'demo-workspace.json');
		edit<DemoWorkspace & { members?: unknown }>(demo, (j) => {
			j.scenarios[2]!.status = 'current';
			j.members = [];
		});
		const err = failure(() => loadDemoWorkspace(dir));
		expect(err.issues.map((i) => i.path)).toEqual(
			expect.arrayContaining(['members', 'scenarios[2].status'])
		);
		expect(err.message).toMatch(/scenarios\[2\]\.status: at most one scenario may be "current"/);
		unlinkSync(demo);
		expect(() => loadDemoWorkspace(dir)).toThrow(/demo-workspace\.json: file not found/);
	});
});
