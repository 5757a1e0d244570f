// The one way anything reaches a fund's books, as ledgerWrite is for a group's: honour the
// Idempotency-Key (the ledger's idempotentWrite: a retry returns the first result, the same key
// with another request is refused), lock the fund's row so its postings run one at a time with
// gapless entry numbers, check the writer runs the fund, run the use case — one transaction.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate, todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { idempotentWrite, requireIdempotencyKey } from '../ledger/index.js';
import { requireFundManage } from './fund-access.js';
import { postFundEntries, type FundBook, type FundEntryDraft } from './fund-books.js';
import { lockFund, type FundRow } from './fund.repository.js';

export interface FundTx {
  trx: Transaction<DB>;
  fund: FundRow;
  book: FundBook;
  post(entries: FundEntryDraft[], datePath?: string): Promise<number[]>;
}

export async function fundWrite<T>(
  ctx: UseCaseContext,
  w: {
    fundId: string;
    idempotencyKey: string | undefined;
    operation: string;
    request: unknown;
    /** Money writes must carry a key; other changes to the fund (participants) may. */
    keyOptional?: boolean;
  },
  run: (tx: FundTx) => Promise<T>,
): Promise<T> {
  const key = w.keyOptional && w.idempotencyKey === undefined ? undefined : requireIdempotencyKey(w.idempotencyKey);
  return idempotentWrite(
    ctx,
    { idempotencyKey: key, operation: w.operation, request: { fundId: w.fundId, ...(w.request as object) } },
    async (trx) => {
      const fund = await lockFund(trx, w.fundId);
      requireFundManage(ctx.actor, fund);
      const book: FundBook = {
        fundId: fund.id,
        startsOn: civilDate(fund.starts_on),
        nextEntryNo: Number(fund.next_entry_no),
        today: todayInBangkok(ctx.clock),
        recordedBy: ctx.actor.userId,
        recordedAt: ctx.clock.now(),
      };
      return run({ trx, fund, book, post: (entries, datePath) => postFundEntries(trx, book, entries, datePath) });
    },
  );
}
