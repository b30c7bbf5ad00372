/** Performance mark set when a chart first shows its seats; the bench reads it. */
export const FIRST_FRAME = 'orgchart:first-frame';

/** Marks the first painted chart frame of this page load (later frames are ignored). */
export function markFirstFrame(): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(FIRST_FRAME).length > 0)
		return;
	performance.mark(FIRST_FRAME);
}
