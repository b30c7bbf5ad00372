/** Where progress goes: stderr, and whether it is a terminal. */
export interface ProgressTarget {
	stderr: { write(text: string): unknown };
	isTTY: boolean;
}

export interface Progress {
	/** `done` of `total` replications finished (sensitivity and comparison runs included). */
	update(done: number, total: number): void;
	/** Clears the progress line, if one was written. */
	finish(): void;
}

export interface ProgressOptions {
	/** Runs of more replications than this show progress from the start. */
	threshold?: number;
	/** Shorter runs show it once they have taken this long, ms. */
	delayMs?: number;
	now?: () => number;
}

/**
 * A one-line progress indicator on stderr, rewritten in place with `\r`
 * ("Simulating… 40% (80/200 replications)"). Only on a terminal, and only for long runs; pipes
 * and tests never see it.
 */
export function progress(target: ProgressTarget, options: ProgressOptions = {}): Progress {
	const { threshold = 100, delayMs = 300, now = () => performance.now() } = options;
	const start = now();
	let width = 0;
	let last = '';
	return {
		update(done, total) {
			if (!target.isTTY || total <= 0) return;
			if (width === 0 && total <= threshold && now() - start < delayMs) return;
			const share = Math.min(1, Math.max(0, done / total));
			const pct = `${Math.floor(share * 100)}%`;
			// One write per percent is enough for the eye, and cheap on a slow terminal.
			if (pct === last) return;
			const line = `Simulating… ${pct} (${done}/${total} replications)`;
			target.stderr.write(`\r${line.padEnd(width)}`);
			width = Math.max(width, line.length);
			last = pct;
		},
		finish() {
			if (width > 0) target.stderr.write(`\r${' '.repeat(width)}\r`);
			width = 0;
			last = '';
		}
	};
}
