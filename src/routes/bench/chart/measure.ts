/** Browser-side measurements for scripts/bench.mjs, exposed on `window.bench` by the page. */
import { tick } from 'svelte';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface PanResult {
	/** Time between animation frames while panning (ms); 16.7 means 60 fps. */
	gaps: number[];
	/** Per frame: draw plus raster (forced by reading one pixel back), from frame start (ms). */
	work: number[];
}

/**
 * Pans the chart with a mouse drag (d3-zoom's own listeners), one step per animation frame.
 * With `flush`, each frame reads a canvas pixel back so that raster time is counted as work.
 */
export async function pan(frames = 90, flush = false): Promise<PanResult> {
	const el = document.querySelector<HTMLElement>('[role="tree"]')!;
	const canvas = el.querySelector('canvas')?.getContext('2d');
	const box = el.getBoundingClientRect();
	let [x, y] = [box.left + 40, box.top + 40];
	const at = () => ({ clientX: x, clientY: y, bubbles: true, view: window, button: 0 });
	el.dispatchEvent(new MouseEvent('mousedown', at()));
	const stamps = [await frame()];
	const work: number[] = [];
	for (let i = 0; i < frames; i++) {
		[x, y] = [x + (i % 60 < 30 ? 8 : -8), y + (i % 40 < 20 ? 3 : -3)];
		window.dispatchEvent(new MouseEvent('mousemove', at()));
		// Let the chart queue its redraw first, so this frame's callback runs after the draw.
		await tick();
		const stamp = await frame();
		if (flush && canvas) {
			canvas.getImageData(0, 0, 1, 1);
			work.push(performance.now() - stamp);
		}
		stamps.push(stamp);
	}
	window.dispatchEvent(new MouseEvent('mouseup', at()));
	return { gaps: stamps.slice(1).map((t, i) => t - stamps[i]!), work };
}

/** Resolves once the chart has painted: its renderer exists and two more frames have passed. */
export async function painted(): Promise<void> {
	while (!document.querySelector('[data-renderer] canvas, [data-renderer] svg [data-seat-id]'))
		await frame();
	await frame();
	await frame();
}

/** Resolves once a canvas chart's hidden outline lists every seat (it fills in idle chunks). */
export async function outlined(): Promise<void> {
	while (document.querySelector('[data-outline]:not([data-complete="true"])')) await frame();
}
