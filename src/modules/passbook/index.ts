// The member passbook by QR (issue 9): a member checks their own money, read-only, with the chain
// head their books were verified against.
export type { PassbookTables } from './passbook.tables.js';
export { passbookRoutes } from './routes.js';
