import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { findInstruments } from './instruments.repository.js';
import { findProgram, findUnits, provincesUnder } from './assessments.repository.js';
import type { TProgram, TProgramInput } from './assessments.schemas.js';
import { toProgram } from './get-program.js';

/**
 * The department (or a province) starts an activity such as seed 004's: the instruments its
 * forums use, the level of the groups it targets, quotas per province, the support per group,
 * the report deadline after a forum and the share of groups that must have a plan.
 */
export async function createProgram(
  ctx: UseCaseContext,
  input: TProgramInput,
  idempotencyKey?: string,
): Promise<TProgram> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'assessment_program.create', request: input },
    async (trx) => {
      const [unit] = await findUnits(trx, [input.orgUnitId]);
      if (!unit) {
        throw validationError([{ path: 'orgUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' }]);
      }
      requireUnitAccess(ctx.actor, 'programs:manage', unit.path);
      const issues: FieldIssue[] = [];
      if (unit.kind !== 'department' && unit.kind !== 'province') {
        issues.push({
          path: 'orgUnitId',
          messageTh: 'กิจกรรมประเมินต้องดำเนินการโดยกรมหรือสำนักงานพัฒนาชุมชนจังหวัด',
          messageEn: 'Run by the department or a province office',
        });
      }
      const found = new Set((await findInstruments(trx, input.instrumentIds)).map((i) => i.id));
      input.instrumentIds.forEach((id, i) => {
        if (!found.has(id) || input.instrumentIds.indexOf(id) !== i) {
          issues.push({
            path: `instrumentIds[${i}]`,
            messageTh: found.has(id) ? 'เลือกแบบประเมินซ้ำ' : 'ไม่พบแบบประเมินที่ระบุ',
            messageEn: found.has(id) ? 'Listed twice' : 'Unknown instrument',
          });
        }
      });
      const provinces = new Set((await provincesUnder(trx, unit.path)).map((p) => p.id));
      for (const id of Object.keys(input.quotas)) {
        if (!provinces.has(id)) {
          issues.push({
            path: `quotas.${id}`,
            messageTh: `${id} ไม่ใช่จังหวัดในความรับผิดชอบของหน่วยงานนี้`,
            messageEn: `${id} is not a province under the unit`,
          });
        }
      }
      if (issues.length > 0) throw validationError(issues);
      const { id } = await trx
        .insertInto('assessment_program')
        .values({
          org_unit_id: unit.id,
          title_th: input.titleTh,
          fiscal_year: input.fiscalYear,
          target_level: input.targetLevel,
          default_quota: input.defaultQuota,
          quotas: JSON.stringify(input.quotas),
          support_per_group: input.supportPerGroup,
          report_days: input.reportDays,
          plan_target_bp: input.planTargetBp,
          results_due_on: input.resultsDueOn,
          created_by: ctx.actor.userId,
          created_at: ctx.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('assessment_program_instrument')
        .values(input.instrumentIds.map((instrument_id, i) => ({ program_id: id, instrument_id, sort_order: i + 1 })))
        .execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'assessment_program.create',
        entityType: 'assessment_program',
        entityId: id,
        orgUnitId: unit.id,
        after: input,
        requestId: ctx.requestId,
      });
      return toProgram(trx, ctx, (await findProgram(trx, id))!);
    },
  );
}
