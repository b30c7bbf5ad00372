/** Working hours in a working day: lead times and waits are shown in days of 8 hours. */
export const HOURS_PER_DAY = 8;

const number = (n: number, digits: number) =>
	n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "1,234 h" (whole hours from 100 up, one decimal below). */
export const hours = (h: number) => `${number(h, Math.abs(h) >= 100 ? 0 : 1)} h`;

/** Working hours as "3.4 days". */
export const days = (h: number) => {
	const d = h / HOURS_PER_DAY;
	return `${number(d, 1)} ${Math.abs(d) === 1 ? 'day' : 'days'}`;
};

/** A value already in days, as "3.4 days". */
export const dayCount = (d: number) => `${number(d, 1)} ${Math.abs(d) === 1 ? 'day' : 'days'}`;

/** A share 0–1 as "62%". */
export const percent = (share: number) => `${number(share * 100, 0)}%`;

/** A signed change as "+12%" or "−3%"; the minus is a real minus sign. */
export const signedPercent = (share: number) => {
	const p = Math.round(share * 1000) / 10;
	return p > 0 ? `+${number(p, 1)}%` : p < 0 ? `−${number(-p, 1)}%` : '±0%';
};

/** A plain number with up to `digits` decimals. */
export const plain = (n: number, digits = 2) => number(n, digits);
