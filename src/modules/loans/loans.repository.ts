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

export type PaidInstalment = LoanPayment & { entryNo: number };

/**
 * Repayments of the given loans of any groups, keyed `group:loan`, in posting order: the lines of
 * meeting-day, repayment and exit entries that have not been reversed. One query for all.
 */
export async function paymentsOfLoans(
  db: Q,
  keys: readonly { groupId: string; loanNo: number }[],
): Promise<Map<string, PaidInstalment[]>> {
  const out = new Map<string, PaidInstalment[]>();
  if (keys.length === 0) return out;
  const rows = await sql<{
    group_id: string;
    loan_no: number;
    entry_no: string;
    posted_on: string;
    p: string;
    i: string;
    x: string;
  }>`
    SELECT l.group_id, l.loan_no, e.entry_no, to_char(e.posted_on, 'YYYY-MM-DD') AS posted_on,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0) AS p,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4101'), 0) AS i,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4105'), 0) AS x
    FROM unnest(${keys.map((k) => k.groupId)}::uuid[], ${keys.map((k) => k.loanNo)}::int[]) AS k(group_id, loan_no)
    JOIN journal_line l ON l.group_id = k.group_id AND l.loan_no = k.loan_no
    JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE e.kind IN ('meeting_day', 'loan_repayment', 'member_exit')
      AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
    GROUP BY l.group_id, l.loan_no, e.entry_no, e.posted_on
    ORDER BY e.posted_on, e.entry_no`.execute(db);
  for (const r of rows.rows) {
    const key = `${r.group_id}:${r.loan_no}`;
    (out.get(key) ?? out.set(key, []).get(key)!).push({
      entryNo: Number(r.entry_no),
      paidOn: civilDate(r.posted_on),
      principal: satang(Number(r.p)),
      interest: satang(Number(r.i)),
      penalty: satang(Number(r.x)),
    });
  }
  return out;
}

/** Repayments of some loans of one group, keyed by loan number. */
export async function loanPayments(
  db: Q,
  groupId: string,
  loanNos: readonly number[],
): Promise<Map<number, PaidInstalment[]>> {
  const byKey = await paymentsOfLoans(
    db,
    loanNos.map((loanNo) => ({ groupId, loanNo })),
  );
  return new Map(loanNos.flatMap((n) => (byKey.has(`${groupId}:${n}`) ? [[n, byKey.get(`${groupId}:${n}`)!]] : [])));
}
