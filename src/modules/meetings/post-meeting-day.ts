// วันทำการ: every member's money for the day, posted atomically as one batch — one balanced entry per
// member against cash — or not at all. A district office can post many groups' days at once
// (postMeetingDays): the same rules per group, one transaction and a fixed number of statements for
// the whole upload, all of it or none.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { add, neg, satang, sum, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudits } from '../audit/index.js';
import { ACCOUNTS, ledgerWriteMany, type EntryDraft, type LineDraft } from '../ledger/index.js';
import { repaymentLines, type RepaymentRequest } from '../loans/index.js';
import {
  MAX_UPLOAD_ROWS,
  type TMeetingDayResult,
  type TMeetingDaysResult,
  type TPostMeetingDayRequest,
  type TPostMeetingDaysRequest,
} from './meetings.schemas.js';

type Row = TPostMeetingDayRequest['rows'][number];

/** One group's day inside a post, with the prefix its field paths carry in error messages. */
interface GroupDay {
  groupId: string;
  day: TPostMeetingDayRequest;
  path: string;
}

/** A row's position in its day's request, for error paths (rows without money are skipped). */
const rowPath = (d: GroupDay, r: Row, index: ReadonlyMap<Row, number>) => `${d.path}rows.${index.get(r)}`;

interface MemberRow {
  group_id: string;
  member_no: number;
  title: string;
  first_name: string;
  last_name: string;
  status: string;
  joined_on: string;
}

export async function postMeetingDay(
  ctx: UseCaseContext,
  groupId: string,
  input: TPostMeetingDayRequest,
  idempotencyKey: string | undefined,
): Promise<TMeetingDayResult> {
  return (await postDays(ctx, [{ groupId, day: input, path: '' }], idempotencyKey))[0]!;
}

/** Many groups' meeting days (e.g. a district's upload), all posted or none. */
export async function postMeetingDays(
  ctx: UseCaseContext,
  input: TPostMeetingDaysRequest,
  idempotencyKey: string | undefined,
): Promise<TMeetingDaysResult> {
  const seen = new Map<string, number>();
  const issues: FieldIssue[] = [];
  input.days.forEach((d, i) => {
    if (seen.has(d.groupId))
      issues.push({
        path: `days.${i}.groupId`,
        messageTh: `กลุ่มนี้อยู่ในรายการแล้ว (ลำดับที่ ${seen.get(d.groupId)! + 1}) ส่งได้กลุ่มละหนึ่งวันทำการต่อครั้ง`,
        messageEn: 'A group appears twice in one upload',
      });
    else seen.set(d.groupId, i);
  });
  const rows = input.days.reduce((n, d) => n + d.rows.length, 0);
  if (rows > MAX_UPLOAD_ROWS)
    issues.push({
      path: 'days',
      messageTh: `ส่งได้ครั้งละไม่เกิน ${MAX_UPLOAD_ROWS.toLocaleString('th-TH')} แถว (ครั้งนี้ ${rows.toLocaleString('th-TH')} แถว) กรุณาแบ่งส่งเป็นหลายครั้ง`,
      messageEn: `At most ${MAX_UPLOAD_ROWS} rows per upload`,
    });
  if (issues.length) throw validationError(issues);
  const days = await postDays(
    ctx,
    input.days.map(({ groupId, ...day }, i) => ({ groupId, day, path: `days.${i}.` })),
    idempotencyKey,
  );
  return { days };
}

async function postDays(
  ctx: UseCaseContext,
  days: readonly GroupDay[],
  idempotencyKey: string | undefined,
): Promise<TMeetingDayResult[]> {
  const { results } = await ledgerWriteMany(
    ctx,
    {
      // The request hashed per group is the single-group request, so a day retried alone or in a
      // batch under the same key is recognised as the same day.
      writes: days.map((d) => ({ groupId: d.groupId, request: d.day })),
      idempotencyKey,
      operation: 'meeting_day.post',
      permission: 'savings:post',
    },
    async ({ trx, books, postMany }) => {
      const rowsOf = days.map((d) => d.day.rows.filter(hasMoney));
      const index = new Map(days.flatMap((d) => d.day.rows.map((r, i) => [r, i] as const)));
      const members = await readMembers(trx, days, rowsOf);
      const issues = days.flatMap((d, i) => checkRows(d, rowsOf[i]!, members, index));
      if (issues.length) throw validationError(issues);

      const batchNos = await nextBatchNos(
        trx,
        days.map((d) => d.groupId),
      );
      // Loan payments of every group are split in one pass (two queries), in row order.
      const requests: RepaymentRequest[] = days.flatMap((d, i) =>
        rowsOf[i]!.flatMap((r) =>
          r.loanPayments
            .filter((x) => x.amount > 0)
            .map((p) => ({
              groupId: d.groupId,
              memberNo: r.memberNo,
              loanNo: p.loanNo,
              amount: satang(p.amount),
              path: `${rowPath(d, r, index)}.loanPayments`,
            })),
        ),
      );
      const repayments = await repaymentLinesByDate(trx, days, requests);
      let nextRepayment = 0;
      const drafted = days.map((d, i) => {
        const postedOn = civilDate(d.day.postedOn);
        const drafts: EntryDraft[] = [];
        const perMember: Omit<TMeetingDayResult['entries'][number], 'entryNo'>[] = [];
        for (const r of rowsOf[i]!) {
          const loans = r.loanPayments.filter((x) => x.amount > 0).map(() => repayments[nextRepayment++]!);
          const m = members.get(`${d.groupId}:${r.memberNo}`)!;
          const amounts = {
            pledge: satang(r.pledge),
            specialDeposit: satang(r.specialDeposit),
            specialWithdrawal: satang(r.specialWithdrawal),
            fine: satang(r.fine),
            loanPrincipal: sum(loans.map((l) => l.principal)),
            loanInterest: sum(loans.map((l) => l.interest)),
            loanPenalty: sum(loans.map((l) => l.penalty)),
          };
          drafts.push({
            postedOn,
            kind: 'meeting_day',
            memo: d.day.memo || `วันทำการ ${formatThaiDate(postedOn)}`,
            memberNo: r.memberNo,
            batchNo: batchNos.get(d.groupId)!,
            lines: memberLines(r.memberNo, amounts, loans),
          });
          perMember.push({ memberNo: r.memberNo, fullName: `${m.title}${m.first_name} ${m.last_name}`, ...amounts });
        }
        return { postedOn, drafts, perMember };
      });
      const entryNos = await postMany(books.map((b, i) => ({ book: b.book, entries: drafted[i]!.drafts })));
      const results = drafted.map(({ postedOn, perMember }, i) =>
        dayResult(days[i]!.groupId, batchNos.get(days[i]!.groupId)!, postedOn, perMember, entryNos[i]!),
      );
      await recordAudits(
        trx,
        results.map((result, i) => ({
          actorUserId: ctx.actor.userId,
          action: 'meeting_day.post',
          entityType: 'savings_group',
          entityId: result.groupId,
          orgUnitId: books[i]!.group.orgUnitId,
          after: {
            batchNo: result.batchNo,
            postedOn: result.postedOn,
            entryNos: [entryNos[i]![0], entryNos[i]!.at(-1)],
            totals: result.totals,
          },
          requestId: ctx.requestId,
        })),
      );
      return results;
    },
  );
  return results;
}

/** The named members of every group's rows, keyed `group:member`, in one query. */
async function readMembers(
  trx: Transaction<DB>,
  days: readonly GroupDay[],
  rowsOf: readonly Row[][],
): Promise<Map<string, MemberRow>> {
  const groups = days.flatMap((d, i) => rowsOf[i]!.map(() => d.groupId));
  const nos = rowsOf.flatMap((rows) => rows.map((r) => r.memberNo));
  if (nos.length === 0) return new Map();
  const rows = await sql<MemberRow>`
    SELECT m.group_id, m.member_no, m.title, m.first_name, m.last_name, m.status,
      to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on
    FROM unnest(${groups}::uuid[], ${nos}::int[]) AS k(group_id, member_no)
    JOIN group_member m ON m.group_id = k.group_id AND m.member_no = k.member_no`.execute(trx);
  return new Map(rows.rows.map((m) => [`${m.group_id}:${m.member_no}`, m]));
}

/** Each row names a member of the group, once, who is active on the day; a day has some money. */
function checkRows(
  d: GroupDay,
  rows: readonly Row[],
  members: ReadonlyMap<string, MemberRow>,
  index: ReadonlyMap<Row, number>,
): FieldIssue[] {
  const postedOn = civilDate(d.day.postedOn);
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  for (const r of rows) {
    const m = members.get(`${d.groupId}:${r.memberNo}`);
    const at = `${rowPath(d, r, index)}.memberNo`;
    if (seen.has(r.memberNo)) {
      issues.push({ path: at, messageTh: `สมาชิกเลขที่ ${r.memberNo} มีมากกว่าหนึ่งแถว`, messageEn: 'Member listed twice' });
    } else if (!m) {
      issues.push({ path: at, messageTh: `ไม่พบสมาชิกเลขที่ ${r.memberNo}`, messageEn: 'No such member' });
    } else if (m.status !== 'active' || compareDates(civilDate(m.joined_on), postedOn) > 0) {
      issues.push({
        path: at,
        messageTh: `สมาชิกเลขที่ ${r.memberNo} ไม่ได้เป็นสมาชิกในวันที่ ${formatThaiDate(postedOn)}`,
        messageEn: 'Not an active member on that date',
      });
    }
    seen.add(r.memberNo);
  }
  if (rows.length === 0) {
    issues.push({ path: `${d.path}rows`, messageTh: 'ยังไม่มีรายการเงินของวันนี้', messageEn: 'No amounts to post' });
  }
  return issues;
}

/** The next meeting-day batch number of each group (its highest so far + 1). */
async function nextBatchNos(trx: Transaction<DB>, groupIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql<{ group_id: string; max: string | number | null }>`
    SELECT k.group_id,
      (SELECT max(e.batch_no) FROM journal_entry e WHERE e.group_id = k.group_id AND e.batch_no IS NOT NULL) AS max
    FROM unnest(${[...groupIds]}::uuid[]) AS k(group_id)`.execute(trx);
  return new Map(rows.rows.map((r) => [r.group_id, Number(r.max ?? 0) + 1]));
}

/** Repayment splits in request order; a split depends on the day, so days of different dates split apart. */
async function repaymentLinesByDate(
  trx: Transaction<DB>,
  days: readonly GroupDay[],
  requests: readonly RepaymentRequest[],
) {
  const dateOf = new Map(days.map((d) => [d.groupId, civilDate(d.day.postedOn)]));
  const dates = [...new Set(requests.map((r) => dateOf.get(r.groupId)!))];
  if (dates.length <= 1) return repaymentLines(trx, dates[0] ?? ('1970-01-01' as CivilDate), requests);
  const split = new Map<RepaymentRequest, Awaited<ReturnType<typeof repaymentLines>>[number]>();
  for (const on of dates) {
    const mine = requests.filter((r) => dateOf.get(r.groupId) === on);
    (await repaymentLines(trx, on, mine)).forEach((x, i) => split.set(mine[i]!, x));
  }
  return requests.map((r) => split.get(r)!);
}

type Amounts = Record<
  'pledge' | 'specialDeposit' | 'specialWithdrawal' | 'fine' | 'loanPrincipal' | 'loanInterest' | 'loanPenalty',
  Satang
>;

/** One member's day as journal lines: credits to their savings and the group's income, cash against. */
function memberLines(memberNo: number, amounts: Amounts, loans: readonly { lines: LineDraft[] }[]): LineDraft[] {
  const lines: LineDraft[] = [];
  const credit = (account: LineDraft['account'], amount: Satang, member?: number) => {
    if (amount !== 0) lines.push({ account, amount: neg(amount), memberNo: member ?? null });
  };
  credit(ACCOUNTS.pledgedSavings, amounts.pledge, memberNo);
  credit(ACCOUNTS.specialSavings, amounts.specialDeposit, memberNo);
  if (amounts.specialWithdrawal !== 0) {
    lines.push({ account: ACCOUNTS.specialSavings, amount: amounts.specialWithdrawal, memberNo });
  }
  credit(ACCOUNTS.finesIncome, amounts.fine);
  for (const l of loans) lines.push(...l.lines);
  const cash = neg(sum(lines.map((l) => l.amount)));
  if (cash !== 0) lines.unshift({ account: ACCOUNTS.cash, amount: cash });
  return lines;
}

function dayResult(
  groupId: string,
  batchNo: number,
  postedOn: CivilDate,
  perMember: Omit<TMeetingDayResult['entries'][number], 'entryNo'>[],
  entryNos: readonly number[],
): TMeetingDayResult {
  const entries = perMember.map((e, i) => ({ ...e, entryNo: entryNos[i]! }));
  const total = (k: keyof Amounts) => sum(entries.map((e) => e[k] as Satang));
  const cashIn = add(
    total('pledge'),
    total('specialDeposit'),
    total('fine'),
    total('loanPrincipal'),
    total('loanInterest'),
    total('loanPenalty'),
  );
  return {
    groupId,
    batchNo,
    postedOn,
    entries,
    totals: {
      pledge: total('pledge'),
      specialDeposit: total('specialDeposit'),
      specialWithdrawal: total('specialWithdrawal'),
      fine: total('fine'),
      loanPrincipal: total('loanPrincipal'),
      loanInterest: total('loanInterest'),
      loanPenalty: total('loanPenalty'),
      cashIn,
      cashOut: total('specialWithdrawal'),
    },
  };
}

function hasMoney(r: Row): boolean {
  return (
    r.pledge + r.specialDeposit + r.specialWithdrawal + r.fine + r.loanPayments.reduce((a, p) => a + p.amount, 0) > 0
  );
}
