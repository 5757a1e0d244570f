// Loads a national plan in bulk: each group's opening balances as one opening entry (members'
// pledged and special savings, loans outstanding, the balancing cash or reserve), with members,
// loans and the maintained roll-ups. Database triggers are switched off for the load
// (session_replication_role = replica) because the per-line balance check would dominate; instead
// one aggregate verifies afterwards that every entry balances, and the load fails if one does not.
import { createHash } from 'node:crypto';
import { sql, type InsertObject, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { SAMPLE_RULES } from '../../src/db/seed/savings-sample.js';
import { thaiIdCheckDigit } from '../../src/kernel/thai-id.js';
import type { Plan, PlannedGroup } from './plan.js';

export const OPENING_DATE = '2025-09-30';
const FIRST_DUE = '2025-10-05';
const FIRST = ['บุญมี', 'คำปัน', 'ศรีนวล', 'จันทร์แก้ว', 'ประเสริฐ', 'อุไร', 'สมบูรณ์', 'บัวคำ', 'ทองใบ', 'แสงเดือน'];
const LAST = ['ใจมา', 'ปัญญาดี', 'คำแสน', 'อินต๊ะ', 'ศรีวงค์', 'ยาวิเลิง', 'กันทะวงศ์', 'ธรรมใจ'];
const LOAN = SAMPLE_RULES.loanTypes[0]!;

/** Stable ids: the same plan loads with the same group ids everywhere. */
export function groupUuid(seed: number, index: number): string {
  const h = createHash('sha256').update(`chumchon-generate:${seed}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function thaiId(groupIndex: number, memberNo: number): string {
  const body = `5${String(groupIndex).padStart(6, '0')}${String(memberNo).padStart(5, '0')}`;
  return body + String(thaiIdCheckDigit(body));
}

async function insertChunks<T extends keyof DB & string>(trx: Transaction<DB>, table: T, rows: object[]) {
  const cols = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.floor(60000 / cols);
  for (let i = 0; i < rows.length; i += size) {
    // Rows are built per table above; Kysely cannot check a table chosen at run time.
    const chunk = rows.slice(i, i + size) as InsertObject<DB, T>[];
    await trx.insertInto(table).values(chunk).execute();
  }
}

function groupRows(g: PlannedGroup, index: number, seed: number) {
  const id = groupUuid(seed, index);
  const members = g.members.map((m, j) => ({
    group_id: id,
    member_no: j + 1,
    thai_id: thaiId(index, j + 1),
    title: j % 2 ? 'นาย' : 'นาง',
    first_name: FIRST[(index + j) % FIRST.length]!,
    last_name: LAST[(index * 3 + j) % LAST.length]!,
    joined_on: '2020-01-05',
    monthly_pledge: m.monthlyPledge,
  }));
  const lines: {
    group_id: string;
    entry_no: number;
    line_no: number;
    account_code: string;
    member_no: number | null;
    loan_no: number | null;
    amount: number;
  }[] = [];
  const line = (account_code: string, amount: number, member_no: number | null = null, loan_no: number | null = null) =>
    lines.push({ group_id: id, entry_no: 1, line_no: lines.length + 1, account_code, member_no, loan_no, amount });
  const loans: object[] = [];
  let savings = 0;
  let lent = 0;
  let borrowers = 0;
  g.members.forEach((m, j) => {
    if (m.pledged) line('3101', -m.pledged, j + 1);
    if (m.special) line('2101', -m.special, j + 1);
    savings += m.pledged + m.special;
    if (m.loan) {
      borrowers++;
      lent += m.loan;
      line('1201', m.loan, j + 1, borrowers);
      loans.push({
        group_id: id,
        loan_no: borrowers,
        member_no: j + 1,
        loan_type: LOAN.code,
        loan_type_name_th: LOAN.nameTh,
        purpose: 'ยอดยกมา (ข้อมูลจำลอง)',
        principal: m.loan,
        annual_rate_bp: LOAN.annualRateBp,
        method: LOAN.method,
        term_months: 12,
        penalty_per_late: LOAN.penaltyPerLateInstallment,
        applied_on: OPENING_DATE,
        status: 'disbursed',
        entered_by: null,
        decided_by: null,
        decision_note: 'ยอดยกมา',
        disbursed_on: OPENING_DATE,
        first_due_on: FIRST_DUE,
        disbursement_entry_no: 1,
      });
    }
  });
  // The group's own money balances the books: cash if savings exceed loans, else reserve lent out.
  if (savings > lent) line('1101', savings - lent);
  if (lent > savings) line('3201', savings - lent);
  return {
    group: {
      id,
      name_th: `กลุ่มออมทรัพย์เพื่อการผลิตจำลอง ${index + 1}`,
      org_unit_id: g.subdistrictId,
      founded_on: '2010-03-06',
    },
    members,
    lines,
    loans,
    balances: g.members.map((m, j) => ({
      group_id: id,
      member_no: j + 1,
      pledged: m.pledged,
      special: m.special,
      outstanding: m.loan,
    })),
    figure: {
      group_id: id,
      month: '2025-09-01',
      members: g.members.length,
      pledged: g.members.reduce((a, m) => a + m.pledged, 0),
      special: g.members.reduce((a, m) => a + m.special, 0),
      outstanding: lent,
      lent,
      borrowers,
    },
  };
}

export interface LoadProgress {
  (done: number, total: number): void;
}

/** Loads the plan in batches of groups, each batch one transaction. Returns the seconds taken. */
export async function loadPlan(db: Kysely<DB>, plan: Plan, seed: number, progress: LoadProgress, enteredBy: string) {
  const start = Date.now();
  const batch = 200;
  for (let i = 0; i < plan.groups.length; i += batch) {
    const slice = plan.groups.slice(i, i + batch).map((g, k) => groupRows(g, i + k, seed));
    await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await insertChunks(
        trx,
        'savings_group',
        slice.map((s) => s.group),
      );
      await insertChunks(
        trx,
        'group_level',
        slice.map((s, k) => ({
          group_id: s.group.id,
          effective_on: '2010-03-06',
          level: 1 + ((i + k) % 3),
          recorded_by: null,
        })),
      );
      await insertChunks(
        trx,
        'group_rule_set',
        slice.map((s) => ({
          group_id: s.group.id,
          effective_from: '2010-03-06',
          rules: JSON.stringify(SAMPLE_RULES),
          recorded_by: null,
        })),
      );
      await insertChunks(
        trx,
        'ledger_book',
        slice.map((s) => ({ group_id: s.group.id, next_entry_no: 2 })),
      );
      await insertChunks(
        trx,
        'group_member',
        slice.flatMap((s) => s.members),
      );
      await insertChunks(
        trx,
        'journal_entry',
        slice.map((s) => ({
          group_id: s.group.id,
          entry_no: 1,
          posted_on: OPENING_DATE,
          kind: 'opening',
          memo: 'ยอดยกมา (ข้อมูลจำลอง)',
          recorded_by: null,
        })),
      );
      await insertChunks(
        trx,
        'journal_line',
        slice.flatMap((s) => s.lines),
      );
      await insertChunks(
        trx,
        'loan',
        slice.flatMap((s) => s.loans.map((l) => ({ ...l, entered_by: enteredBy }))),
      );
      await insertChunks(
        trx,
        'member_balance',
        slice.flatMap((s) => s.balances),
      );
      await insertChunks(
        trx,
        'group_month_figure',
        slice.map((s) => s.figure),
      );
    });
    progress(Math.min(i + batch, plan.groups.length), plan.groups.length);
  }
  const unbalanced = await sql<{ n: string }>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM journal_line GROUP BY group_id, entry_no HAVING sum(amount) <> 0
    ) x`.execute(db);
  if (Number(unbalanced.rows[0]!.n) !== 0) throw new Error(`${unbalanced.rows[0]!.n} generated entries do not balance`);
  return (Date.now() - start) / 1000;
}
