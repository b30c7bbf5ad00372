import type { SeatKind } from './schema';

/** A seat kind (and craft, where the kind has one) guessed from a job title. */
export interface SeatSuggestion {
	kind: SeatKind;
	craft?: string;
}

/**
 * Keyword → craft. In a title the keyword that starts first wins ("Paid social manager" is paid
 * media, "SEO and content editor" is SEO); at the same position the longer phrase wins.
 */
export const craftKeywords: readonly (readonly [keyword: string, craft: string])[] = [
	['product marketing', 'product-marketing'],
	['product marketer', 'product-marketing'],
	['pmm', 'product-marketing'],
	['competitive', 'product-marketing'],
	['market intelligence', 'product-marketing'],
	['sales enablement', 'sales-enablement'],
	['enablement', 'sales-enablement'],
	['marketing operations', 'marketing-operations'],
	['marketing ops', 'marketing-operations'],
	['mops', 'marketing-operations'],
	['operations', 'marketing-operations'],
	['ops', 'marketing-operations'],
	['automation', 'marketing-operations'],
	['martech', 'marketing-operations'],
	['crm', 'marketing-operations'],
	['revops', 'marketing-operations'],
	['analytics', 'analytics'],
	['analyst', 'analytics'],
	['insights', 'analytics'],
	['attribution', 'analytics'],
	['data', 'analytics'],
	['events', 'field-events'],
	['event', 'field-events'],
	['field', 'field-events'],
	['experiential', 'field-events'],
	['communications', 'communications'],
	['communication', 'communications'],
	['comms', 'communications'],
	['public relations', 'communications'],
	['pr', 'communications'],
	['press', 'communications'],
	['media relations', 'communications'],
	['demand', 'demand-generation'],
	['growth', 'demand-generation'],
	['lifecycle', 'demand-generation'],
	['email', 'demand-generation'],
	['lead generation', 'demand-generation'],
	['lead gen', 'demand-generation'],
	['abm', 'demand-generation'],
	['account based', 'demand-generation'],
	['acquisition', 'demand-generation'],
	['paid', 'paid-media'],
	['ppc', 'paid-media'],
	['sem', 'paid-media'],
	['performance marketing', 'paid-media'],
	['media buyer', 'paid-media'],
	['advertising', 'paid-media'],
	['social', 'social'],
	['community', 'social'],
	['seo', 'seo'],
	['search engine', 'seo'],
	['content', 'content'],
	['copywriter', 'content'],
	['writer', 'content'],
	['editor', 'content'],
	['editorial', 'content'],
	['video', 'content'],
	['design', 'design'],
	['designer', 'design'],
	['graphic', 'design'],
	['creative', 'design'],
	['art director', 'design'],
	['web', 'web'],
	['website', 'web'],
	['webmaster', 'web'],
	['developer', 'web'],
	['front end', 'web'],
	['brand', 'brand'],
	['branding', 'brand'],
	['ai governance', 'ai-governance']
];

/** Lowercase words separated by single spaces, with common abbreviations spelled one way. */
function normalise(text: string): string {
	return ` ${text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `
		.replace(/ go to market /g, ' gtm ')
		.replace(/ vice president /g, ' vp ')
		.replace(/ (s|e)vp /g, ' vp ')
		.replace(/ mktg /g, ' marketing ')
		.replace(/ sr /g, ' senior ');
}

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(` ${w} `));

/** The craft named in a (normalised) text, or undefined. */
function findCraft(text: string): string | undefined {
	let best: { at: number; length: number; craft: string } | undefined;
	for (const [keyword, craft] of craftKeywords) {
		const at = text.indexOf(` ${keyword} `);
		if (at < 0) continue;
		if (!best || at < best.at || (at === best.at && keyword.length > best.length))
			best = { at, length: keyword.length, craft };
	}
	return best?.craft;
}

const isLeader = (t: string) =>
	has(t, 'head', 'director', 'vp', 'chief', 'team lead', 'team leader') ||
	/ lead(er)? ($|of |for )/.test(t.replace(/ lead gen(eration)? /g, ' '));

/**
 * Suggests a seat kind from a job title, and a craft from the title or else the department.
 * A guess for a person to confirm: unknown titles become a specialist without a craft.
 */
export function suggestSeat(title: string, department = ''): SeatSuggestion {
	const t = normalise(title);
	const d = normalise(department);
	const titleCraft = findCraft(t);
	const craft = titleCraft ?? findCraft(d);
	const withCraft = (kind: SeatKind): SeatSuggestion => (craft ? { kind, craft } : { kind });

	if (has(t, 'agency', 'vendor', 'outsourced') || has(d, 'agency', 'agencies'))
		return withCraft('agency');
	if (has(t, 'fractional', 'consultant', 'consulting', 'freelance', 'freelancer', 'contractor'))
		return withCraft('fractional');
	if (has(t, 'custodian', 'steward', 'guardian')) return withCraft('craft-custodian');
	if (has(t, 'mini cmo', 'segment marketer', 'audience marketer', 'segment marketing'))
		return { kind: 'gtm-marketer' };
	if (has(t, 'gtm')) return { kind: isLeader(t) ? 'head-of-gtm' : 'gtm-marketer' };
	if (has(t, 'cmo', 'chief marketing officer', 'chief growth officer')) return { kind: 'cmo' };
	if (isLeader(t)) {
		if (titleCraft) return withCraft('functional-lead');
		return has(t, 'marketing') ? { kind: 'cmo' } : withCraft('functional-lead');
	}
	if (!titleCraft && has(t, 'coordinator', 'generalist', 'assistant', 'associate'))
		return { kind: 'coordinator' };
	return withCraft('specialist');
}
