// A member's statement (passbook) over a period: opening balances, every posting that touched their
// savings or loans with running balances, closing balances — all from the journal.
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { addDays, civilDate, todayInBangkok } from '../../kernel/dates.js';
import { add, neg, satang, sum, ZERO, type Satang } from '../../kernel/money.js';
import { maskThaiId } from '../../kernel/thai-id.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import type { TMemberStatement } from './reports.schemas.js';

const KIND_TH: Record<string, string> = {
  meeting_day: 'วันทำการ',
  member_join: 'ค่าธรรมเนียมแรกเข้า',
  member_exit: 'ลาออก',
  loan_disbursement: 'รับเงินกู้',
  loan_repayment: 'ชำระเงินกู้',
  loan_write_off: 'ตัดหนี้สูญ',
  opening: 'ยอดยกมา',
  year_end: 'ปิดบัญชีประจำปี',
  reversal: 'กลับรายการ',
};

/** Signed effect of a line on the member's holdings: savings as credits (+ = more saved), loans as debits. */
function effect(account: string, amount: Satang) {
  return {
    pledged: account === '3101' ? neg(amount) : ZERO,
    special: account === '2101' ? neg(amount) : ZERO,
    loan: account === '1201' ? amount : ZERO,
    interest: account === '4101' ? neg(amount) : ZERO,
    penalty: account === '4105' ? neg(amount) : ZERO,
  };
}

export async function memberStatement(
  ctx: UseCaseContext,
  groupId: string,
  memberNo: number,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<TMemberStatement> {
  const group = await requireGroup(ctx, groupId);
  const m = await ctx.db
    .selectFrom('group_member')
    .selectAll()
    .where('group_id', '=', group.id)
    .where('member_no', '=', memberNo)
    .executeTakeFirst();
  if (!m) throw notFound();
  const to = q.to ? civilDate(q.to) : todayInBangkok(ctx.clock);
  const from = q.from ? civilDate(q.from) : civilDate(m.joined_on);
  const names = await sql<{ district: string; province: string }>`
    SELECT d.name_th AS district, p.name_th AS province
    FROM org_unit o
    JOIN org_unit d ON d.id = split_part(o.path, '/', 4)
    JOIN org_unit p ON p.id = split_part(o.path, '/', 3)
    WHERE o.id = ${group.orgUnitId}`.execute(ctx.db);
  const lines = await ctx.db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select(['e.entry_no', 'e.posted_on', 'e.kind', 'e.memo', 'l.account_code', 'l.amount'])
    .where('l.group_id', '=', group.id)
    .where('l.member_no', '=', memberNo)
    .where('l.account_code', 'in', ['3101', '2101', '1201', '4101', '4105'])
    .where('e.posted_on', '<=', to)
    .orderBy('e.posted_on')
    .orderBy('e.entry_no')
    .execute();

  let bal = { pledged: ZERO, special: ZERO, loans: ZERO };
  const rows: TMemberStatement['rows'] = [];
  const before = addDays(from, -1);
  for (const l of lines) {
    const e = effect(l.account_code, satang(Number(l.amount)));
    bal = { pledged: add(bal.pledged, e.pledged), special: add(bal.special, e.special), loans: add(bal.loans, e.loan) };
    if (l.posted_on <= before) continue;
    const entryNo = Number(l.entry_no);
    let row = rows.at(-1);
    if (!row || row.entryNo !== entryNo) {
      row = {
        postedOn: l.posted_on,
        entryNo,
        descriptionTh: KIND_TH[l.kind] ?? l.memo,
        pledged: ZERO,
        special: ZERO,
        loanPrincipal: ZERO,
        interestPaid: ZERO,
        penaltyPaid: ZERO,
        balances: bal,
      };
      rows.push(row);
    }
    row.pledged = add(satang(row.pledged), e.pledged);
    row.special = add(satang(row.special), e.special);
    row.loanPrincipal = add(satang(row.loanPrincipal), e.loan);
    row.interestPaid = add(satang(row.interestPaid), e.interest);
    row.penaltyPaid = add(satang(row.penaltyPaid), e.penalty);
    row.balances = bal;
  }
  const opening = rows.length
    ? {
        pledged: satang(rows[0]!.balances.pledged - rows[0]!.pledged),
        special: satang(rows[0]!.balances.special - rows[0]!.special),
        loans: satang(rows[0]!.balances.loans - rows[0]!.loanPrincipal),
      }
    : bal;
  return {
    groupId: group.id,
    groupNameTh: group.nameTh,
    districtNameTh: names.rows[0]?.district ?? '',
    provinceNameTh: names.rows[0]?.province ?? '',
    memberNo,
    fullName: `${m.title}${m.first_name} ${m.last_name}`,
    thaiIdMasked: maskThaiId(m.thai_id),
    joinedOn: m.joined_on,
    from,
    to,
    opening,
    rows,
    closing: bal,
    totals: {
      interestPaid: sum(rows.map((r) => satang(r.interestPaid))),
      penaltyPaid: sum(rows.map((r) => satang(r.penaltyPaid))),
    },
  };
}
