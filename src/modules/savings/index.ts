export type { SavingsTables } from './savings.tables.js';
export { savingsRoutes } from './routes.js';
export { memberBalances, rulesOn } from './savings.repository.js';
export {
  ALLOCATION_POOLS,
  pledgeAllowed,
  POOL_NAMES_TH,
  type AllocationPool,
  type TGroupRules,
  type TLoanType,
} from './rules.js';
export { registerGroup } from './register-group.js';
export { listMembers } from './list-members.js';
export { joinMember } from './join-member.js';
export { groupStandings, type GroupStanding } from './group-standings.js';
export { groupFacts, type GroupFacts } from './group-facts.js';
