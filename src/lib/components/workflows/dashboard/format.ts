/** A figure with one decimal, or an em dash when there is nothing to measure yet. */
export const figure = (n: number | null | undefined, digits = 1) =>
	n === null || n === undefined ? '—' : n.toFixed(digits);

/** Hours rounded to whole hours, blank for none. */
export const hours = (n: number) => (n < 0.5 ? '' : String(Math.round(n)));
