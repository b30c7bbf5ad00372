import type { Design } from '../scenario/schema';
import { library, starterDesign } from '../simulation/testing';
import { generateMap } from './generate';
import { accountabilityReport, type AccountabilityInput } from './report';
import { mapInput } from './work';

/** Test helpers (Node only): maps and reports of designs against the library in models/. */

export { library, starterDesign };

/** The generated map of `design` against the templates, catalogue and demand model in models/. */
export const mapOf = (design: Design) => generateMap(mapInput(design, library));

/** The report of a starter (or a design) with the library in models/. */
export const reportOf = (
	design: Design | string,
	more: Omit<AccountabilityInput, 'design' | 'templates' | 'activities'> = {}
) =>
	accountabilityReport({
		...mapInput(typeof design === 'string' ? starterDesign(design) : design, library),
		...more
	});
