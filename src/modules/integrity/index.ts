// Integrity: the journal's and the audit trail's hash chains and the maintained figures, checked
// against what they summarise (issue 9: tamper evidence).
export { checkBalances, CHECKS, type BalanceCheck, type BalanceDisagreement } from './balance-checks.js';
export { verifyIntegrity, type IntegrityBreak, type IntegrityReport } from './verify-integrity.js';
export { checkGroupChain, type GroupChain } from './check-group-chain.js';
