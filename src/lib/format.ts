const when = new Intl.DateTimeFormat('en-GB', {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: 'UTC'
});

/**
 * A timestamp for people, in UTC: the server and every browser print the same text, so pages
 * hydrate without mismatches whatever the viewer's time zone.
 */
export const formatWhen = (iso: string) => `${when.format(new Date(iso))} UTC`;
