// Awards (seed 002): calls for nominations from the offices under an organiser, dossiers endorsed
// by the district head, rubrics that must add up, a committee scoring with conflicts of interest,
// exact aggregation and ranking, a decision released on announcement with certificates.
export type { AwardsTables } from './awards.tables.js';
export { awardsRoutes } from './routes.js';
export { ZCall, ZNomination, ZResults, type TCall, type TNomination, type TResults } from './awards.schemas.js';
