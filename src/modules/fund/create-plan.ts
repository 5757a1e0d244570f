import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import { formatBaht, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import type { TPlan, TPlanInput } from './assistance.schemas.js';
import { itemsByIds, paidByItem, planItemRows } from './assistance.repository.js';
import { FUND_ACCOUNTS } from './chart.js';
import { requireFundManage } from './fund-access.js';
import { accountBalances, lockFund } from './fund.repository.js';
import { planDto } from './get-plan.js';
import { loadActorGrants } from './plan-signers.js';

/**
 * The province drafts its assistance plan (seed 000 §3.6) from the districts' proposed items, with
 * the amount approved for each and the sign-off chain (proposer → checker → approver, the
 * provincial head). The plan may not promise more than the fund holds, less what earlier plans
 * have promised and not yet paid.
 */
export async function createPlan(
  ctx: UseCaseContext,
  fundId: string,
  input: TPlanInput,
  idempotencyKey?: string,
): Promise<TPlan> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'fund_plan.create', request: { fundId, ...input } },
    async (trx) => {
      const fund = await lockFund(trx, fundId);
      requireFundManage(ctx.actor, fund);
      const issues: FieldIssue[] = [];
      const push = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
      const items = new Map(
        (
          await itemsByIds(
            trx,
            input.items.map((i) => i.proposalItemId),
          )
        ).map((i) => [i.id, i]),
      );
      const seen = new Set<string>();
      input.items.forEach((it, i) => {
        const row = items.get(it.proposalItemId);
        if (!row || row.fund_id !== fund.id)
          push(`items.${i}.proposalItemId`, 'ไม่พบรายการที่อำเภอเสนอ', 'Unknown proposed item');
        else if (row.plan_id || seen.has(it.proposalItemId)) {
          push(`items.${i}.proposalItemId`, 'รายการนี้อยู่ในแผนการให้ความช่วยเหลือแล้ว', 'Already in a plan');
        } else if (it.approvedCost > Number(row.cost)) {
          push(
            `items.${i}.approvedCost`,
            `อนุมัติได้ไม่เกินจำนวนที่อำเภอเสนอ (${formatBaht(satang(Number(row.cost)))} บาท)`,
            'More than proposed',
          );
        }
        seen.add(it.proposalItemId);
      });
      const roles = input.chain.map((s) => s.role);
      if (roles[0] !== 'proposer' || roles.at(-1) !== 'approver' || roles.slice(1, -1).some((r) => r !== 'checker')) {
        push('chain', 'ลำดับผู้ลงนามต้องเป็น ผู้เสนอแผน → ผู้ตรวจสอบ → ผู้อนุมัติ', 'proposer → checker… → approver');
      }
      if (input.chain[0]?.signerUserId !== ctx.actor.userId) {
        push('chain.0.signerUserId', 'ผู้เสนอแผนต้องเป็นผู้จัดทำแผนเอง', 'The proposer drafts the plan');
      }
      if (new Set(input.chain.map((s) => s.signerUserId)).size !== input.chain.length) {
        push('chain', 'ผู้ลงนามแต่ละขั้นต้องเป็นคนละคนกัน', 'Each step has its own signer');
      }
      const grants = await loadActorGrants(
        trx,
        input.chain.map((s) => s.signerUserId),
      );
      input.chain.forEach((s, i) => {
        const g = grants.get(s.signerUserId);
        if (!g || !g.some((x) => x.permissions.includes('fund:read') && fund.org_path.startsWith(x.orgPath))) {
          push(
            `chain.${i}.signerUserId`,
            'ผู้ลงนามต้องเป็นผู้ใช้ของสำนักงานพัฒนาชุมชนจังหวัดที่ดำเนินโครงการ',
            'Not a user of the fund’s office',
          );
        }
      });
      if (issues.length) throw validationError(issues);

      const total = input.items.reduce((s, i) => s + i.approvedCost, 0);
      const balances = await accountBalances(trx, fund.id);
      const holds = (balances.get(FUND_ACCOUNTS.bank.code) ?? 0) + (balances.get(FUND_ACCOUNTS.cashOnHand.code) ?? 0);
      const others = await trx.selectFrom('fund_plan').select('id').where('fund_id', '=', fund.id).execute();
      const paid = await paidByItem(trx, fund.id);
      const promised = (
        await planItemRows(
          trx,
          others.map((p) => p.id),
        )
      ).reduce((s, i) => s + Number(i.approved_cost) - (paid.get(`${i.plan_id}:${i.item_no}`) ?? 0), 0);
      if (total > holds - promised) {
        const messageTh = `แผนนี้รวม ${formatBaht(satang(total))} บาท เกินเงินกองทุนที่ยังไม่ได้ผูกพัน ${formatBaht(satang(holds - promised))} บาท (เงินกองทุน ${formatBaht(satang(holds))} บาท หักแผนอื่นที่ยังไม่ได้จ่าย ${formatBaht(satang(promised))} บาท)`;
        throw new AppError({
          code: 'plan_exceeds_fund',
          kind: 'validation',
          messageTh,
          messageEn: 'The plan promises more than the fund holds',
          issues: [{ path: 'items', messageTh, messageEn: 'Over the fund' }],
        });
      }
      const now = ctx.clock.now();
      const { id } = await trx
        .insertInto('fund_plan')
        .values({
          fund_id: fund.id,
          title_th: input.titleTh,
          created_by: ctx.actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('fund_plan_item')
        .values(
          input.items.map((it, i) => ({
            plan_id: id,
            item_no: i + 1,
            proposal_item_id: it.proposalItemId,
            approved_cost: it.approvedCost,
          })),
        )
        .execute();
      await trx
        .insertInto('fund_plan_step')
        .values(
          input.chain.map((s, i) => ({
            plan_id: id,
            step_no: i + 1,
            role: s.role,
            signer_user_id: s.signerUserId,
            position_line: s.positionLine,
          })),
        )
        .execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'fund_plan.create',
        entityType: 'fund_plan',
        entityId: id,
        orgUnitId: fund.org_unit_id,
        after: { ...input, total },
        requestId: ctx.requestId,
      });
      return planDto(
        trx,
        ctx.actor,
        await trx.selectFrom('fund_plan').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    },
  );
}
