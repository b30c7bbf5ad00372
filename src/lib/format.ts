// Made on first use: building a date format costs milliseconds a page's first frame can keep.
let when: Intl.DateTimeFormat | undefined;

/**
 * A timestamp for people, in UTC: the server and every browser print the same text, so pages
 * hydrate without mismatches whatever the viewer's time zone.
 */
export const formatWhen = (iso: string) => {
	when ??= new Intl.DateTimeFormat('en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'UTC'
	});
	return `${when.format(new Date(iso))} UTC`;
};

/**
 * A whole number with thousands separators as en-GB writes them (12,345), without building a
 * number format: on a page's first frame that costs tens of milliseconds.
 */
export const formatCount = (n: number) =>
	String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
