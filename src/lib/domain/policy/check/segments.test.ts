import { describe, expect, it } from 'vitest';
import type { Finding } from './findings';
import { segments } from './segments';

const f = (start: number, end: number, text: string): Finding => ({
	kind: 'phrase-to-avoid',
	start,
	end,
	text,
	reason: 'r'
});

describe('segments', () => {
	it('cuts the draft at every finding edge and gives the text back whole', () => {
		const text = 'We delve into synergy today.';
		const findings = [f(3, 8, 'delve'), f(3, 21, 'delve into synergy'), f(14, 21, 'synergy')];
		const parts = segments(text, findings);
		expect(parts.map((p) => p.text).join('')).toBe(text);
		expect(parts.map((p) => [p.text, p.findings])).toEqual([
			['We ', []],
			['delve', [0, 1]],
			[' into ', [1]],
			['synergy', [1, 2]],
			[' today.', []]
		]);
	});

	it('returns the whole text as one plain segment without findings', () => {
		expect(segments('Clean.', [])).toEqual([{ start: 0, end: 6, text: 'Clean.', findings: [] }]);
	});
});
