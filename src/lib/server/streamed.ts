/**
 * `work()`, started once the page around it has gone out. A load returns this promise without
 * awaiting it, so SvelteKit sends the page at once and streams the figures in when they are
 * ready: slow simulations then no longer hold up the first paint.
 */
export function streamed<T>(work: () => Promise<T>): Promise<T> {
	const result = new Promise<void>((resolve) => setImmediate(resolve)).then(work);
	// SvelteKit reports a rejection to the page; this only keeps Node from calling it unhandled
	// when the load fails before SvelteKit takes the promise.
	result.catch(() => undefined);
	return result;
}
