import type { DraftCheckModel } from './model';
import { finding, occurrences, type Finding } from './findings';

/** Each use of one of the audience's phrases to avoid (brand layer `phrasesToAvoid`). */
export function avoidedPhraseFindings(text: string, phrasesToAvoid: readonly string[]): Finding[] {
	return phrasesToAvoid.flatMap((phrase) =>
		occurrences(text, phrase).map((at) =>
			finding(
				text,
				'phrase-to-avoid',
				at,
				`On this audience's list of phrases to avoid ("${phrase}").`
			)
		)
	);
}

const gradeWords = {
	solid: 'measured',
	medium: 'surveyed',
	practitioner: 'practitioner list',
	assumption: 'editors’ list'
};

/** Each use of generic AI-style phrasing from the maintained list in models/draft-check.json. */
export function aiPhrasingFindings(text: string, model: DraftCheckModel): Finding[] {
	return model.aiPhrases.flatMap((entry) => {
		const source = model.sources.find((s) => s.id === entry.source);
		const basis = source ? ` (${gradeWords[source.grade]}: ${source.id})` : '';
		return entry.phrases.flatMap((phrase) =>
			occurrences(text, phrase).map((at) =>
				finding(
					text,
					'generic-ai-phrasing',
					at,
					`Reads as generic AI-style phrasing${basis}; say it the audience's way.`
				)
			)
		);
	});
}
