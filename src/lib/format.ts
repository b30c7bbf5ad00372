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
