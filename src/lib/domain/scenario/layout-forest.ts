import type { Seat } from './schema';

/** The reporting tree the chart draws: every seat exactly once, whatever the input holds. */
export interface Forest {
	/** Seats with no (known) manager, in input order, plus one seat per cycle that had none. */
	roots: string[];
	/** Direct reports per seat, in input order. */
	reports: Map<string, string[]>;
	/** Seats at or under each seat (1 for a seat without reports). */
	subtreeSize: Map<string, number>;
	/** 0 for a root. */
	depth: Map<string, number>;
	/** Every seat in pre-order: a manager before its reports, a subtree without gaps. */
	order: string[];
}

/**
 * Builds the reporting forest in O(n) without recursion. Duplicate ids keep their first seat;
 * a manager that does not exist makes the seat a root; a cycle is broken at its first seat in
 * input order, so a malformed design still draws and nothing loops.
 */
export function buildForest(seats: readonly Pick<Seat, 'id' | 'managerId'>[]): Forest {
	const known = new Map<string, string | null>();
	for (const s of seats) if (!known.has(s.id)) known.set(s.id, s.managerId);
	const claimed = new Map<string, string[]>();
	const roots: string[] = [];
	for (const [id, managerId] of known) {
		if (managerId === null || managerId === id || !known.has(managerId)) roots.push(id);
		else {
			const list = claimed.get(managerId);
			if (list) list.push(id);
			else claimed.set(managerId, [id]);
		}
	}
	const reports = new Map<string, string[]>();
	const depth = new Map<string, number>();
	const order: string[] = [];
	const visit = (root: string) => {
		depth.set(root, 0);
		const stack = [root];
		while (stack.length > 0) {
			const id = stack.pop()!;
			order.push(id);
			const mine = (claimed.get(id) ?? []).filter((r) => !depth.has(r));
			reports.set(id, mine);
			for (const r of mine) depth.set(r, depth.get(id)! + 1);
			for (let i = mine.length - 1; i >= 0; i--) stack.push(mine[i]!);
		}
	};
	for (const root of roots) visit(root);
	for (const id of known.keys())
		if (!depth.has(id)) {
			roots.push(id);
			visit(id);
		}
	const subtreeSize = new Map<string, number>();
	for (let i = order.length - 1; i >= 0; i--) {
		const id = order[i]!;
		let size = 1;
		for (const r of reports.get(id)!) size += subtreeSize.get(r)!;
		subtreeSize.set(id, size);
	}
	return { roots, reports, subtreeSize, depth, order };
}
