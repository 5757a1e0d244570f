import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { civilDate, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toLoan } from './loans.mappers.js';
import { loanPayments, loanSelect } from './loans.repository.js';
import type { TLoan } from './loans.schemas.js';

export async function getLoan(ctx: UseCaseContext, groupId: string, loanNo: number, asOf?: string): Promise<TLoan> {
  const group = await requireGroup(ctx, groupId);
  return getLoanIn(ctx.db, group.id, loanNo, asOf ? civilDate(asOf) : todayInBangkok(ctx.clock));
}

export async function getLoanIn(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  loanNo: number,
  asOf: CivilDate,
): Promise<TLoan> {
  const row = await loanSelect(db).where('l.group_id', '=', groupId).where('l.loan_no', '=', loanNo).executeTakeFirst();
  if (!row) throw notFound();
  const payments = (await loanPayments(db, groupId, [loanNo])).get(loanNo) ?? [];
  return toLoan(row, payments, asOf);
}
