export type { LedgerTables } from './ledger.tables.js';
export { ACCOUNTS, accountByCode, type AccountDef, type AccountKey } from './chart.js';
export {
  ledgerWrite,
  ledgerWriteMany,
  requestHash,
  requireIdempotencyKey,
  type LedgerManyTx,
  type LedgerTx,
} from './ledger-write.js';
export { idempotentWrite } from './idempotent-write.js';
export { type EntryDraft, type EntryKind, type LineDraft } from './post-entries.js';
export { closeThrough } from './close-period.js';
export { requireGroup } from './read-group.js';
export { findBookGroup, type BookGroup } from './ledger.repository.js';
export { listJournal } from './list-journal.js';
export { trialBalance } from './trial-balance.js';
export { ledgerRoutes } from './routes.js';
export { ZCivilDate, ZNonNegativeSatang, ZPositiveSatang, ZSatang, ZJournalEntry } from './ledger.schemas.js';
export { recordJoins, recordMembership } from './maintain-figures.js';
export { lastPostingOn } from './last-posting.js';
export {
  CHAIN_GENESIS,
  chainEntries,
  chainHash,
  entryCanonical,
  type ChainedEntry,
  type ChainedLine,
} from './entry-chain.js';
