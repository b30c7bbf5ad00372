/** Performance mark set when a chart first shows its seats; the bench reads it. */
export const FIRST_FRAME = 'orgchart:first-frame';

/** Marks the first painted chart frame of this page load (later frames are ignored). */
export function markFirstFrame(): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(FIRST_FRAME).length > 0)
		return;
	performance.mark(FIRST_FRAME);
}

/** Runs `f` once the browser has painted the frame now being prepared. */
export function afterPaint(f: () => void): void {
	if (typeof requestAnimationFrame === 'undefined') return f();
	requestAnimationFrame(() => setTimeout(f, 0));
}

/**
 * Runs `f` after the page's first chart frame has been painted (at once after a paint when a
 * chart drew earlier in this page's life): work the first frame does not need waits for it.
 * Answers a function that cancels the wait.
 */
export function afterFirstFrame(f: () => void): () => void {
	let live = true;
	const run = () => afterPaint(() => live && f());
	if (typeof PerformanceObserver === 'undefined') {
		run();
		return () => (live = false);
	}
	const observer = new PerformanceObserver((list) => {
		if (!list.getEntriesByName(FIRST_FRAME).length) return;
		observer.disconnect();
		run();
	});
	observer.observe({ type: 'mark', buffered: true });
	return () => {
		live = false;
		observer.disconnect();
	};
}
