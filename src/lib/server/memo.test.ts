import { beforeEach, describe, expect, it } from 'vitest';
import { Lru } from './lru';
import { forgetMemoised, memoised } from './memo';

describe('the LRU', () => {
	it('forgets the least recently used entry past its size', () => {
		const lru = new Lru<string, number>(2);
		lru.set('a', 1);
		lru.set('b', 2);
		expect(lru.get('a')).toBe(1); // a is now the most recent
		lru.set('c', 3);
		expect([lru.has('a'), lru.has('b'), lru.has('c')]).toEqual([true, false, true]);
		expect(lru.size).toBe(2);
	});

	it('refuses a size that is not a whole number of at least one', () => {
		expect(() => new Lru(0)).toThrow(/max: expected a whole number ≥ 1, got 0/);
	});
});

describe('memoised', () => {
	beforeEach(forgetMemoised);

	it('computes once for equal inputs and again when any nested value changes', () => {
		let runs = 0;
		const compute = (n: number) => () => ({ figure: n, run: ++runs });
		const inputs = { scenario: { seats: [{ id: 's', fte: 1 }] }, library: { hours: 2 } };
		expect(memoised('k', inputs, compute(1))).toEqual({ figure: 1, run: 1 });
		expect(memoised('k', structuredClone(inputs), compute(1))).toEqual({ figure: 1, run: 1 });
		const changed = structuredClone(inputs);
		changed.scenario.seats[0]!.fte = 0.5;
		expect(memoised('k', changed, compute(2))).toEqual({ figure: 2, run: 2 });
		expect(memoised('other', inputs, compute(3))).toEqual({ figure: 3, run: 3 });
	});

	it('gives each caller its own copy', () => {
		const first = memoised('k', 1, () => ({ list: [1] }));
		first.list.push(2);
		expect(memoised('k', 1, () => ({ list: [9] }))).toEqual({ list: [1] });
	});
});
