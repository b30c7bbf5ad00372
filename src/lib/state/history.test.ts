import { describe, expect, it } from 'vitest';
import { History } from './history.svelte';

describe('History', () => {
	it('undoes and redoes steps in order', () => {
		const h = new History('a');
		h.apply('b');
		h.apply('c');
		expect(h.undo()).toBe('b');
		expect(h.undo()).toBe('a');
		expect(h.canUndo).toBe(false);
		expect(h.undo()).toBeUndefined();
		expect(h.redo()).toBe('b');
		expect(h.current).toBe('b');
		expect(h.canRedo).toBe(true);
	});

	it('drops the redo steps when a new edit is made after undo', () => {
		const h = new History(1);
		h.apply(2);
		h.undo();
		h.apply(3);
		expect(h.canRedo).toBe(false);
		expect(h.undo()).toBe(1);
	});

	it('keeps at most the step limit', () => {
		const h = new History(0, 3);
		for (let i = 1; i <= 5; i++) h.apply(i);
		expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual([4, 3, 2, undefined]);
	});
});
