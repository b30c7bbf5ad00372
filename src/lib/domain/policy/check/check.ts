import type { BrandLayer } from '../brand';
import type { ChecklistItem } from '../schema';
import { claimFindings } from './claims';
import { scoreChecklist, type ChecklistResult } from './checklist';
import { ordered, type Finding } from './findings';
import type { DraftCheckModel } from './model';
import { aiPhrasingFindings, avoidedPhraseFindings } from './phrases';
import { readingLevelOf, type ReadingLevel } from './reading-level';

export interface CheckResult {
	findings: Finding[];
	readingLevel: ReadingLevel;
	checklist: ChecklistResult[];
}

/**
 * Checks a draft against an audience's brand layer: phrases to avoid, claims outside the approved
 * list, generic AI-style phrasing and reading level, each finding with its offsets in `text`;
 * then scores the checklist items a machine can judge. Pure: same input, same result.
 */
export function checkDraft(
	text: string,
	layer: BrandLayer,
	checklist: readonly ChecklistItem[],
	model: DraftCheckModel
): CheckResult {
	const reading = readingLevelOf(text, layer.readingLevel, model);
	const findings = ordered([
		...avoidedPhraseFindings(text, layer.phrasesToAvoid),
		...claimFindings(text, layer, model),
		...aiPhrasingFindings(text, model),
		...reading.findings
	]);
	const evidence = { text, layer, findings, readingLevel: reading.readingLevel };
	return {
		findings,
		readingLevel: reading.readingLevel,
		checklist: scoreChecklist(checklist, evidence)
	};
}
