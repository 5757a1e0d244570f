import { compareDates, civilDate } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import type { TFund, TFundInput } from './fund.schemas.js';
import { fundDto } from './get-fund.js';
import { findFund } from './fund.repository.js';

/**
 * A province office sets up its staff fund: the period, the pledge per day (at least 1 baht) and
 * the target number of participants, the bank account the piggy-bank money goes into, and the
 * project it belongs to (seed 000: ออมวันละบาท, 1 May – 30 Sep 2567, 91 people).
 */
export async function createFund(ctx: UseCaseContext, input: TFundInput, idempotencyKey?: string): Promise<TFund> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'staff_fund.create', request: input }, async (trx) => {
    const issues: FieldIssue[] = [];
    const push = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
    const unit = await trx
      .selectFrom('org_unit')
      .select(['id', 'kind', 'path'])
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit || unit.kind !== 'province') {
      push('orgUnitId', 'กองทุนต้องดำเนินการโดยสำนักงานพัฒนาชุมชนจังหวัด', 'The fund is run by a province office');
    } else requireUnitAccess(ctx.actor, 'fund:manage', unit.path);
    const startsOn = civilDate(input.startsOn);
    const endsOn = civilDate(input.endsOn);
    if (compareDates(endsOn, startsOn) < 0) push('endsOn', 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น', 'Ends before it starts');
    if (input.pledgePerDay < 100) {
      push('pledgePerDay', 'เงินออมขั้นต่ำต้องไม่น้อยกว่าวันละ 1 บาท', 'The pledge is at least 1 baht a day');
    }
    if (input.projectId) {
      const project = await trx
        .selectFrom('project as p')
        .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
        .select('o.path')
        .where('p.id', '=', input.projectId)
        .executeTakeFirst();
      if (!project || !unit || !project.path.startsWith(unit.path)) {
        push('projectId', 'ไม่พบโครงการที่ระบุในจังหวัดนี้', 'No such project in this province');
      }
    }
    if (issues.length) throw validationError(issues);
    const { id } = await trx
      .insertInto('staff_fund')
      .values({
        org_unit_id: input.orgUnitId,
        project_id: input.projectId,
        name_th: input.nameTh,
        starts_on: startsOn,
        ends_on: endsOn,
        pledge_per_day: input.pledgePerDay,
        target_participants: input.targetParticipants,
        bank_name: input.bankName,
        bank_account_no: input.bankAccountNo,
        created_by: ctx.actor.userId,
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'staff_fund.create',
      entityType: 'staff_fund',
      entityId: id,
      orgUnitId: input.orgUnitId,
      after: input,
      requestId: ctx.requestId,
    });
    return fundDto(trx, ctx.actor, (await findFund(trx, id))!);
  });
}
