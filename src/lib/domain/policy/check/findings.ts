/** What the draft check flags, in the order the page explains them. */
export const findingKinds = [
	'phrase-to-avoid',
	'unapproved-claim',
	'generic-ai-phrasing',
	'reading-level'
] as const;
export type FindingKind = (typeof findingKinds)[number];

export const findingKindLabels: Record<FindingKind, string> = {
	'phrase-to-avoid': 'Phrase to avoid',
	'unapproved-claim': 'Claim not approved',
	'generic-ai-phrasing': 'Generic AI-style phrasing',
	'reading-level': 'Hard to read'
};

/**
 * One flagged stretch of the draft: `text` is `draft.slice(start, end)` (UTF-16 offsets, end
 * exclusive) and `reason` says why, in words a writer can act on.
 */
export interface Finding {
	kind: FindingKind;
	start: number;
	end: number;
	text: string;
	reason: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `phrase` that ignores case, runs of spaces and the style of apostrophe. */
function patternOf(phrase: string): RegExp {
	const body = phrase
		.trim()
		.split(/\s+/)
		.map((word) => escape(word).replace(/['’]/g, "['’]"))
		.join('\\s+');
	// A hyphenated compound is one word: "best" is not found inside "best-of-breed".
	const before = /^[\p{L}\p{N}]/u.test(phrase.trim()) ? '(?<![\\p{L}\\p{N}-])' : '';
	const after = /[\p{L}\p{N}]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])' : '';
	return new RegExp(`${before}${body}${after}`, 'giu');
}

/** Every whole-word occurrence of `phrase` in `text` as [start, end) offsets. */
export function occurrences(text: string, phrase: string): [number, number][] {
	if (phrase.trim() === '') return [];
	return [...text.matchAll(patternOf(phrase))].map((m) => [m.index, m.index + m[0].length]);
}

/** A finding for `text.slice(start, end)`. */
export const finding = (
	text: string,
	kind: FindingKind,
	[start, end]: [number, number],
	reason: string
): Finding => ({ kind, start, end, text: text.slice(start, end), reason });

/**
 * The findings in reading order, without one that overlaps a longer one of the same kind (the
 * longer, more specific phrase wins; between equals, the earlier).
 */
export function ordered(findings: Finding[]): Finding[] {
	const byLength = [...findings].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Finding[] = [];
	for (const f of byLength)
		if (!kept.some((g) => g.kind === f.kind && g.start < f.end && f.start < g.end)) kept.push(f);
	return kept.sort(
		(a, b) =>
			a.start - b.start ||
			b.end - a.end ||
			findingKinds.indexOf(a.kind) - findingKinds.indexOf(b.kind)
	);
}
