// Typed SQL for loans. A loan's repayments are not stored twice: they are the journal lines that
// carry its number, so reversing a posting corrects the loan too.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import type { LoanPayment, LoanTerms } from './kernel.js';

type Q = Kysely<DB> | Transaction<DB>;

export function loanSelect(db: Q) {
  return db
    .selectFrom('loan as l')
    .innerJoin('group_member as m', (j) =>
      j.onRef('m.group_id', '=', 'l.group_id').onRef('m.member_no', '=', 'l.member_no'),
    )
    .innerJoin('user_account as u', 'u.id', 'l.entered_by')
    .selectAll('l')
    .select([
      'u.username as entered_by_username',
      sql<string>`m.title || m.first_name || ' ' || m.last_name`.as('member_name'),
      (eb) =>
        eb
          .selectFrom('loan_guarantor as g')
          .innerJoin('group_member as gm', (j) =>
            j.onRef('gm.group_id', '=', 'g.group_id').onRef('gm.member_no', '=', 'g.member_no'),
          )
          .select(
            sql<
              { memberNo: number; fullName: string }[]
            >`coalesce(json_agg(json_build_object('memberNo', gm.member_no, 'fullName', gm.title || gm.first_name || ' ' || gm.last_name) ORDER BY gm.member_no), '[]')`.as(
              'g',
            ),
          )
          .whereRef('g.group_id', '=', 'l.group_id')
          .whereRef('g.loan_no', '=', 'l.loan_no')
          .as('guarantors'),
    ]);
}
export type LoanRow = Awaited<ReturnType<ReturnType<typeof loanSelect>['executeTakeFirstOrThrow']>>;

export function loanTerms(l: LoanRow): LoanTerms {
  return {
    principal: satang(Number(l.principal)),
    annualRateBp: l.annual_rate_bp,
    termMonths: l.term_months,
    method: l.method,
    firstDueOn: civilDate(l.first_due_on!),
  };
}

/** Repayments of the given loans, from meeting-day, repayment and exit entries that have not been reversed. */
export async function loanPayments(
  db: Q,
  groupId: string,
  loanNos: readonly number[],
): Promise<Map<number, (LoanPayment & { entryNo: number })[]>> {
  if (loanNos.length === 0) return new Map();
  const rows = await db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select([
      'l.loan_no',
      'e.entry_no',
      'e.posted_on',
      sql<string>`coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0)`.as('principal'),
      sql<string>`coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4101'), 0)`.as('interest'),
      sql<string>`coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4105'), 0)`.as('penalty'),
    ])
    .where('l.group_id', '=', groupId)
    .where('l.loan_no', 'in', [...loanNos])
    .where('e.kind', 'in', ['meeting_day', 'loan_repayment', 'member_exit'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('journal_entry as r')
            .select('r.entry_no')
            .whereRef('r.group_id', '=', 'e.group_id')
            .whereRef('r.reverses_entry_no', '=', 'e.entry_no'),
        ),
      ),
    )
    .groupBy(['l.loan_no', 'e.entry_no', 'e.posted_on'])
    .orderBy('e.posted_on')
    .orderBy('e.entry_no')
    .execute();
  const out = new Map<number, (LoanPayment & { entryNo: number })[]>();
  for (const r of rows) {
    const list = out.get(r.loan_no!) ?? [];
    list.push({
      entryNo: Number(r.entry_no),
      paidOn: civilDate(r.posted_on),
      principal: satang(Number(r.principal)),
      interest: satang(Number(r.interest)),
      penalty: satang(Number(r.penalty)),
    });
    out.set(r.loan_no!, list);
  }
  return out;
}
