import type { BrandLayer } from './brand';
import type { DocumentRow, PolicyDocument } from './document';
import { automationLevelLabels, type PolicyVersion } from './schema';

/** Text made safe inside a Markdown table cell or list item: no pipes or line breaks. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const list = (items: readonly string[], empty = '_None listed._') =>
	items.length === 0 ? empty : items.map((i) => `- ${cell(i)}`).join('\n');

const date = (iso: string) => iso.slice(0, 10);

function rows(title: string, intro: string, rs: DocumentRow[], withReviewer: boolean): string {
	const head = withReviewer
		? '| Activity | Craft | Data allowed into AI tools | Reviewer | Why |\n| --- | --- | --- | --- | --- |'
		: '| Activity | Craft | Data allowed into AI tools | Why |\n| --- | --- | --- | --- |';
	const body = rs.map((r) => {
		const data = r.dataClasses.join(', ') || 'none';
		const cells = withReviewer
			? [r.activity, r.craft, data, r.reviewer, r.reason]
			: [r.activity, r.craft, data, r.reason];
		return `| ${cells.map(cell).join(' | ')} |`;
	});
	return `## ${title}\n\n${intro}\n\n${rs.length === 0 ? '_No activity._' : [head, ...body].join('\n')}`;
}

/**
 * The approved policy as one Markdown file: where AI acts alone, where a person reviews and who,
 * where only people work, which data may go into AI tools, the checklist, then the brand layers.
 */
export function policyMarkdown(
	version: Omit<PolicyVersion, 'policy'>,
	doc: PolicyDocument,
	brand: { audience: string; layer: BrandLayer }[]
): string {
	const note = version.note ? `\n\n> ${cell(version.note)}` : '';
	const reviewed = doc.byLevel['ai-draft-human-review'];
	return (
		[
			`# AI guardrail policy, version ${version.number}`,
			`Approved by ${version.approvedByName} on ${date(version.approvedAt)}.${note}`,
			rows(
				automationLevelLabels['ai-autonomous'],
				'AI may do this work without a person checking each result.',
				doc.byLevel['ai-autonomous'],
				false
			),
			rows(
				automationLevelLabels['ai-draft-human-review'],
				'AI drafts; the reviewer named checks the draft against its checklist before it is used.',
				reviewed,
				true
			),
			rows(
				automationLevelLabels['human-only'],
				'AI takes no part in this work.',
				doc.byLevel['human-only'],
				false
			),
			`## Which data may go into AI tools\n\n${doc.data.map((d) => `- **${d.dataClass}**: ${d.activities.length === 0 ? 'no activity' : d.activities.map(cell).join(', ')}`).join('\n')}`,
			`## The pre-review checklist\n\n${list(doc.checklist.map((i) => i.text))}\n\n${reviewed
				.filter((r) => r.checklist.length > 0)
				.map((r) => `- **${cell(r.activity)}** is checked for: ${r.checklist.map(cell).join('; ')}`)
				.join('\n')}`,
			`## Brand layers\n\n${brand.length === 0 ? '_No brand layer written yet._' : brand.map((b) => brandMarkdown(b.audience, b.layer, 3)).join('\n\n')}`
		].join('\n\n') + '\n'
	);
}

/**
 * One audience's brand layer as Markdown meant to be loaded into an AI assistant's context once
 * and reused for every draft; `level` is the heading depth of its title.
 */
export function brandMarkdown(audience: string, layer: BrandLayer, level = 1): string {
	const h = (n: number) => '#'.repeat(Math.min(6, level + n));
	const section = (title: string, body: string) => `${h(1)} ${title}\n\n${body}`;
	return [
		`${h(0)} Brand layer: ${cell(audience)}`,
		`Write for ${cell(audience)} with this brand layer. Use only the approved claims and proof points, never the phrases to avoid, and aim at the reading level given.`,
		section('Voice and tone', layer.voiceAndTone || '_Not written yet._'),
		section('Messaging pillars', list(layer.pillars)),
		section('Ideal customer profiles', list(layer.idealCustomerProfiles)),
		section('Positioning', layer.positioning || '_Not written yet._'),
		section('Approved claims', list(layer.approvedClaims)),
		section('Proof points', list(layer.proofPoints)),
		section('SEO and content preferences', list(layer.seoPreferences)),
		section(
			'Example assets',
			list(layer.exampleAssets.map((a) => `[${a.title.replace(/[[\]]/g, '')}](${a.url})`))
		),
		section('Phrases to avoid', list(layer.phrasesToAvoid)),
		section('Reading level', `US school grade ${layer.readingLevel} or lower (Flesch–Kincaid).`)
	].join('\n\n');
}
