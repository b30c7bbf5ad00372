import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import {
	conversationRequestSchema,
	conversationRequestSchemaAsOf,
	conversationSchema,
	notInFuture
} from './schema';
import { conversation } from './testing';

const valid = {
	date: '2026-11-16',
	audienceId: 'mid-market-fintech',
	company: 'Northwind',
	contactRole: 'Head of finance',
	type: 'call',
	pains: ['Slow month-end close']
};

const issuesOf = (body: unknown, today = '2026-11-21') => {
	const result = conversationRequestSchemaAsOf(today).safeParse(body);
	return result.success ? [] : zodIssues(result.error);
};

describe('conversationRequestSchema', () => {
	it('accepts a minimal request and normalises pains', () => {
		expect(conversationRequestSchema.parse(valid)).toEqual({
			...valid,
			pains: ['slow month-end close']
		});
	});

	it('trims pains, lowercases, collapses spaces and drops duplicates in first-seen order', () => {
		const pains = ['  Slow  Close ', 'slow close', 'NO\tforecast', 'Manual reconciliation'];
		expect(conversationRequestSchema.parse({ ...valid, pains }).pains).toEqual([
			'slow close',
			'no forecast',
			'manual reconciliation'
		]);
	});

	it('defaults pains to an empty list and reads blank or null optional fields as absent', () => {
		const withoutPains: Record<string, unknown> = { ...valid };
		delete withoutPains.pains;
		const parsed = conversationRequestSchema.parse({
			...withoutPains,
			product: '  ',
			quote: null,
			link: '',
			notes: ''
		});
		expect(parsed.pains).toEqual([]);
		expect([parsed.product, parsed.quote, parsed.link, parsed.notes]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('keeps markup as text and strips control characters', () => {
		const parsed = conversationRequestSchema.parse({
			...valid,
			company: '<script>alert(1)</script>\u0000Corp\n',
			quote: '  "It <b>hurts</b>"\r\nevery\u0007 month  ',
			notes: 'line one\r\n\tline two\u001b',
			link: 'https://example.com/a?b=<c>'
		});
		expect(parsed.company).toBe('<script>alert(1)</script> Corp');
		expect(parsed.quote).toBe('"It <b>hurts</b>"\nevery month');
		expect(parsed.notes).toBe('line one\n\tline two');
		expect(parsed.link).toBe('https://example.com/a?b=<c>');
	});

	it('accepts 12 pains after deduplication and exactly 500 characters of quote', () => {
		const pains = [...Array.from({ length: 12 }, (_, i) => `pain ${i}`), 'PAIN 0'];
		expect(issuesOf({ ...valid, pains, quote: 'q'.repeat(500) })).toEqual([]);
	});
});

describe('field messages', () => {
	it.each<[string, Record<string, unknown>, string, string]>([
		[
			'future date',
			{ date: '2026-11-22' },
			'date',
			'must not be in the future (today is 2026-11-21)'
		],
		['impossible date', { date: '2026-02-30' }, 'date', 'expected a real date as YYYY-MM-DD'],
		[
			'date with a time',
			{ date: '2026-11-16T10:00:00Z' },
			'date',
			'expected a real date as YYYY-MM-DD'
		],
		['missing date', { date: undefined }, 'date', 'is required (a date as YYYY-MM-DD)'],
		[
			'bad audience id',
			{ audienceId: 'no spaces' },
			'audienceId',
			'expected 1–64 letters, digits, "-" or "_"'
		],
		['empty company', { company: '   ' }, 'company', 'must not be empty'],
		['long company', { company: 'x'.repeat(121) }, 'company', 'must be at most 120 characters'],
		['missing contact role', { contactRole: undefined }, 'contactRole', 'is required (a string)'],
		['numeric contact role', { contactRole: 7 }, 'contactRole', 'expected a string'],
		[
			'unknown type',
			{ type: 'email' },
			'type',
			'expected one of call, visit, interview, win-loss, support'
		],
		[
			'missing type',
			{ type: undefined },
			'type',
			'is required (one of call, visit, interview, win-loss, support)'
		],
		['pains not a list', { pains: 'slow close' }, 'pains', 'expected a list of pains'],
		['empty pain', { pains: ['ok', ' '] }, 'pains[1]', 'must not be empty'],
		['long pain', { pains: ['p'.repeat(41)] }, 'pains[0]', 'must be at most 40 characters'],
		[
			'too many pains',
			{ pains: Array.from({ length: 13 }, (_, i) => `pain ${i}`) },
			'pains',
			'must list at most 12 pains'
		],
		['long product', { product: 'p'.repeat(121) }, 'product', 'must be at most 120 characters'],
		['100 KB quote', { quote: 'q'.repeat(100 * 1024) }, 'quote', 'must be at most 500 characters'],
		[
			'javascript: link',
			{ link: 'javascript:alert(1)' },
			'link',
			'must start with http:// or https:// (javascript: links are not allowed)'
		],
		[
			'data: link',
			{ link: 'data:text/html,<b>x</b>' },
			'link',
			'must start with http:// or https:// (data: links are not allowed)'
		],
		[
			'not a link',
			{ link: 'notes on the drive' },
			'link',
			'expected a web address such as https://example.com/notes'
		],
		[
			'long link',
			{ link: `https://example.com/${'a'.repeat(2000)}` },
			'link',
			'must be at most 2000 characters'
		],
		['long notes', { notes: 'n'.repeat(2001) }, 'notes', 'must be at most 2000 characters'],
		[
			'unknown field',
			{ sentiment: 'good' },
			'sentiment',
			'is not a known field; remove it or check its spelling'
		]
	])('%s', (_, change, path, message) => {
		expect(issuesOf({ ...valid, ...change })).toEqual([{ path, message }]);
	});
});

describe('notInFuture', () => {
	it.each([
		['2026-11-20', '2026-11-21', true],
		['2026-11-21', '2026-11-21', true],
		['2026-11-22', '2026-11-21', false],
		['2027-01-01', '2026-12-31', false]
	])('%s as of %s is %s', (date, today, expected) => {
		expect(notInFuture(date, today)).toBe(expected);
	});
});

describe('conversationSchema', () => {
	it('accepts a stored conversation, live or deleted', () => {
		expect(conversationSchema.parse(conversation())).toEqual(conversation());
		const deleted = conversation({ deletedAt: '2026-11-20T09:00:00.000Z' });
		expect(conversationSchema.parse(deleted)).toEqual(deleted);
	});

	it('requires deletedAt to be null or an ISO datetime', () => {
		const result = conversationSchema.safeParse({ ...conversation(), deletedAt: 'yesterday' });
		expect(result.error && zodIssues(result.error)).toEqual([
			{ path: 'deletedAt', message: 'Invalid ISO datetime' }
		]);
	});
});
