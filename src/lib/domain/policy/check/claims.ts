import type { BrandLayer } from '../brand';
import { finding, occurrences, type Finding } from './findings';
import type { DraftCheckModel } from './model';

/** Figures that state a result: percentages, multiples, money and "10,000+" counts. */
const figures =
	/(?:[$€£]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion)(?![\p{L}]))?|\d+(?:[.,]\d+)?\s?(?:%|per ?cent(?![\p{L}]))|(?<![\p{L}\p{N}.])\d+(?:\.\d+)?\s?(?:x|×)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])\d+(?:\.\d+)?\s+times(?![\p{L}])|(?<![\p{L}\p{N}.])\d[\d,.]*\+)/giu;

/** Lowercase, one space, "percent" as "%", so "40 per cent" and "40%" compare equal. */
const normal = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/\s*(?:%|per ?cent(?![\p{L}]))/gu, '%')
		.replace(/\s*×/g, 'x')
		.replace(/\s+/g, ' ')
		.trim();

/** From a proof marker to the end of its clause, at most `max` characters past the marker. */
function clauseFrom(text: string, [start, end]: [number, number], max = 60): [number, number] {
	const rest = text.slice(end, end + max);
	const stop = rest.search(/[.;:!?\n(]|,\s/);
	const tail = (stop === -1 ? rest : rest.slice(0, stop)).trimEnd();
	return [start, end + tail.length];
}

/**
 * Claims a reader would take as objective (figures, superlatives, named proof) that the
 * audience's approved claims and proof points do not cover. A claim is covered when its text is
 * part of an approved one, or when it sits inside an approved claim quoted in the draft.
 */
export function claimFindings(
	text: string,
	layer: Pick<BrandLayer, 'approvedClaims' | 'proofPoints'>,
	model: DraftCheckModel
): Finding[] {
	const approved = [...layer.approvedClaims, ...layer.proofPoints];
	const approvedNormal = approved.map(normal);
	const quoted = approved.flatMap((claim) => occurrences(text, claim));
	const covered = ([start, end]: [number, number]) =>
		approvedNormal.some((a) => a.includes(normal(text.slice(start, end)))) ||
		quoted.some(([s, e]) => s <= start && e >= end);
	const candidates: { at: [number, number]; reason: (t: string) => string }[] = [
		...[...text.matchAll(figures)].map((m) => ({
			at: [m.index, m.index + m[0].length] as [number, number],
			reason: (t: string) =>
				`A figure ("${t}") that no approved claim or proof point contains: use an approved figure or get this one approved.`
		})),
		...model.claims.superlatives.flatMap((word) =>
			occurrences(text, word).map((at) => ({
				at,
				reason: (t: string) =>
					`A superlative ("${t}") outside the approved claims: readers take it as a claim that needs evidence.`
			}))
		),
		...model.claims.proofMarkers.flatMap((marker) =>
			occurrences(text, marker).map((at) => ({
				at: clauseFrom(text, at),
				reason: (t: string) => `Named proof ("${t}") that is not among the approved proof points.`
			}))
		)
	];
	return candidates
		.filter((c) => !covered(c.at))
		.map((c) => finding(text, 'unapproved-claim', c.at, c.reason(text.slice(...c.at))));
}
