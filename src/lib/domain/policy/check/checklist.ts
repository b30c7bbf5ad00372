import type { BrandLayer } from '../brand';
import type { ChecklistItem, Judge } from '../schema';
import { occurrences, type Finding } from './findings';
import type { ReadingLevel } from './reading-level';

/** One checklist item after the check: judged by the machine with a score, or left to the reviewer. */
export type ChecklistResult =
	| { id: string; text: string; judged: 'machine'; passed: boolean; score: number; note: string }
	| { id: string; text: string; judged: 'reviewer'; note: string };

const stopWords = new Set([
	'with',
	'that',
	'this',
	'from',
	'your',
	'their',
	'they',
	'than',
	'into',
	'more',
	'less',
	'without',
	'about',
	'over'
]);

/** Words of four letters or more that carry a pillar's meaning. */
const keyWords = (pillar: string) =>
	[...new Set(pillar.toLowerCase().match(/[\p{L}][\p{L}'-]{3,}/gu) ?? [])].filter(
		(w) => !stopWords.has(w)
	);

/** A pillar is present when at least half of its key words (or their plural) are in the draft. */
export function pillarPresent(text: string, pillar: string): boolean {
	const words = keyWords(pillar);
	if (words.length === 0) return true;
	const found = words.filter(
		(w) => occurrences(text, w).length > 0 || occurrences(text, `${w}s`).length > 0
	).length;
	return found >= Math.ceil(words.length / 2);
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Evidence {
	text: string;
	layer: BrandLayer;
	findings: Finding[];
	readingLevel: ReadingLevel;
}

type Judged = { passed: boolean; score: number; note: string };

const judgeBy: Record<Judge, (e: Evidence) => Judged> = {
	pillars: ({ text, layer }) => {
		if (layer.pillars.length === 0)
			return { passed: true, score: 1, note: 'The brand layer lists no pillars to look for.' };
		const missing = layer.pillars.filter((p) => !pillarPresent(text, p));
		const score = 1 - missing.length / layer.pillars.length;
		return {
			passed: missing.length === 0,
			score,
			note:
				missing.length === 0
					? `All ${count(layer.pillars.length, 'pillar')} present.`
					: `Missing: ${missing.map((p) => `"${p}"`).join(', ')}.`
		};
	},
	claims: ({ findings }) => {
		const n = findings.filter((f) => f.kind === 'unapproved-claim').length;
		return {
			passed: n === 0,
			score: n === 0 ? 1 : 0,
			note:
				n === 0 ? 'No unapproved claims found.' : `${count(n, 'claim')} not in the approved list.`
		};
	},
	'reading-level': ({ readingLevel: r }) => ({
		passed: r.withinTarget,
		score: r.withinTarget ? 1 : 0,
		note: `Grade ${r.grade.toFixed(1)} against a target of ${r.target}.`
	}),
	phrasing: ({ findings }) => {
		const n = findings.filter(
			(f) => f.kind === 'phrase-to-avoid' || f.kind === 'generic-ai-phrasing'
		).length;
		return {
			passed: n === 0,
			score: n === 0 ? 1 : 0,
			note:
				n === 0
					? 'No phrases to avoid or generic AI phrasing found.'
					: `${count(n, 'phrase')} flagged.`
		};
	}
};

/**
 * The checklist with a score (0–1) for each item a machine can judge and, for the rest, a note
 * that the reviewer decides.
 */
export function scoreChecklist(
	items: readonly ChecklistItem[],
	evidence: Evidence
): ChecklistResult[] {
	return items.map(({ id, text, judge }) =>
		judge
			? { id, text, judged: 'machine', ...judgeBy[judge](evidence) }
			: { id, text, judged: 'reviewer', note: 'For the reviewer: a machine cannot judge this.' }
	);
}
