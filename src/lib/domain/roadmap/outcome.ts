import type { Outcome } from './schema';

/*
 * Seed 000 asks for agreed definitions of success and warns against "visibility" or
 * "awareness" without one. A metric made only of such words (and filler) is not measurable;
 * "aided awareness %" or "engagement rate" names a measure and passes.
 */
const VAGUE = new Set([
	'awareness',
	'visibility',
	'buzz',
	'mindshare',
	'perception',
	'presence',
	'reach',
	'engagement',
	'thought',
	'leadership',
	'impact',
	'success'
]);
const FILLER = new Set([
	'brand',
	'more',
	'better',
	'increase',
	'increased',
	'improve',
	'improved',
	'overall',
	'general',
	'market',
	'our',
	'the',
	'of',
	'in',
	'and',
	'greater',
	'higher',
	'build',
	'grow'
]);

/** Whether a metric names something vague ("brand awareness", "more visibility") and no measure. */
export function isVagueMetric(metric: string): boolean {
	const words = metric
		.toLowerCase()
		.split(/[^a-z0-9%#]+/)
		.filter(Boolean);
	return words.some((w) => VAGUE.has(w)) && words.every((w) => VAGUE.has(w) || FILLER.has(w));
}

/** Why an outcome is not measurable, or null when it is (a real metric, a baseline and a target). */
export function unmeasurable(o: Outcome): string | null {
	if (o.metric === '') return 'has no outcome metric';
	if (isVagueMetric(o.metric))
		return `measures "${o.metric}", which names no measure; say how it is counted (a rate, a number, a share)`;
	if (o.baseline === null && o.target === null)
		return `has no baseline or target for "${o.metric}"`;
	if (o.baseline === null) return `has no baseline for "${o.metric}"`;
	if (o.target === null) return `has no target for "${o.metric}"`;
	return null;
}
