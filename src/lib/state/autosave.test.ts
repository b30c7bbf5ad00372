import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveResult } from './autosave.svelte';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('Autosave', () => {
	it('saves the latest value once edits pause, with the version it last read', async () => {
		const calls: [string, number][] = [];
		const saver = new Autosave<string>(async (value, version) => {
			calls.push([value, version]);
			return { ok: true, version: version + 1 };
		}, 4);
		saver.schedule('a');
		saver.schedule('b');
		expect(saver.status).toBe('pending');
		await vi.advanceTimersByTimeAsync(800);
		expect(calls).toEqual([['b', 4]]);
		expect(saver).toMatchObject({ status: 'saved', version: 5 });
		saver.schedule('c');
		await saver.flush();
		expect(calls).toEqual([
			['b', 4],
			['c', 5]
		]);
	});

	it('stops on a conflict, keeps the unsaved value and saves nothing more', async () => {
		const save = vi.fn(async (): Promise<SaveResult> => ({
			ok: false,
			conflict: true,
			currentVersion: 9
		}));
		const saver = new Autosave<string>(save, 7);
		saver.schedule('mine');
		await saver.flush();
		expect(saver).toMatchObject({ status: 'conflict', currentVersion: 9, unsaved: 'mine' });
		saver.schedule('more');
		await saver.flush();
		expect(save).toHaveBeenCalledTimes(1);
		saver.reset(9);
		expect(saver).toMatchObject({ status: 'saved', version: 9, unsaved: undefined });
	});

	it('reports an error when the server cannot be reached and keeps the value to retry', async () => {
		const saver = new Autosave<string>(() => Promise.reject(new Error('offline')), 1);
		saver.schedule('x');
		await saver.flush();
		expect(saver.status).toBe('error');
		expect(saver.message).toMatch(/not saved/);
		expect(saver.unsaved).toBe('x');
	});
});
