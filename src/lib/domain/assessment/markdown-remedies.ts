import { fmt } from './drivers';
import { h, table } from './markdown-table';
import type { Remedy } from './remedies';
import type { Report } from './report';

/** A remedy's heading, shared by the screen and the Markdown export. */
export const remedyTitles: Record<Remedy['kind'], string> = {
	'drop-scope': 'Drop or bound scope',
	'protect-planning': 'Protect a planning block',
	'limit-initiatives': 'Limit concurrent initiatives',
	'agree-outcomes': 'Agree measurable outcomes',
	'ai-guardrails': 'Set AI guardrails first',
	'fractional-support': 'Add fractional or specialist support'
};

function body(r: Remedy): string[] {
	switch (r.kind) {
		case 'drop-scope':
			return r.cuts.length === 0
				? ['Nothing to drop: the lead is within the target ratio.']
				: [
						`The lead carries ${h(r.overloadHoursPerWeek)} a week above the target. Move out of marketing:`,
						'',
						...table(
							['Scope', 'h/week', 'Moves to', 'Accountability that moves'],
							r.cuts.map((c) => [c.label, fmt(c.hoursPerWeek), c.movesTo, c.accountability])
						),
						'',
						`Together ${h(r.cutHoursPerWeek)} a week of the ${h(r.overloadHoursPerWeek)} above the target.`
					];
		case 'protect-planning':
			return [
				`Block ${h(r.blockHoursPerWeek)} a week for the quarterly roadmap and its review; ` +
					`${h(r.survivingHoursPerWeek)} survive today` +
					(r.shortfallHoursPerWeek > 0 ? `, ${h(r.shortfallHoursPerWeek)} short.` : '.')
			];
		case 'limit-initiatives':
			return [
				`Run at most **${r.limit}** initiative${r.limit === 1 ? '' : 's'} at a time: ` +
					`${h(r.freeHoursPerWeek)} a week remain after urgent requests and the planning block, ` +
					`at ${h(r.hoursPerInitiativePerWeek)} per initiative.`
			];
		case 'agree-outcomes':
			return table(
				['Area', 'h/week invested', 'Outcome to agree'],
				r.outcomes.map((o) => [o.label, fmt(o.demandHoursPerWeek), o.metric])
			);
		case 'ai-guardrails':
			return [
				`At AI level ${r.aiLevel}:`,
				'',
				...table(
					['Area', 'h/week AI absorbs', 'Rule'],
					r.first.map((g) => [
						g.label,
						fmt(g.absorbedHoursPerWeek),
						g.mode === 'human-decides' ? 'a person decides' : 'AI drafts, a person reviews'
					])
				)
			];
		case 'fractional-support':
			return r.perArea.length === 0
				? ['No fractional support needed: every seat is within the target ratio.']
				: [
						...table(
							['Area', 'Contracted h/week', 'Takes h/week of demand'],
							r.perArea.map((p) => [p.label, fmt(p.hoursPerWeek), fmt(p.takesHoursPerWeek)])
						),
						'',
						`${h(r.hoursPerWeek)} a week in all, about ${fmt(r.costPerYear, 0)} a year.` +
							(r.residualHoursPerWeek > 0
								? ` ${h(r.residualHoursPerWeek)} a week stay above the target (planning and urgent requests stay in-house).`
								: '')
					];
	}
}

/** The remedies section: each remedy with its figures, needed ones first. */
export function remedyLines(report: Report): string[] {
	const ordered = [...report.remedies].sort((a, b) => Number(b.needed) - Number(a.needed));
	return ordered.flatMap((r) => [
		`### ${remedyTitles[r.kind]}${r.needed ? '' : ' (optional)'}`,
		'',
		...body(r),
		''
	]);
}
