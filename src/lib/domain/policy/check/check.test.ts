import { describe, expect, it } from 'vitest';
import { draftModel, layer, policyModel } from '../testing';
import { checkDraft } from './check';
import type { Finding, FindingKind } from './findings';

const finance = layer({
	pillars: ['Faster month-end close', 'Audit-ready records'],
	approvedClaims: ['Customers close their books 40% faster'],
	proofPoints: ['Trusted by 300 mid-market finance teams'],
	phrasesToAvoid: ['synergy', 'best-of-breed']
});

const check = (text: string, brand = finance) =>
	checkDraft(text, brand, policyModel.checklist, draftModel);

const of = (findings: Finding[], kind: FindingKind) =>
	findings.filter((f) => f.kind === kind).map((f) => f.text);

/** Every finding's offsets point at its own text. */
function expectOffsets(text: string, findings: Finding[]) {
	for (const f of findings) expect(text.slice(f.start, f.end), f.reason).toBe(f.text);
}

const clean =
	'Close your books faster. Our team keeps records ready for the audit. Book a call and see how it works for you.';

describe('checkDraft', () => {
	it('leaves a clean draft unflagged and passes every item it can judge', () => {
		const result = check(clean);
		expect(result.findings).toEqual([]);
		expect(result.readingLevel.withinTarget).toBe(true);
		const machine = result.checklist.filter((c) => c.judged === 'machine');
		expect(machine.map((c) => c.id)).toEqual([
			'pillars-present',
			'claims-approved',
			'reading-level',
			'no-generic-phrasing'
		]);
		for (const item of machine) expect(item, item.id).toMatchObject({ passed: true, score: 1 });
	});

	it('flags each phrase to avoid, whatever its case, with the phrase as the reason', () => {
		const text = 'We bring Synergy to finance. Best-of-breed tools, real synergy.';
		const { findings } = check(text);
		expect(of(findings, 'phrase-to-avoid')).toEqual(['Synergy', 'Best-of-breed', 'synergy']);
		expect(findings[0]!.reason).toContain('"synergy"');
		expectOffsets(text, findings);
	});

	it('does not flag a phrase inside a longer word or a hyphenated compound', () => {
		expect(of(check('Synergyless teams.').findings, 'phrase-to-avoid')).toEqual([]);
		const { findings } = check('Best-of-breed ledgers.');
		expect(findings.map((f) => [f.kind, f.text])).toEqual([['phrase-to-avoid', 'Best-of-breed']]);
	});

	it('flags figures, superlatives and named proof that the approved list does not cover', () => {
		const text =
			'Teams close 60% faster with the fastest ledger. Trusted by 900 banks, it saves $2m a year and works 3x better.';
		const { findings } = check(text);
		expect(of(findings, 'unapproved-claim')).toEqual([
			'60%',
			'fastest',
			'Trusted by 900 banks',
			'$2m',
			'3x'
		]);
		expectOffsets(text, findings);
	});

	it('accepts claims and proof points from the approved list, quoted or by their figure', () => {
		const text =
			'Customers close their books 40% faster. Trusted by 300 mid-market finance teams. That 40 per cent matters.';
		expect(of(check(text).findings, 'unapproved-claim')).toEqual([]);
	});

	it('flags generic AI-style phrasing from the list in models/, citing its source', () => {
		const text = 'Let us delve into the ever-evolving landscape. It’s important to note the rest.';
		const { findings } = check(text);
		expect(of(findings, 'generic-ai-phrasing')).toEqual([
			'delve',
			'ever-evolving landscape',
			'It’s important to note'
		]);
		expect(findings[0]!.reason).toContain('kobak-2025');
		expectOffsets(text, findings);
	});

	it('measures the reading level against the target and flags a sentence far above it', () => {
		const hard =
			'Notwithstanding considerable organisational heterogeneity, comprehensive reconciliation methodologies substantially accelerate institutional consolidation processes, particularly regarding intercompany eliminations and multijurisdictional regulatory documentation requirements.';
		const text = `${clean} ${hard}`;
		const result = check(text);
		expect(result.readingLevel.target).toBe(10);
		expect(result.readingLevel.grade).toBeGreaterThan(11);
		expect(result.readingLevel.withinTarget).toBe(false);
		expect(of(result.findings, 'reading-level')).toEqual([hard]);
		expectOffsets(text, result.findings);
		expect(result.checklist.find((c) => c.id === 'reading-level')).toMatchObject({
			passed: false,
			score: 0
		});
	});

	it('scores the pillars found and leaves the other items to the reviewer', () => {
		const result = check('Close your month-end faster with us.');
		expect(result.checklist.find((c) => c.id === 'pillars-present')).toMatchObject({
			judged: 'machine',
			passed: false,
			score: 0.5,
			note: expect.stringContaining('Audit-ready records')
		});
		const reviewer = result.checklist.filter((c) => c.judged === 'reviewer').map((c) => c.id);
		expect(reviewer).toEqual([
			'sounds-like-audience',
			'cta-matches-goal',
			'fits-channel',
			'no-conflict'
		]);
	});

	it('keeps the longer phrase when two listed phrases overlap', () => {
		const text = 'This stands as a testament to our work.';
		expect(of(check(text).findings, 'generic-ai-phrasing')).toEqual(['stands as a testament']);
	});

	it('gives offsets in UTF-16 code units after emoji and accents', () => {
		const text = '🚀 Déjà vu: synergy and the fastest close.';
		const { findings } = check(text);
		expect(findings.map((f) => f.text)).toEqual(['synergy', 'fastest']);
		expectOffsets(text, findings);
	});
});
