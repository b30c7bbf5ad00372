import { describe, expect, it } from 'vitest';
import { progress } from './progress';
import { clip, days, num, percent, signed, table, wrap } from './text';

describe('report text', () => {
	it.each([
		[1234.56, '1,234.6'],
		[0, '0.0'],
		[-0, '0.0'],
		[-2.25, '-2.3']
	])('num(%d) is %s', (value, text) => expect(num(value)).toBe(text));

	it('formats signs, days and shares', () => {
		expect(signed(1.5)).toBe('+1.5');
		expect(signed(-0.3)).toBe('−0.3');
		expect(signed(0.01)).toBe('0.0');
		expect(days(20)).toBe('2.5 d');
		expect(percent(0.125)).toBe('12.5%');
		expect(clip('abcdef', 4)).toBe('abc…');
	});

	it('aligns columns: text left, numbers right, no trailing spaces', () => {
		const lines = table(
			[{ header: 'Seat' }, { header: 'Hours', align: 'right' }],
			[
				['CMO', '1.0'],
				['Content lead', '120.5']
			]
		);
		expect(lines).toEqual([
			'  Seat          Hours',
			'  ────────────  ─────',
			'  CMO             1.0',
			'  Content lead  120.5'
		]);
	});

	it('wraps long lines within the width', () => {
		const lines = wrap('one two three four five', '  ', '    ', 12);
		expect(lines).toEqual(['  one two', '    three', '    four', '    five']);
	});
});

describe('progress', () => {
	const target = (isTTY: boolean) => {
		const written: string[] = [];
		return { written, stderr: { write: (t: string) => written.push(t) }, isTTY };
	};

	it('writes nothing when stderr is not a terminal', () => {
		const t = target(false);
		const bar = progress(t, { threshold: 0 });
		bar.update(1, 10);
		bar.finish();
		expect(t.written).toEqual([]);
	});

	it('rewrites one line with \\r for long runs and clears it at the end', () => {
		const t = target(true);
		const bar = progress(t, { threshold: 100 });
		bar.update(80, 200);
		bar.update(81, 200);
		bar.update(82, 200);
		bar.finish();
		expect(t.written[0]).toBe('\rSimulating… 40% (80/200 replications)');
		expect(t.written[1]).toBe('\rSimulating… 41% (82/200 replications)');
		expect(t.written).toHaveLength(3);
		expect(t.written.at(-1)).toMatch(/^\r +\r$/);
	});

	it('stays quiet on short runs until they take longer than the delay', () => {
		const t = target(true);
		let now = 0;
		const bar = progress(t, { threshold: 100, delayMs: 300, now: () => now });
		bar.update(1, 10);
		expect(t.written).toEqual([]);
		now = 400;
		bar.update(5, 10);
		expect(t.written).toEqual(['\rSimulating… 50% (5/10 replications)']);
	});
});
