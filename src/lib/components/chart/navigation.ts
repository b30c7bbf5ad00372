import type { ChartLayout } from '$lib/domain/scenario/layout';

interface Tree {
	parent: Map<string, string>;
	reports: Map<string, string[]>;
	roots: string[];
}

const trees = new WeakMap<ChartLayout, Tree>();

function treeOf(layout: ChartLayout): Tree {
	let tree = trees.get(layout);
	if (tree) return tree;
	const parent = new Map(layout.links.map((l) => [l.to, l.from]));
	const reports = new Map<string, string[]>();
	for (const l of layout.links) {
		const list = reports.get(l.from);
		if (list) list.push(l.to);
		else reports.set(l.from, [l.to]);
	}
	const roots = layout.nodes.filter((n) => !parent.has(n.id)).map((n) => n.id);
	tree = { parent, reports, roots };
	trees.set(layout, tree);
	return tree;
}

/**
 * The visible seat an arrow key leads to: Up manager, Down first report, Left/Right siblings,
 * Home the top. With no seat active yet, any of them lands on the top of the chart.
 */
export function neighbour(layout: ChartLayout, id: string | null, key: string): string | null {
	const { parent, reports, roots } = treeOf(layout);
	const top = roots[0] ?? null;
	const known = id !== null && (parent.has(id) || roots.includes(id));
	return !known || key === 'Home' ? top : step(id, key);

	function step(from: string, key: string): string | null {
		if (key === 'ArrowUp') return parent.get(from) ?? null;
		if (key === 'ArrowDown') return reports.get(from)?.[0] ?? null;
		const up = parent.get(from);
		const siblings = up === undefined ? roots : reports.get(up)!;
		const i = siblings.indexOf(from) + (key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0);
		return siblings[i] === from ? null : (siblings[i] ?? null);
	}
}

/**
 * The visible seats a tree reader is near when at `id`: its managers up to the top, its
 * siblings and its direct reports, each once, in that order (the top alone when id is null).
 */
export function nearby(layout: ChartLayout, id: string | null): string[] {
	const { parent, reports, roots } = treeOf(layout);
	const at = id !== null && (parent.has(id) || roots.includes(id)) ? id : (roots[0] ?? null);
	if (at === null) return [];
	const chain: string[] = [];
	for (let up = parent.get(at); up !== undefined && chain.length < 10_000; up = parent.get(up))
		chain.unshift(up);
	const up = parent.get(at);
	const siblings = up === undefined ? roots : reports.get(up)!;
	return [...new Set([...chain, ...siblings, at, ...(reports.get(at) ?? [])])];
}
