import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulationResponse } from '$lib/domain/simulation/report';
import { main } from './simulate';
import { hours, num, percent } from './text';

const cwd = process.cwd();
const example = (name: string) =>
	JSON.parse(readFileSync(join(cwd, 'models/examples', `${name}.simulation.json`), 'utf8'));

/** The examples made quick: two replications, no sensitivity runs. */
const fast = (name: string, run: object = {}) => {
	const input = example(name);
	return JSON.stringify({
		...input,
		run: { seed: 3, replications: 2, sensitivity: false, ...run }
	});
};

const legacy = example('legacy-functional');
const badFte = structuredClone(legacy);
badFte.scenario.seats[3].fte = 2;
badFte.run = { replications: 2, sensitivity: false };

/** Files the fake file system holds, by name in cwd; anything else is read from disk. */
const files: Record<string, string> = {
	'legacy.json': fast('legacy-functional'),
	'tower.json': fast('two-tower'),
	'broken.json': '{ "scenario": { "name": "x", ',
	'fte.json': JSON.stringify(badFte),
	'exported.json': JSON.stringify({ ...badFte.scenario, id: 'abc', status: 'draft' }),
	'array.json': '[1, 2]'
};

async function run(argv: string[], isTTY = false) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, {
		stdout: { write: (t: string) => out.push(t) },
		stderr: { write: (t: string) => err.push(t) },
		isTTY,
		readFile: (path: string) =>
			(path === join(cwd, basename(path)) ? files[basename(path)] : undefined) ??
			readFile(path, 'utf8'),
		cwd
	});
	return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('npm run simulate', () => {
	it('prints the headline figures of the JSON answer in its report', async () => {
		const json = await run(['legacy.json', '--json']);
		const text = await run(['legacy.json']);
		expect(json.code).toBe(0);
		expect(text.code).toBe(0);
		expect(text.stderr).toBe('');
		const r = JSON.parse(json.stdout) as SimulationResponse;
		const { leadTime } = r.overall;
		for (const figure of [
			r.scenario.name,
			'Legacy functional',
			'seed 3 · 2 replications',
			num(leadTime.meanHours),
			num(leadTime.p50Hours),
			num(leadTime.p85Hours),
			num(leadTime.p95Hours),
			num(leadTime.meanHours / 8),
			`${num(r.overall.throughputPerWeek)} items per week`,
			`${num(r.overall.meanWip)} items`,
			`${num(r.handoffTax.handoffsPerItem)} per item`,
			`${hours(r.handoffTax.hours)} per quarter, ${percent(r.handoffTax.shareOfCapacity)}`,
			`${num(r.handoffTax.calendarDaysPerItem)} working days per item`,
			'Per workflow template',
			'Per seat',
			'Typical week per role'
		])
			expect(text.stdout).toContain(figure);
		for (const t of r.templates) expect(text.stdout).toContain(t.name.slice(0, 20));
		for (const s of r.perSeat) expect(text.stdout).toContain(s.title.slice(0, 20));
		for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
	});

	it('answers --json with the response alone, the same bytes for the same seed', async () => {
		const first = await run(['legacy.json', '--json', '--seed', '11']);
		const second = await run(['legacy.json', '--seed=11', '--json']);
		expect(first.code).toBe(0);
		expect(first.stderr).toBe('');
		const parsed = JSON.parse(first.stdout) as SimulationResponse;
		expect(first.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
		expect(second.stdout).toBe(first.stdout);
		expect(parsed.run.seed).toBe(11);
		expect(parsed.run.replications).toBe(2);
		expect(parsed.compare).toBeUndefined();
	});

	it('compares two inputs side by side with what the second reclaims', async () => {
		const json = await run(['legacy.json', '--compare', 'tower.json', '--json']);
		const text = await run(['legacy.json', '--compare', 'tower.json']);
		expect(text.code).toBe(0);
		const r = JSON.parse(json.stdout) as SimulationResponse;
		expect(r.compare).toBeDefined();
		const { result, differences: d } = r.compare!;
		for (const figure of [
			'Side by side',
			'What the compared design reclaims',
			'(legacy.json)',
			'(tower.json)',
			r.scenario.name,
			result.scenario.name,
			num(Math.abs(d.leadTimeDaysReclaimed)),
			num(Math.abs(d.capacityHoursReclaimed)),
			num(r.handoffTax.hours),
			num(result.handoffTax.hours),
			'Base in detail',
			'Compared in detail',
			'Why the lead time changes',
			'Where the lead time goes'
		])
			expect(text.stdout).toContain(figure);
		const flat = text.stdout.replace(/\s+/g, ' ');
		expect(d.explanation.sentence).toMatch(/working days (slower|faster) per item/);
		expect(flat).toContain(d.explanation.sentence);
		for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
	});

	it('reads a scenario exported from the app, with paths into the file as written', async () => {
		const result = await run(['exported.json']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('exported.json: seats[3].fte: must be at most 1');
	});

	it.each([
		['broken.json', 'broken.json: expected valid JSON ('],
		['missing.json', 'missing.json: file not found'],
		['fte.json', 'fte.json: scenario.seats[3].fte: must be at most 1'],
		['array.json', 'array.json: expected a JSON object']
	])('refuses %s with exit 1 and the file, path and expectation', async (file, expected) => {
		const result = await run([file, '--json']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(expected);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('names the compared file when it is the bad one', async () => {
		const result = await run(['legacy.json', '--compare', 'fte.json']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('fte.json: scenario.seats[3].fte: must be at most 1');
		expect(result.stderr).not.toContain('legacy.json');
	});

	it.each([
		[['legacy.json', '--bogus'], 'unknown option --bogus'],
		[
			['legacy.json', '--replications', '0'],
			'--replications: expected a whole number from 1 to 1000, found 0'
		],
		[['legacy.json', '--replications', '1001'], 'from 1 to 1000'],
		[
			['legacy.json', '--seed', 'abc'],
			'--seed: expected a whole number from 0 to 4294967295, found "abc"'
		],
		[['legacy.json', '--seed', '1.5'], '--seed: expected a whole number'],
		[['legacy.json', '--seed'], '--seed needs a value'],
		[['legacy.json', '--compare'], '--compare needs a value'],
		[['legacy.json', '--json=yes'], '--json takes no value'],
		[[], 'name an input file'],
		[['legacy.json', 'tower.json'], 'expected one input file, found 2']
	])('refuses the command line %j with exit 2 and the usage', async (argv, expected) => {
		const result = await run(argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(expected);
		expect(result.stderr).toContain('Usage: npm run simulate');
	});

	it('prints the usage for --help', async () => {
		const result = await run(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('--replications N');
	});
});
