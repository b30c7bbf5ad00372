import readability from 'text-readability';
import { finding, type Finding } from './findings';
import type { DraftCheckModel } from './model';

export interface ReadingLevel {
	/** Flesch–Kincaid US school grade of the whole draft, one decimal. */
	grade: number;
	/** The audience's target grade (brand layer `readingLevel`). */
	target: number;
	/** Whether the draft reads at most `tolerance` grades above the target. */
	withinTarget: boolean;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Sentences of `text` with their [start, end) offsets, trailing spaces left out. */
export function sentences(text: string): { start: number; end: number; text: string }[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	return [...segmenter.segment(text)].flatMap(({ segment, index }) => {
		const trimmed = segment.trimEnd();
		const lead = trimmed.length - trimmed.trimStart().length;
		if (trimmed.trim() === '') return [];
		return [{ start: index + lead, end: index + trimmed.length, text: trimmed.trim() }];
	});
}

/**
 * The draft's Flesch–Kincaid grade (text-readability) against the audience's `target` grade,
 * and each sentence of eight words or more that reads `sentenceMargin` grades above it.
 */
export function readingLevelOf(
	text: string,
	target: number,
	model: DraftCheckModel
): { readingLevel: ReadingLevel; findings: Finding[] } {
	const { tolerance, sentenceMargin } = model.readingLevel;
	const grade = Math.max(0, readability.fleschKincaidGrade(text));
	const findings = sentences(text).flatMap((s) => {
		if (words(s.text) < 8) return [];
		const own = readability.fleschKincaidGrade(s.text);
		if (own <= target + sentenceMargin) return [];
		return [
			finding(
				text,
				'reading-level',
				[s.start, s.end],
				`This sentence reads at about grade ${own.toFixed(0)}, against a target of ${target}: split it or use shorter words.`
			)
		];
	});
	return {
		readingLevel: { grade, target, withinTarget: grade <= target + tolerance },
		findings
	};
}
