import { describe, expect, it } from 'vitest';
import type { Effort } from '$lib/domain/catalogue/effort';
import { craftLabel, effortSummary, meanLabel, percent } from './format';

describe('catalogue formatting', () => {
	it.each<[Effort, string, string]>([
		[{ kind: 'fixed', hours: 3 }, '3 h each', '3.0'],
		[{ kind: 'exponential', meanHours: 2.25 }, 'mean 2.3 h, exponential', '2.3'],
		[{ kind: 'lognormal', medianHours: 3.8, p90Hours: 6 }, 'median 3.8 h, p90 6 h', '4.0'],
		[
			{ kind: 'triangular', minHours: 12, modeHours: 24, maxHours: 48 },
			'12 h to 48 h, most often 24 h',
			'28.0'
		]
	])('summarises %j as "%s" with mean %s h', (effort, summary, mean) => {
		expect(effortSummary(effort).replaceAll('\u00a0', ' ')).toBe(summary);
		expect(meanLabel(effort)).toBe(mean);
	});

	it('writes shares as percentages and crafts as words', () => {
		expect([0, 0.25, 0.125, 1].map(percent)).toEqual(['0%', '25%', '12.5%', '100%']);
		expect(['product-marketing', 'seo', 'ai-governance'].map(craftLabel)).toEqual([
			'Product marketing',
			'SEO',
			'AI governance'
		]);
	});
});
