import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { categoriesOf, committeeOf, findCall } from './awards.repository.js';
import type { TCall, TRubricInput } from './awards.schemas.js';
import { effectiveStatus, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';
import { toTenths } from './points.js';
import { checkRubric, normaliseCode, rubricNodes, type CriterionRow } from './rubric.js';

const notAddingUp = (issues: FieldIssue[]) =>
  new AppError({
    code: 'rubric_invalid',
    kind: 'validation',
    messageTh: `เกณฑ์การให้คะแนนไม่ถูกต้อง: ${issues.map((i) => i.messageTh).join(' / ')}`,
    messageEn: 'The rubric does not add up',
    issues,
  });

/**
 * Replaces a category's rubric. Refused unless every part adds up (rubric.ts), with each problem
 * named; frozen once scoring has started, since scores point at its criteria.
 */
export async function setRubric(
  ctx: UseCaseContext,
  callId: string,
  categoryCode: string,
  input: TRubricInput,
): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'draft' && status !== 'open') {
      throw wrongStatus(status, 'เปลี่ยนเกณฑ์การให้คะแนนไม่ได้หลังเริ่มการให้คะแนนแล้ว');
    }
    const category = (await categoriesOf(trx, callId)).find((c) => c.code === categoryCode);
    if (!category) {
      throw validationError([{ path: 'categoryCode', messageTh: 'ไม่พบประเภทรางวัลนี้', messageEn: 'No such category' }]);
    }
    const decimals: FieldIssue[] = [];
    const tenths = (v: number, path: string) => {
      const t = toTenths(v);
      if (t === null)
        decimals.push({ path, messageTh: 'คะแนนระบุทศนิยมได้ไม่เกิน 1 ตำแหน่ง', messageEn: 'One decimal at most' });
      return t ?? 0;
    };
    const total = tenths(input.statedTotal, 'statedTotal');
    const rows: CriterionRow[] = input.criteria.map((c, i) => ({
      code: c.code,
      labelTh: c.labelTh,
      maxTenths: tenths(c.maxPoints, `criteria[${i}].maxPoints`),
      statedTenths: c.statedPoints === null ? null : tenths(c.statedPoints, `criteria[${i}].statedPoints`),
    }));
    if (decimals.length) throw validationError(decimals);
    const issues = checkRubric(total, rows);
    const codes = new Set(rows.map((r) => normaliseCode(r.code)));
    for (const rule of call.tie_breaks) {
      if (rule.kind === 'criterion' && !codes.has(rule.code)) {
        issues.push({
          path: 'criteria',
          messageTh: `เกณฑ์ตัดสินกรณีคะแนนเท่ากันใช้ข้อ ${rule.code} แต่ไม่มีข้อนี้ในเกณฑ์การให้คะแนน`,
          messageEn: `Tie-break criterion ${rule.code} is not in the rubric`,
        });
      }
    }
    if (issues.length) throw notAddingUp(issues);
    const nodes = rubricNodes(rows);
    await trx.deleteFrom('award_rubric').where('category_id', '=', category.id).execute();
    await trx
      .insertInto('award_rubric')
      .values({
        category_id: category.id,
        stated_total_tenths: total,
        updated_by: ctx.actor.userId,
        updated_at: ctx.clock.now(),
      })
      .execute();
    await trx
      .insertInto('award_criterion')
      .values(
        nodes.map((n) => ({
          category_id: category.id,
          code: n.code,
          parent_code: n.parentCode,
          label_th: n.labelTh,
          max_tenths: n.maxTenths,
          stated_tenths: n.statedTenths,
          is_leaf: n.isLeaf,
          sort_order: n.sortOrder,
        })),
      )
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_rubric.set',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      after: { categoryCode, ...input },
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, call, await committeeOf(trx, callId));
  });
}
