import { describe, expect, it } from 'vitest';
import { knownCrafts, type SeatKind } from './schema';
import { craftKeywords, suggestSeat } from './suggest';

const cases: [title: string, department: string, kind: SeatKind, craft?: string][] = [
	['Chief Marketing Officer', '', 'cmo'],
	['CMO', 'Marketing', 'cmo'],
	['VP Marketing', '', 'cmo'],
	['Vice President of Marketing', '', 'cmo'],
	['Head of Marketing', '', 'cmo'],
	['Head of GTM', '', 'head-of-gtm'],
	['Director, Go-to-Market', '', 'head-of-gtm'],
	['GTM Marketer', '', 'gtm-marketer'],
	['GTM marketer, enterprise finance', '', 'gtm-marketer'],
	['Segment marketer', '', 'gtm-marketer'],
	['Mini CMO – Mid-market', '', 'gtm-marketer'],
	['Head of Brand', '', 'functional-lead', 'brand'],
	['Director of Content', '', 'functional-lead', 'content'],
	['Content Lead', '', 'functional-lead', 'content'],
	['VP, Demand Generation', '', 'functional-lead', 'demand-generation'],
	['Head of marketing operations', '', 'functional-lead', 'marketing-operations'],
	['Head of field marketing and events', '', 'functional-lead', 'field-events'],
	['Product Marketing Manager', '', 'specialist', 'product-marketing'],
	['Sr. PMM', '', 'specialist', 'product-marketing'],
	['Marketing Coordinator', '', 'coordinator'],
	['Marketing generalist', '', 'coordinator'],
	['Account lead and marketing coordinator', '', 'coordinator'],
	['Event coordinator', '', 'specialist', 'field-events'],
	['Fractional CMO', '', 'fractional'],
	['Fractional product marketer', '', 'fractional', 'product-marketing'],
	['SEO Consultant', '', 'fractional', 'seo'],
	['Design and web agency (retainer)', '', 'agency', 'design'],
	['Account manager', 'Agency', 'agency'],
	['Brand custodian', '', 'craft-custodian', 'brand'],
	['Content steward', '', 'craft-custodian', 'content'],
	['Senior Graphic Designer', '', 'specialist', 'design'],
	['SEO and content editor', '', 'specialist', 'seo'],
	['Paid social manager', '', 'specialist', 'paid-media'],
	['PPC specialist', '', 'specialist', 'paid-media'],
	['Social media manager', '', 'specialist', 'social'],
	['Growth marketer', '', 'specialist', 'demand-generation'],
	['Email & lifecycle marketer', '', 'specialist', 'demand-generation'],
	['Marketing automation specialist', '', 'specialist', 'marketing-operations'],
	['CRM and data administrator', '', 'specialist', 'marketing-operations'],
	['Marketing analyst', '', 'specialist', 'analytics'],
	['PR manager', '', 'specialist', 'communications'],
	['Executive communications writer', '', 'specialist', 'communications'],
	['Sales enablement manager', '', 'specialist', 'sales-enablement'],
	['Web developer', '', 'specialist', 'web'],
	['Field marketing manager, EMEA', '', 'specialist', 'field-events'],
	['Manager', 'Brand & Creative', 'specialist', 'brand'],
	['Director', 'Content', 'functional-lead', 'content'],
	['Office manager', '', 'specialist']
];

describe('suggestSeat', () => {
	it.each(cases)('"%s" (department "%s") → %s %s', (title, department, kind, craft) => {
		expect(suggestSeat(title, department)).toEqual(craft ? { kind, craft } : { kind });
	});

	it('only suggests crafts a workspace knows', () => {
		for (const [, craft] of craftKeywords) expect(knownCrafts).toContain(craft);
	});

	it('never throws on empty or odd input', () => {
		expect(suggestSeat('')).toEqual({ kind: 'specialist' });
		expect(suggestSeat('  ---  ', '')).toEqual({ kind: 'specialist' });
	});
});
