/**
 * Generated org designs of any size for the simulation benchmark (npm run bench): pure and
 * deterministic, valid by the design rules, and holding every craft the workflow templates and
 * catalogue activities ask for, so every step resolves to a seat. Audiences scale with the org:
 * one per ten seats, at least 1 and at most 500 (the design schema's limit).
 */

export { audienceCount } from './bench-org-shared';
export { functionalOrg, MIN_FUNCTIONAL_SEATS } from './bench-org-functional';
export { MIN_TWO_TOWER_SEATS, twoTowerOrg } from './bench-org-two-tower';
