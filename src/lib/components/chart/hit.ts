import { quadtree, type Quadtree } from 'd3';
import type { ChartNode } from '$lib/domain/scenario/layout';

/** What is under the pointer: a seat card, or the collapse toggle below its bottom edge. */
export type Hit = { id: string; part: 'node' | 'toggle' } | null;

interface Index {
	tree: Quadtree<ChartNode>;
	/** Half the largest card plus the toggle's reach (chart units). */
	reachX: number;
	reachY: number;
}

const indexes = new WeakMap<readonly ChartNode[], Index>();
const TOGGLE_X = 18;
const TOGGLE_Y = 12;

function indexOf(nodes: readonly ChartNode[]): Index {
	let index = indexes.get(nodes);
	if (index) return index;
	const tree = quadtree<ChartNode>()
		.x((n) => n.x + n.width / 2)
		.y((n) => n.y + n.height / 2)
		.addAll([...nodes]);
	const first = nodes[0];
	index = {
		tree,
		reachX: (first?.width ?? 0) / 2 + TOGGLE_X,
		reachY: (first?.height ?? 0) / 2 + TOGGLE_Y
	};
	indexes.set(nodes, index);
	return index;
}

/** The card or toggle at chart point (x, y), via a quadtree of card centres. */
export function hitTest(nodes: readonly ChartNode[], x: number, y: number): Hit {
	const { tree, reachX, reachY } = indexOf(nodes);
	let hit: Hit = null;
	tree.visit((quad, x0, y0, x1, y1) => {
		if (hit) return true;
		if (!quad.length) {
			for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
				const n = (leaf as { data: ChartNode }).data;
				const [cx, bottom] = [n.x + n.width / 2, n.y + n.height];
				if (n.reportCount > 0 && Math.abs(x - cx) <= TOGGLE_X && Math.abs(y - bottom) <= TOGGLE_Y)
					hit = { id: n.id, part: 'toggle' };
				else if (x >= n.x && x <= n.x + n.width && y >= n.y && y <= bottom)
					hit = { id: n.id, part: 'node' };
				if (hit) return true;
			}
		}
		return x0 > x + reachX || x1 < x - reachX || y0 > y + reachY || y1 < y - reachY;
	});
	return hit;
}
