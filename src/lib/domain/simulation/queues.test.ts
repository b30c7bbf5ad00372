import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { createRng } from './random';
import { VisitQueues } from './visit-queue';

describe('EventQueue', () => {
	it('hands events back earliest first, ties in the order they were scheduled, fields intact', () => {
		const rng = createRng(0.25);
		const q = new EventQueue<string>();
		// Many more than the arrays start with, and times that repeat.
		const scheduled = Array.from({ length: 500 }, (_, i) => ({
			time: Math.floor(rng() * 40),
			i,
			released: rng()
		}));
		for (const e of scheduled)
			q.push(e.time, e.i % 3, e.i, `item ${e.i}`, e.i + 1, e.i - 1, e.i % 2 === 0, e.released);
		const order = [...scheduled].sort((a, b) => a.time - b.time || a.i - b.i);
		for (const e of order) {
			expect(q.pop()).toBe(true);
			expect([q.time, q.kind, q.flow, q.item, q.step, q.reviewer, q.sendBack, q.released]).toEqual([
				e.time,
				e.i % 3,
				e.i,
				`item ${e.i}`,
				e.i + 1,
				e.i - 1,
				e.i % 2 === 0,
				e.released
			]);
		}
		expect(q.pop()).toBe(false);
	});

	it('reuses slots freed by pop and forgets everything on clear', () => {
		const q = new EventQueue<number>();
		q.push(2, 0, 0, 20, 0, -1, false, 0);
		q.push(1, 0, 0, 10, 0, -1, false, 0);
		q.pop();
		q.push(3, 0, 0, 30, 0, -1, false, 0);
		const items: (number | null)[] = [];
		while (q.pop()) items.push(q.item);
		expect(items).toEqual([20, 30]);
		q.push(5, 0, 0, 50, 0, -1, false, 0);
		q.clear();
		expect(q.pop()).toBe(false);
		expect(q.item).toBeNull();
	});
});

describe('VisitQueues', () => {
	it('serves each station first come first served, stations apart', () => {
		const q = new VisitQueues<string>(3);
		for (let i = 0; i < 200; i++) q.push(i % 3, `v${i}`, i, -1, i / 2, i);
		for (const k of [2, 0, 1]) {
			const served: string[] = [];
			while (q.waiting(k)) {
				q.shift(k);
				served.push(q.item!);
				expect([q.step, q.released, q.enqueued]).toEqual([q.enqueued, q.enqueued / 2, q.enqueued]);
			}
			expect(served).toEqual(
				Array.from({ length: 200 }, (_, i) => i)
					.filter((i) => i % 3 === k)
					.map((i) => `v${i}`)
			);
		}
	});

	it('keeps order when visits join while others leave, and empties on clear', () => {
		const q = new VisitQueues<number>(1);
		const out: number[] = [];
		for (let i = 0; i < 10; i++) {
			q.push(0, 2 * i, 0, -1, 0, 0);
			q.push(0, 2 * i + 1, 0, -1, 0, 0);
			q.shift(0);
			out.push(q.item!);
		}
		while (q.waiting(0)) {
			q.shift(0);
			out.push(q.item!);
		}
		expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i));
		q.push(0, 99, 0, -1, 0, 0);
		q.clear();
		expect(q.waiting(0)).toBe(false);
	});
});
