import type { Design } from '../scenario/schema';
import { library, starterDesign } from '../simulation/testing';
import { generateMap } from './generate';
import { accountabilityReport, type AccountabilityInput } from './report';

/** Test helpers (Node only): maps and reports of designs against the library in models/. */

export { library, starterDesign };

/** The generated map of `design` against every template and activity in models/. */
export const mapOf = (design: Design) =>
	generateMap({ design, templates: library.templates, activities: library.activities });

/** The report of a starter (or a design) with the library in models/. */
export const reportOf = (
	design: Design | string,
	more: Omit<AccountabilityInput, 'design' | 'templates' | 'activities'> = {}
) =>
	accountabilityReport({
		design: typeof design === 'string' ? starterDesign(design) : design,
		templates: library.templates,
		activities: library.activities,
		...more
	});
