// Staff savings fund (seed 000, ออมวันละบาท): a province office's staff save in piggy banks, each
// counted before two witnesses and booked in the fund's own double-entry books, banked, and paid
// out as assistance to households the districts survey and propose through a report request.
export type { FundTables } from './fund.tables.js';
export { fundRoutes } from './routes.js';
export { ZFund, type TFund } from './fund.schemas.js';
