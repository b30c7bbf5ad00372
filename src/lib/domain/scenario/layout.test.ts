import { readFileSync } from 'node:fs';
import { randomInt, randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	collapseBelow,
	dottedLinkPath,
	layoutChart,
	type ChartLayout,
	type ChartNode
} from './layout';
import type { Seat } from './schema';
import { starterIds, starterSchema } from './starter';
import { chainSeats, flatSeats } from './testing';

type Tie = Pick<Seat, 'id' | 'managerId'>;

/** Pairs of visible nodes whose boxes overlap, found by a sweep over x (fine for 10,000). */
function overlaps(layout: ChartLayout): [string, string][] {
	const byX = [...layout.nodes].sort((a, b) => a.x - b.x);
	const found: [string, string][] = [];
	byX.forEach((a, i) => {
		for (let j = i + 1; j < byX.length && byX[j]!.x < a.x + a.width; j++) {
			const b = byX[j]!;
			if (b.y < a.y + a.height && a.y < b.y + b.height) found.push([a.id, b.id]);
		}
	});
	return found;
}

/** Reporting lines whose report does not sit wholly below its manager. */
function reportsNotBelow(layout: ChartLayout): string[] {
	const at = new Map(layout.nodes.map((n) => [n.id, n]));
	return layout.links
		.filter((l) => at.get(l.to)!.y < at.get(l.from)!.y + at.get(l.from)!.height)
		.map((l) => `${l.from} → ${l.to}`);
}

/** Seat i reports to a random earlier seat: deep and ragged. */
function randomTree(n: number, seed: number): Tie[] {
	const pick = randomInt.source(randomLcg(seed));
	return Array.from({ length: n }, (_, i) => ({
		id: `s${i}`,
		managerId: i === 0 ? null : `s${pick(i)()}`
	}));
}

/** Managers with 2–12 reports, some of them teams of 40 individual contributors. */
function orgLike(n: number, seed: number): Tie[] {
	const random = randomLcg(seed);
	const seats: Tie[] = [{ id: 's0', managerId: null }];
	for (let m = 0; seats.length < n; m++) {
		const size = random() < 0.1 ? 40 : 2 + Math.floor(random() * 11);
		for (let k = 0; k < size && seats.length < n; k++)
			seats.push({ id: `s${seats.length}`, managerId: seats[m]!.id });
	}
	return seats;
}

const starter = (id: string) =>
	starterSchema.parse(
		JSON.parse(
			readFileSync(new URL(`../../../../models/starters/${id}.json`, import.meta.url), 'utf8')
		)
	).design;

const node = (layout: ChartLayout, id: string): ChartNode => {
	const found = layout.nodes.find((n) => n.id === id);
	if (!found) throw new Error(`${id} is not visible`);
	return found;
};

describe('layoutChart', () => {
	it.each(starterIds)('lays out the %s starter without overlaps, reports below managers', (id) => {
		const d = starter(id);
		const layout = layoutChart(d.seats);
		expect(layout.nodes).toHaveLength(d.seats.length);
		expect(layout.links).toHaveLength(d.seats.length - 1);
		expect(overlaps(layout)).toEqual([]);
		expect(reportsNotBelow(layout)).toEqual([]);
	});

	it.each([
		['a random tree', randomTree(10_000, 1)],
		['an org-like tree', orgLike(10_000, 2)]
	])('lays out %s of 10,000 seats without overlaps, in every compact mode', (_, seats) => {
		for (const compact of [false, true, 'auto'] as const) {
			const layout = layoutChart(seats, { compact });
			expect(layout.nodes).toHaveLength(10_000);
			expect(overlaps(layout)).toEqual([]);
			expect(reportsNotBelow(layout)).toEqual([]);
		}
	});

	it('puts the top seat at depth 0 and reports one level down, in pre-order', () => {
		const layout = layoutChart(chainSeats(3).map((s) => ({ id: s.id, managerId: s.managerId })));
		expect(layout.nodes.map((n) => [n.id, n.depth])).toEqual([
			['s0', 0],
			['s1', 1],
			['s2', 2]
		]);
		expect(layout.links.map((l) => [l.from, l.to])).toEqual([
			['s0', 's1'],
			['s1', 's2']
		]);
		expect(layout.links[0]!.path).toMatch(/^M[-\d.,]+(V[-\d.]+|H[-\d.]+)+$/);
		expect(layout.bounds).toMatchObject({ y: 0, height: 3 * 76 + 2 * 56 });
	});

	it('hides a collapsed subtree and counts what it hides', () => {
		const seats = orgLike(300, 3);
		const full = layoutChart(seats);
		const folded = layoutChart(seats, { collapsed: new Set(['s1']) });
		const s1 = node(folded, 's1');
		expect(s1.collapsed).toBe(true);
		expect(s1.hiddenCount).toBe(full.nodes.length - folded.nodes.length);
		expect(s1.hiddenCount).toBeGreaterThan(s1.reportCount);
		expect(folded.links.some((l) => l.from === 's1')).toBe(false);
		expect(node(full, 's1')).toMatchObject({ collapsed: false, hiddenCount: 0 });
	});

	it('ignores a collapsed seat that has no reports', () => {
		const layout = layoutChart(flatSeats(3), { collapsed: new Set(['s2']) });
		expect(node(layout, 's2')).toMatchObject({ collapsed: false, hiddenCount: 0 });
		expect(layout.nodes).toHaveLength(3);
	});

	it('stacks a wide flat team in columns: narrower than one row and still no overlaps', () => {
		const seats = flatSeats(201);
		const plain = layoutChart(seats, { compact: false });
		const compact = layoutChart(seats, { compact: true });
		expect(compact.bounds.width).toBeLessThan(plain.bounds.width / 5);
		expect(compact.bounds.height).toBeLessThan(compact.bounds.width * 2);
		expect(overlaps(compact)).toEqual([]);
		expect(reportsNotBelow(compact)).toEqual([]);
		expect(layoutChart(seats).bounds).toEqual(compact.bounds);
	});

	it('hangs the lower levels of a wide, bushy org as indented lists to keep it in shape', () => {
		const seats = orgLike(10_000, 4);
		const stacked = layoutChart(seats, { compact: true }).bounds;
		const auto = layoutChart(seats);
		expect(stacked.width).toBeGreaterThan(10 * stacked.height);
		expect(auto.bounds.width).toBeLessThan(4 * auto.bounds.height);
		const at = new Map(auto.nodes.map((n) => [n.id, n]));
		const indented = auto.links.filter((l) => at.get(l.to)!.x - at.get(l.from)!.x === 20);
		expect(indented.length).toBeGreaterThan(1000);
		expect(overlaps(auto)).toEqual([]);
	});

	it('keeps a small team in one row unless compact is forced', () => {
		const seats = flatSeats(5);
		const row = layoutChart(seats);
		expect(new Set(row.nodes.slice(1).map((n) => n.y)).size).toBe(1);
		const stacked = layoutChart(seats, { compact: true });
		expect(new Set(stacked.nodes.slice(1).map((n) => n.x)).size).toBe(1);
	});

	it('honours the node size', () => {
		const layout = layoutChart(flatSeats(3), { nodeWidth: 120, nodeHeight: 40 });
		expect(layout.nodes.every((n) => n.width === 120 && n.height === 40)).toBe(true);
		expect(overlaps(layout)).toEqual([]);
	});

	it('draws a malformed design without looping: cycles, unknown managers, duplicates', () => {
		const seats: Tie[] = [
			{ id: 'a', managerId: 'b' },
			{ id: 'b', managerId: 'a' },
			{ id: 'c', managerId: 'ghost' },
			{ id: 'd', managerId: 'd' },
			{ id: 'e', managerId: 'c' },
			{ id: 'e', managerId: 'a' }
		];
		const layout = layoutChart(seats);
		expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(overlaps(layout)).toEqual([]);
		expect(node(layout, 'e').depth).toBe(1);
	});

	it('lays out a chain 5,000 deep (no recursion) and an empty chart', () => {
		const chain = chainSeats(5_000).map((s) => ({ id: s.id, managerId: s.managerId }));
		expect(layoutChart(chain).nodes).toHaveLength(5_000);
		expect(layoutChart([])).toEqual({
			nodes: [],
			links: [],
			groups: [],
			bounds: { x: 0, y: 0, width: 0, height: 0 }
		});
	});
});

describe('dottedLinkPath', () => {
	const layout = layoutChart(starter('two-tower').seats);

	it.each([
		['brand-custodian', 'gtm-enterprise'],
		['gtm-enterprise', 'brand-custodian'],
		['cmo', 'head-of-gtm']
	])('curves from the border of %s to the border of %s', (from, to) => {
		const path = dottedLinkPath(layout, from, to)!;
		expect(path).toMatch(/^M[-\d.]+,[-\d.]+C[-\d., ]+$/);
		const numbers = path.slice(1).split(/[C, ]/).map(Number);
		const onBorder = (n: ChartNode, x: number, y: number) =>
			x >= n.x &&
			x <= n.x + n.width &&
			y >= n.y &&
			y <= n.y + n.height &&
			(x === n.x || x === n.x + n.width || y === n.y || y === n.y + n.height);
		expect(onBorder(node(layout, from), numbers[0]!, numbers[1]!)).toBe(true);
		expect(onBorder(node(layout, to), numbers.at(-2)!, numbers.at(-1)!)).toBe(true);
	});

	it('is null when a seat is hidden or unknown, or both ends are the same seat', () => {
		const folded = layoutChart(starter('two-tower').seats, { collapsed: new Set(['head-of-gtm']) });
		expect(dottedLinkPath(folded, 'brand-custodian', 'gtm-enterprise')).toBeNull();
		expect(dottedLinkPath(layout, 'brand-custodian', 'nobody')).toBeNull();
		expect(dottedLinkPath(layout, 'cmo', 'cmo')).toBeNull();
	});
});

describe('collapseBelow', () => {
	const seats = [
		{ id: 'top', managerId: null },
		{ id: 'a', managerId: 'top' },
		{ id: 'b', managerId: 'top' },
		{ id: 'a1', managerId: 'a' },
		{ id: 'a1x', managerId: 'a1' }
	];

	it('collapses the managers on the last shown level and counts the levels', () => {
		expect(collapseBelow(seats, 1)).toEqual({ collapsed: new Set(['top']), depth: 4 });
		expect(collapseBelow(seats, 2).collapsed).toEqual(new Set(['a']));
		expect(collapseBelow(seats, 4).collapsed).toEqual(new Set());
		const shown = layoutChart(seats, { collapsed: collapseBelow(seats, 2).collapsed });
		expect(shown.nodes.map((n) => n.id)).toEqual(['top', 'a', 'b']);
		expect(node(shown, 'a').hiddenCount).toBe(2);
	});
});

describe('stacked groups', () => {
	it('shades each column of a stacked team as one group under its manager', () => {
		const team = [
			{ id: 'lead', managerId: null },
			...Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, managerId: 'lead' }))
		];
		const layout = layoutChart(team, { compact: true });
		expect(layout.groups.length).toBeGreaterThan(0);
		expect(layout.groups.every((g) => g.managerId === 'lead')).toBe(true);
		for (const n of layout.nodes.filter((n) => n.id !== 'lead')) {
			const inside = layout.groups.some(
				(g) =>
					n.x >= g.x &&
					n.y >= g.y &&
					n.x + n.width <= g.x + g.width &&
					n.y + n.height <= g.y + g.height
			);
			expect(inside, n.id).toBe(true);
		}
		const lead = node(layout, 'lead');
		expect(layout.groups.every((g) => g.y > lead.y + lead.height)).toBe(true);
	});
});
