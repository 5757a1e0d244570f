// Elections with secret ballots (seed 003): organisers define and run them; voters cast by the code
// on their slip or logged in; the roll and participation are kept apart from the ballots.
export type { VotesTables } from './votes.tables.js';
export { votesRoutes } from './routes.js';
export { ZElection, ZBallot, ZResults, type TElection, type TBallot, type TResults } from './votes.schemas.js';
