import { describe, expect, it } from 'vitest';
import { editSeat } from '$lib/domain/scenario/operations';
import { value } from '$lib/domain/scenario/operations-testing';
import type { Design } from '$lib/domain/scenario/schema';
import { twoTowerDesign } from '$lib/domain/scenario/testing';
import { KEPT_STEPS, keepSteps, loadSteps } from './undo-session';

/** A Storage holding at most `limit` characters, as a browser tab's does. */
function storage(limit = Infinity): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		key: (i) => [...items.keys()][i] ?? null,
		getItem: (k) => items.get(k) ?? null,
		removeItem: (k) => void items.delete(k),
		setItem: (k, v) => {
			const used = [...items].reduce((n, [key, s]) => n + (key === k ? 0 : s.length), 0);
			if (used + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
			items.set(k, v);
		}
	};
}

/** Designs that each retitle one seat more than the one before. */
function edits(n: number): Design[] {
	const out = [twoTowerDesign()];
	for (let i = 1; i <= n; i++)
		out.push(value(editSeat(out[i - 1]!, 'gtm-ent', { title: `Enterprise lead ${i}` })));
	return out;
}

describe('undo across a reload', () => {
	it('gives back the steps on both sides of the design as reloaded', () => {
		const tab = storage();
		const [a, b, c, d] = edits(3) as [Design, Design, Design, Design];
		expect(keepSteps(tab, 's1', 4, { past: [a, b], current: c, future: [d] })).toBe(KEPT_STEPS);
		const reloaded = JSON.parse(JSON.stringify(c)) as Design;
		const kept = loadSteps(tab, 's1', 4, reloaded)!;
		expect(kept.past).toEqual([a, b]);
		expect(kept.current).toBe(reloaded);
		expect(kept.future).toEqual([d]);
		expect(loadSteps(tab, 's1', 5, reloaded)).toBeNull();
	});

	it('stores a step as what changed, not the whole design', () => {
		const tab = storage();
		const steps = edits(2);
		keepSteps(tab, 's1', 1, { past: steps.slice(0, 2), current: steps[2]!, future: [] });
		const stored = tab.getItem('orgcraft:undo:s1')!;
		expect(stored.length).toBeLessThan(JSON.stringify(steps[0]).length);
	});

	it('keeps the nearest steps that fit when the tab’s storage is full, and says how many', () => {
		const steps = edits(KEPT_STEPS);
		const all = { past: steps.slice(0, -1), current: steps.at(-1)!, future: [] };
		const roomy = storage();
		keepSteps(roomy, 's1', 1, all);
		const size = roomy.getItem('orgcraft:undo:s1')!.length;
		const tab = storage(size / 2);
		const kept = keepSteps(tab, 's1', 1, all);
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(KEPT_STEPS);
		const back = loadSteps(tab, 's1', 1, all.current)!;
		expect(back.past).toEqual(all.past.slice(-kept));
		expect(keepSteps(storage(10), 's1', 1, all)).toBe(0);
	});
});
