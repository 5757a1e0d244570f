import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { linkableRequest } from '../requests/index.js';
import { planDto, readablePlan } from './get-plan.js';
import { requirePlanManager } from './project-access.js';
import type { TKpiInput, TPlan } from './programs.schemas.js';

/** What the input alone can tell is wrong, each problem on its field. */
function inputIssues(input: TKpiInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
  if (input.textTh === '') issue('textTh', 'กรุณากรอกตัวชี้วัด', 'KPI text required');
  if (input.source === 'report_submissions') {
    if (input.kind !== 'quantitative') {
      issue('kind', 'ตัวชี้วัดที่คำนวณจากการส่งรายงานต้องเป็นตัวชี้วัดเชิงปริมาณ', 'A computed KPI is quantitative');
    }
    if (!input.sourceRef) issue('sourceRef', 'กรุณาเลือกคำขอรายงานที่ใช้นับผล', 'sourceRef required');
  } else {
    if (input.sourceRef) {
      issue('sourceRef', 'ตัวชี้วัดที่บันทึกผลเองไม่ต้องเลือกคำขอรายงาน', 'A manual KPI has no sourceRef');
    }
    if (input.kind === 'quantitative' && (input.target === null || input.target === undefined)) {
      issue('target', 'กรุณากรอกค่าเป้าหมาย', 'target required');
    }
  }
  if (input.kind === 'qualitative' && input.target !== null && input.target !== undefined) {
    issue('target', 'ตัวชี้วัดเชิงคุณภาพไม่มีค่าเป้าหมายเป็นตัวเลข', 'A qualitative KPI has no target');
  }
  return issues;
}

/**
 * A KPI tracked on a plan (the project's own indicators come with its form). Its actual is either
 * recorded by hand ('manual') or counted from a report request's submissions ('report_submissions'),
 * whose target defaults to the number of offices the request was addressed to.
 */
export async function addPlanKpi(ctx: UseCaseContext, planId: string, input: TKpiInput): Promise<TPlan> {
  const issues = inputIssues(input);
  if (issues.length) throw validationError(issues);
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await readablePlan(trx, ctx.actor, planId);
    requirePlanManager(ctx.actor, plan.org_path);
    let target = input.kind === 'quantitative' ? (input.target ?? null) : null;
    let sourceRef: string | null = null;
    if (input.source === 'report_submissions') {
      // Unknown and not readable answer alike, so the API does not reveal another office's requests.
      const request = await linkableRequest(trx, ctx.actor, input.sourceRef!);
      if (!request) {
        throw validationError([
          {
            path: 'sourceRef',
            messageTh: 'ไม่พบคำขอรายงานที่เลือก หรือท่านไม่มีสิทธิ์ดูคำขอรายงานนี้',
            messageEn: 'Unknown report request',
          },
        ]);
      }
      sourceRef = request.requestId;
      target ??= request.expected;
    }
    const { n } = await trx
      .selectFrom('program_kpi')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('program_kpi')
      .values({
        project_id: plan.project_id,
        plan_id: planId,
        kind: input.kind,
        text_th: input.textTh,
        target,
        unit: input.unit || null,
        source: input.source,
        source_ref: sourceRef,
        sort_order: Number(n) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'kpi.create',
      entityType: 'program_kpi',
      entityId: id,
      orgUnitId: plan.org_unit_id,
      after: { ...input, target, sourceRef },
      requestId: ctx.requestId,
    });
    return planDto(trx, ctx.actor, ctx.clock, planId);
  });
}
