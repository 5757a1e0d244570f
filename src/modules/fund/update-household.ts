import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { checkHousehold, duplicateHead } from './check-household.js';
import { requireHouseholdRead, surveysIn } from './fund-access.js';
import { findFund } from './fund.repository.js';
import { findHousehold } from './household.repository.js';
import type { THousehold, THouseholdInput } from './household.schemas.js';
import { householdAuditView, toHousehold } from './household-view.js';
import { replaceMembers } from './register-household.js';

/** The owning district corrects a household's survey record; the version guards lost updates. */
export async function updateHousehold(
  ctx: UseCaseContext,
  id: string,
  input: THouseholdInput & { version: number },
): Promise<THousehold> {
  return ctx.db.transaction().execute(async (trx) => {
    const h = await findHousehold(trx, id, { forUpdate: true });
    requireHouseholdRead(ctx.actor, h);
    if (!surveysIn(ctx.actor, h!.district_path)) {
      throw new AppError({
        code: 'forbidden',
        kind: 'forbidden',
        messageTh: 'แก้ไขข้อมูลครัวเรือนได้เฉพาะสำนักงานพัฒนาชุมชนอำเภอที่สำรวจ',
        messageEn: 'Only the surveying district edits a household',
      });
    }
    const row = h!;
    if (row.version !== input.version) {
      throw new AppError({
        code: 'stale_version',
        kind: 'conflict',
        messageTh: 'ข้อมูลครัวเรือนนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่',
        messageEn: 'The household changed since it was read',
      });
    }
    const fund = (await findFund(trx, row.fund_id))!;
    const { version, ...rest } = input;
    const checked = await checkHousehold(trx, ctx, fund, rest);
    const dup = await trx
      .selectFrom('fund_household')
      .select('household_no')
      .where('fund_id', '=', fund.id)
      .where('head_thai_id', '=', checked.thaiId)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (dup) throw duplicateHead(dup.household_no);
    await trx
      .updateTable('fund_household')
      .set({
        district_id: checked.districtId,
        village_id: rest.villageId,
        house_no: rest.houseNo,
        head_title: rest.head.title,
        head_first_name: rest.head.firstName,
        head_last_name: rest.head.lastName,
        head_thai_id: checked.thaiId,
        phone: rest.phone,
        tpmap: rest.tpmap,
        failed_indicators: JSON.stringify(rest.failedIndicators),
        vulnerability: rest.vulnerability,
        needs_th: rest.needsTh,
        surveyed_on: checked.surveyedOn,
        version: version + 1,
        updated_by: ctx.actor.userId,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await replaceMembers(trx, id, rest);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_household.update',
      entityType: 'fund_household',
      entityId: id,
      orgUnitId: checked.districtId,
      after: householdAuditView(rest, checked.thaiId),
      requestId: ctx.requestId,
    });
    return toHousehold(trx, ctx.actor, (await findHousehold(trx, id))!);
  });
}
