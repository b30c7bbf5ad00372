import type { Driver } from '../catalogue/schema';
import type { Profile } from './schema';

/** Working weeks in a quarter and in a year, the spans drivers are counted over. */
export const WEEKS_PER_QUARTER = 13;
export const WEEKS_PER_YEAR = 52;

type Kind = Driver['per'];

/** How many of a driver the profile has, and over how many weeks they recur (weeks). */
export function driverCount(per: Kind, p: Profile): { count: number; weeks: number } {
	switch (per) {
		case 'campaign':
			return { count: p.campaignsPerQuarter, weeks: WEEKS_PER_QUARTER };
		case 'event':
			return { count: p.eventsPerYear, weeks: WEEKS_PER_YEAR };
		case 'audience':
			return { count: p.audiences, weeks: WEEKS_PER_QUARTER };
		case 'channel':
			return { count: p.channels, weeks: WEEKS_PER_QUARTER };
		case 'product':
			return { count: p.products, weeks: WEEKS_PER_QUARTER };
		case 'region':
			return { count: p.regions, weeks: WEEKS_PER_QUARTER };
		case 'seller':
			return { count: p.salesTeamSize, weeks: WEEKS_PER_QUARTER };
		case 'campaign-channel':
			return { count: p.campaignsPerQuarter * p.channels, weeks: WEEKS_PER_QUARTER };
		case 'week':
			return { count: 1, weeks: 1 };
	}
}

/** Units of work per week one driver produces: count × unitsPer / weeks (units/week). */
export function unitsPerWeek(driver: Driver, p: Profile): number {
	const { count, weeks } = driverCount(driver.per, p);
	return (count * driver.unitsPer) / weeks;
}

const nouns: Record<Exclude<Kind, 'week'>, [string, string, string]> = {
	campaign: ['campaign', 'campaigns', ' a quarter'],
	event: ['event', 'events', ' a year'],
	audience: ['audience', 'audiences', ''],
	channel: ['channel', 'channels', ''],
	product: ['product', 'products', ''],
	region: ['region', 'regions', ''],
	seller: ['seller', 'sellers', ''],
	'campaign-channel': ['campaign in a channel', 'campaigns × channels', ' a quarter']
};

/** A number as people write it: at most one decimal, no trailing zero ("4.4", "12"). */
export const fmt = (n: number, digits = 1) =>
	Number(n.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });

/** The driver count in words: "12 campaigns a quarter", "1 audience"; '' for weekly work. */
export function countPhrase(per: Kind, p: Profile): string {
	if (per === 'week') return '';
	const [one, many, span] = nouns[per];
	const { count } = driverCount(per, p);
	return `${fmt(count)} ${count === 1 ? one : many}${span}`;
}

/** What one unit of the driver is called after "per": "campaign", "audience a quarter", "week". */
export function perPhrase(per: Kind): string {
	if (per === 'week') return 'week';
	if (per === 'campaign' || per === 'event') return per;
	if (per === 'campaign-channel') return 'campaign per channel';
	return `${nouns[per][0]} a quarter`;
}
