import { describe, expect, it } from 'vitest';
import { painMap } from './pains';
import { conversation } from './testing';

const conversations = [
	conversation({
		id: 'c1',
		date: '2026-11-02',
		company: 'Northwind',
		pains: ['slow close', 'no forecast'],
		product: 'Close Automation',
		quote: 'Month-end takes us nine days.'
	}),
	conversation({
		id: 'c2',
		date: '2026-11-09',
		company: 'Contoso',
		pains: ['slow close'],
		product: 'Close Automation',
		quote: 'We close in spreadsheets.'
	}),
	conversation({ id: 'c3', date: '2026-11-10', company: 'Fabrikam', pains: ['slow close'] }),
	conversation({
		id: 'c4',
		date: '2026-11-11',
		company: 'Tailspin',
		pains: ['no forecast', 'audit prep'],
		product: 'Planning',
		quote: 'Forecasts are guesses.'
	}),
	conversation({
		id: 'c5',
		date: '2026-11-12',
		company: 'Deleted Co',
		pains: ['audit prep', 'slow close'],
		product: 'Planning',
		quote: 'Gone.',
		deletedAt: '2026-11-13T09:00:00.000Z'
	}),
	conversation({
		id: 'c6',
		date: '2026-11-12',
		audienceId: 'healthcare',
		pains: ['audit prep'],
		product: 'Audit Trail'
	})
];

describe('painMap', () => {
	it('counts pains and products with the quotes behind each cell, ignoring deleted ones', () => {
		expect(painMap(conversations, { audienceId: 'mid-market-fintech' })).toEqual([
			{
				pain: 'slow close',
				count: 3,
				products: [
					{
						product: 'Close Automation',
						count: 2,
						quotes: [
							{
								conversationId: 'c2',
								quote: 'We close in spreadsheets.',
								company: 'Contoso',
								date: '2026-11-09'
							},
							{
								conversationId: 'c1',
								quote: 'Month-end takes us nine days.',
								company: 'Northwind',
								date: '2026-11-02'
							}
						]
					},
					{ product: null, count: 1, quotes: [] }
				]
			},
			{
				pain: 'no forecast',
				count: 2,
				products: [
					{
						product: 'Close Automation',
						count: 1,
						quotes: [
							{
								conversationId: 'c1',
								quote: 'Month-end takes us nine days.',
								company: 'Northwind',
								date: '2026-11-02'
							}
						]
					},
					{
						product: 'Planning',
						count: 1,
						quotes: [
							{
								conversationId: 'c4',
								quote: 'Forecasts are guesses.',
								company: 'Tailspin',
								date: '2026-11-11'
							}
						]
					}
				]
			},
			{
				pain: 'audit prep',
				count: 1,
				products: [
					{
						product: 'Planning',
						count: 1,
						quotes: [
							{
								conversationId: 'c4',
								quote: 'Forecasts are guesses.',
								company: 'Tailspin',
								date: '2026-11-11'
							}
						]
					}
				]
			}
		]);
	});

	it('spans every audience without a filter', () => {
		const rows = painMap(conversations);
		expect(rows.map(({ pain, count }) => [pain, count])).toEqual([
			['slow close', 3],
			['audit prep', 2],
			['no forecast', 2]
		]);
		expect(rows[1]!.products.map(({ product, count }) => [product, count])).toEqual([
			['Audit Trail', 1],
			['Planning', 1]
		]);
	});

	it.each<[string, { pains: string[]; product?: string }[], [string, (string | null)[]][]]>([
		[
			'ties broken by name, "not mapped" last',
			[
				{ pains: ['beta'], product: 'Zeta' },
				{ pains: ['alpha'] },
				{ pains: ['alpha'], product: 'Zeta' },
				{ pains: ['beta'], product: 'Alpha' }
			],
			[
				['alpha', ['Zeta', null]],
				['beta', ['Alpha', 'Zeta']]
			]
		],
		[
			'higher counts first',
			[{ pains: ['rare'] }, { pains: ['common'] }, { pains: ['common'], product: 'X' }],
			[
				['common', ['X', null]],
				['rare', [null]]
			]
		]
	])('orders rows and products: %s', (_, logged, expected) => {
		const rows = painMap(logged.map((over, i) => conversation({ id: `c${i}`, ...over })));
		expect(rows.map((row) => [row.pain, row.products.map((cell) => cell.product)])).toEqual(
			expected
		);
	});

	it('is empty without conversations or pains', () => {
		expect(painMap([])).toEqual([]);
		expect(painMap([conversation({ pains: [] })])).toEqual([]);
	});
});
