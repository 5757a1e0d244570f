// วันทำการ: every member's money for the day, posted atomically as one batch — one balanced entry per
// member against cash — or not at all.
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate } from '../../kernel/dates.js';
import { add, neg, satang, sum, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite, type EntryDraft, type LineDraft } from '../ledger/index.js';
import { repaymentLines } from '../loans/index.js';
import type { TMeetingDayResult, TPostMeetingDayRequest } from './meetings.schemas.js';

type Row = TPostMeetingDayRequest['rows'][number];

export async function postMeetingDay(
  ctx: UseCaseContext,
  groupId: string,
  input: TPostMeetingDayRequest,
  idempotencyKey: string | undefined,
): Promise<TMeetingDayResult> {
  const { result } = await ledgerWrite(
    ctx,
    { groupId, idempotencyKey, operation: 'meeting_day.post', request: input, permission: 'savings:post' },
    async ({ trx, group, post }) => {
      const postedOn = civilDate(input.postedOn);
      const rows = input.rows.filter(hasMoney);
      const members = new Map(
        (
          await trx
            .selectFrom('group_member')
            .select(['member_no', 'title', 'first_name', 'last_name', 'status', 'joined_on'])
            .where('group_id', '=', group.id)
            .where('member_no', 'in', rows.length ? rows.map((r) => r.memberNo) : [-1])
            .execute()
        ).map((m) => [m.member_no, m]),
      );
      const issues: FieldIssue[] = [];
      const seen = new Set<number>();
      rows.forEach((r) => {
        const m = members.get(r.memberNo);
        const at = `rows.${input.rows.indexOf(r)}.memberNo`;
        if (seen.has(r.memberNo)) {
          issues.push({
            path: at,
            messageTh: `สมาชิกเลขที่ ${r.memberNo} มีมากกว่าหนึ่งแถว`,
            messageEn: 'Member listed twice',
          });
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
      });
      if (rows.length === 0) {
        issues.push({ path: 'rows', messageTh: 'ยังไม่มีรายการเงินของวันนี้', messageEn: 'No amounts to post' });
      }
      if (issues.length) throw validationError(issues);

      const { max } = await trx
        .selectFrom('journal_entry')
        .select((eb) => eb.fn.max('batch_no').as('max'))
        .where('group_id', '=', group.id)
        .executeTakeFirstOrThrow();
      const batchNo = Number(max ?? 0) + 1;
      const drafts: EntryDraft[] = [];
      const perMember: Omit<TMeetingDayResult['entries'][number], 'entryNo'>[] = [];
      const repayments = await repaymentLines(
        trx,
        group.id,
        postedOn,
        rows.flatMap((r) =>
          r.loanPayments
            .filter((x) => x.amount > 0)
            .map((p) => ({
              memberNo: r.memberNo,
              loanNo: p.loanNo,
              amount: satang(p.amount),
              path: `rows.${input.rows.indexOf(r)}.loanPayments`,
            })),
        ),
      );
      let nextRepayment = 0;
      for (const r of rows) {
        const loans = r.loanPayments.filter((x) => x.amount > 0).map(() => repayments[nextRepayment++]!);
        const m = members.get(r.memberNo)!;
        const amounts = {
          pledge: satang(r.pledge),
          specialDeposit: satang(r.specialDeposit),
          specialWithdrawal: satang(r.specialWithdrawal),
          fine: satang(r.fine),
          loanPrincipal: sum(loans.map((l) => l.principal)),
          loanInterest: sum(loans.map((l) => l.interest)),
          loanPenalty: sum(loans.map((l) => l.penalty)),
        };
        const lines: LineDraft[] = [];
        const credit = (account: LineDraft['account'], amount: Satang, memberNo?: number) => {
          if (amount !== 0) lines.push({ account, amount: neg(amount), memberNo: memberNo ?? null });
        };
        credit(ACCOUNTS.pledgedSavings, amounts.pledge, r.memberNo);
        credit(ACCOUNTS.specialSavings, amounts.specialDeposit, r.memberNo);
        if (amounts.specialWithdrawal !== 0) {
          lines.push({ account: ACCOUNTS.specialSavings, amount: amounts.specialWithdrawal, memberNo: r.memberNo });
        }
        credit(ACCOUNTS.finesIncome, amounts.fine);
        for (const l of loans) lines.push(...l.lines);
        const cash = neg(sum(lines.map((l) => l.amount)));
        if (cash !== 0) lines.unshift({ account: ACCOUNTS.cash, amount: cash });
        drafts.push({
          postedOn,
          kind: 'meeting_day',
          memo: input.memo || `วันทำการ ${formatThaiDate(postedOn)}`,
          memberNo: r.memberNo,
          batchNo,
          lines,
        });
        perMember.push({ memberNo: r.memberNo, fullName: `${m.title}${m.first_name} ${m.last_name}`, ...amounts });
      }
      const entryNos = await post(drafts);
      const entries = perMember.map((e, i) => ({ ...e, entryNo: entryNos[i]! }));
      const total = (k: keyof (typeof entries)[number] & keyof TMeetingDayResult['totals']) =>
        sum(entries.map((e) => e[k] as Satang));
      const cashIn = add(
        total('pledge'),
        total('specialDeposit'),
        total('fine'),
        total('loanPrincipal'),
        total('loanInterest'),
        total('loanPenalty'),
      );
      const result: TMeetingDayResult = {
        groupId: group.id,
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
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'meeting_day.post',
        entityType: 'savings_group',
        entityId: group.id,
        orgUnitId: group.orgUnitId,
        after: { batchNo, postedOn, entryNos: [entryNos[0], entryNos.at(-1)], totals: result.totals },
        requestId: ctx.requestId,
      });
      return result;
    },
  );
  return result;
}

function hasMoney(r: Row): boolean {
  return (
    r.pledge + r.specialDeposit + r.specialWithdrawal + r.fine + r.loanPayments.reduce((a, p) => a + p.amount, 0) > 0
  );
}
