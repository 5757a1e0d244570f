import { todayInBangkok } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { formatBaht, satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { planItemsOf } from './assessments.repository.js';
import type { TForum } from './assessments.schemas.js';
import { stateError } from './forum-access.js';
import { forumView } from './forum-view.js';
import { auditPlan, lockPlan } from './plan-state.js';

/**
 * The group's development plan is agreed: every item says what, who and by when, and the items'
 * costs fit the support budget. An adopted plan counts towards the program's indicator (the share
 * of target groups with a plan).
 */
export async function adoptPlan(ctx: UseCaseContext, programId: string, groupId: string): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const { fc, plan } = await lockPlan(trx, ctx, programId, groupId);
    if (plan.status === 'adopted') throw stateError('plan_adopted', 'แผนนี้รับรองแล้ว', 'Already adopted');
    const items = await planItemsOf(trx, fc.key);
    const issues: FieldIssue[] = [];
    items.forEach((x, i) => {
      const missing = [
        x.action === '' && 'กิจกรรม',
        x.owner === '' && 'ผู้รับผิดชอบ',
        x.due_on === null && 'กำหนดเสร็จ',
      ].filter(Boolean);
      if (missing.length > 0) {
        issues.push({
          path: `items[${i}]`,
          messageTh: `รายการที่ ${x.item_no} (ตัวชี้วัด ${x.indicator_code}) ยังไม่ได้ระบุ${missing.join(' ')}`,
          messageEn: 'Item incomplete',
        });
      }
    });
    const planned = sum(items.map((x) => satang(Number(x.cost))));
    const budget = satang(Number(plan.budget));
    if (planned > budget) {
      issues.push({
        path: 'items',
        messageTh: `ค่าใช้จ่ายตามแผนรวม ${formatBaht(planned)} บาท เกินงบสนับสนุน ${formatBaht(budget)} บาท`,
        messageEn: 'Planned costs exceed the support budget',
      });
    }
    if (issues.length > 0) throw validationError(issues, 'plan_incomplete');
    const today = todayInBangkok(ctx.clock);
    await trx
      .updateTable('assessment_plan')
      .set({
        status: 'adopted',
        adopted_on: today,
        adopted_by: ctx.actor.userId,
        withdrawn_reason: null,
        updated_at: ctx.clock.now(),
      })
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .execute();
    await auditPlan(trx, ctx, fc, 'adopt', { before: { status: plan.status }, after: { adoptedOn: today, planned } });
    return forumView(trx, ctx, fc);
  });
}
