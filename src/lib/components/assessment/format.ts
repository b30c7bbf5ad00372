const number = (n: number, digits: number) =>
	n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** Hours per week as "12.5 h/week". */
export const perWeek = (h: number) => `${number(h, 1)} h/week`;

/** Hours as "12.5 h". */
export const hours = (h: number) => `${number(h, 1)} h`;

/** A demand/capacity ratio as "1.92". */
export const ratio = (r: number) => number(r, 2);

/** A plain figure with up to three decimals: "95,000", "0.85". */
export const figure = (n: number) => number(n, 3);

/** A cost per year as "48,000". */
export const money = (n: number) => number(n, 0);

/** How a ratio reads against the target and 1 (full). */
export function ratioTone(r: number, target: number): 'ok' | 'warn' | 'over' {
	return r <= target ? 'ok' : r <= 1 ? 'warn' : 'over';
}

export { remedyTitles } from '$lib/domain/assessment/markdown-remedies';

/** A file name from a title: "capacity-assessment-2025-03-04.md". */
export const fileName = (title: string, ext: string) =>
	`${
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'capacity-assessment'
	}.${ext}`;
