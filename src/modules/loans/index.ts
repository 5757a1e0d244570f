export type { LoansTables } from './loans.tables.js';
export { loansRoutes } from './routes.js';
export { repaymentLines } from './repayment-lines.js';
export { listLoans } from './list-loans.js';
export { agingBucket, buildSchedule, type AgingBucket } from './kernel.js';
export { applyLoan } from './apply-loan.js';
export { decideLoan } from './decide-loan.js';
export { disburseLoan } from './disburse-loan.js';
export { guaranteedOutstanding, memberLoanStates } from './loan-payoffs.js';
