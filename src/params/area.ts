import type { ParamMatcher } from '@sveltejs/kit';
import { upcomingAreas } from '$lib/areas';

const slugs = new Set<string>(upcomingAreas.map((a) => a.slug));

export const match: ParamMatcher = (param) => slugs.has(param);
