import { civilDate, todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toLoan } from './loans.mappers.js';
import { loanPayments, loanSelect } from './loans.repository.js';
import type { TLoan } from './loans.schemas.js';

/** A group's loans (optionally one member's, or those a member guarantees) with their state. */
export async function listLoans(
  ctx: UseCaseContext,
  groupId: string,
  q: { memberNo?: number | undefined; guarantorNo?: number | undefined; asOf?: string | undefined },
): Promise<{ items: TLoan[] }> {
  const group = await requireGroup(ctx, groupId);
  const asOf = q.asOf ? civilDate(q.asOf) : todayInBangkok(ctx.clock);
  let query = loanSelect(ctx.db).where('l.group_id', '=', group.id);
  if (q.memberNo !== undefined) query = query.where('l.member_no', '=', q.memberNo);
  if (q.guarantorNo !== undefined) {
    const g = q.guarantorNo;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('loan_guarantor as lg')
          .select('lg.loan_no')
          .whereRef('lg.group_id', '=', 'l.group_id')
          .whereRef('lg.loan_no', '=', 'l.loan_no')
          .where('lg.member_no', '=', g),
      ),
    );
  }
  const rows = await query.orderBy('l.loan_no').execute();
  const payments = await loanPayments(
    ctx.db,
    group.id,
    rows.map((r) => r.loan_no),
  );
  return { items: rows.map((r) => toLoan(r, payments.get(r.loan_no) ?? [], asOf)) };
}
