import type { Finding } from './findings';

/** A stretch of the draft and the indices of the findings that cover all of it (none: plain text). */
export interface Segment {
	start: number;
	end: number;
	text: string;
	findings: number[];
}

/**
 * The draft cut at every finding's edge, so overlapping findings can be highlighted together;
 * the segments' texts joined give back `text`.
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
	const cuts = [...new Set([0, text.length, ...findings.flatMap((f) => [f.start, f.end])])]
		.filter((c) => c >= 0 && c <= text.length)
		.sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [start, end] = [cuts[i]!, cuts[i + 1]!];
		const covering = findings.flatMap((f, j) => (f.start <= start && f.end >= end ? [j] : []));
		const last = out.at(-1);
		if (last && last.findings.join() === covering.join()) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else out.push({ start, end, text: text.slice(start, end), findings: covering });
	}
	return out;
}
