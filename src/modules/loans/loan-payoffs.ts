import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CivilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import { loanState, type LoanState } from './kernel.js';
import { loanPayments, loanSelect, loanTerms } from './loans.repository.js';

/** Every outstanding loan of a member with its state on a date (for settling a departure). */
export async function memberLoanStates(
  trx: Transaction<DB>,
  groupId: string,
  memberNo: number,
  asOf: CivilDate,
): Promise<{ loanNo: number; state: LoanState }[]> {
  const loans = await loanSelect(trx)
    .where('l.group_id', '=', groupId)
    .where('l.member_no', '=', memberNo)
    .where('l.status', '=', 'disbursed')
    .execute();
  const payments = await loanPayments(
    trx,
    groupId,
    loans.map((l) => l.loan_no),
  );
  return loans
    .map((l) => ({
      loanNo: l.loan_no,
      state: loanState({
        terms: loanTerms(l),
        penaltyPerLateInstallment: satang(Number(l.penalty_per_late)),
        payments: payments.get(l.loan_no) ?? [],
        asOf,
      }),
    }))
    .filter((x) => !x.state.paidOff);
}

/** Loans still outstanding that a member guarantees. */
export async function guaranteedOutstanding(
  trx: Transaction<DB>,
  groupId: string,
  memberNo: number,
): Promise<number[]> {
  const rows = await trx
    .selectFrom('loan_guarantor as g')
    .innerJoin('loan as l', (j) => j.onRef('l.group_id', '=', 'g.group_id').onRef('l.loan_no', '=', 'g.loan_no'))
    .select('l.loan_no')
    .where('g.group_id', '=', groupId)
    .where('g.member_no', '=', memberNo)
    .where('l.status', 'in', ['applied', 'approved', 'disbursed'])
    .where((eb) =>
      eb.or([
        eb('l.status', '!=', 'disbursed'),
        eb.exists(
          eb
            .selectFrom('journal_line as j')
            .select('j.loan_no')
            .whereRef('j.group_id', '=', 'l.group_id')
            .whereRef('j.loan_no', '=', 'l.loan_no')
            .where('j.account_code', '=', '1201')
            .groupBy('j.loan_no')
            .having((h) => h.fn.sum('j.amount'), '>', 0),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.loan_no);
}
