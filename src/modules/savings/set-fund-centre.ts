import { AppError, validationError } from '../../kernel/errors.js';
import { civilDate, formatThaiDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireGroup } from '../ledger/index.js';
import { getGroupIn } from './get-group.js';
import type { TGroup, TSetFundCentreRequest } from './savings.schemas.js';

/**
 * Records from a date whether the group leads a community fund management centre
 * (ศูนย์จัดการกองทุนชุมชน) — a fact seed 004's target selection ranks by. The history is kept;
 * a group that stops leading one gets a row saying so.
 */
export async function setFundCentre(
  ctx: UseCaseContext,
  groupId: string,
  input: TSetFundCentreRequest,
): Promise<TGroup> {
  const group = await requireGroup(ctx, groupId, 'savings:manage');
  const on = civilDate(input.effectiveOn);
  if (input.leads && input.centreNameTh === '') {
    throw validationError([
      {
        path: 'centreNameTh',
        messageTh: 'กรุณาระบุชื่อศูนย์จัดการกองทุนชุมชนที่กลุ่มเป็นแกนนำ',
        messageEn: 'Name the centre the group leads',
      },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('group_fund_centre')
      .select('leads')
      .where('group_id', '=', group.id)
      .where('effective_on', '=', on)
      .executeTakeFirst();
    if (clash) {
      throw new AppError({
        code: 'fund_centre_exists',
        kind: 'conflict',
        messageTh: `มีการบันทึกบทบาทศูนย์จัดการกองทุนชุมชนวันที่ ${formatThaiDate(on)} แล้ว`,
        messageEn: 'A fund-centre role is already recorded for that date',
      });
    }
    const row = {
      effectiveOn: on,
      leads: input.leads,
      centreNameTh: input.leads ? input.centreNameTh : '',
      note: input.note,
    };
    await trx
      .insertInto('group_fund_centre')
      .values({
        group_id: group.id,
        effective_on: on,
        leads: row.leads,
        centre_name_th: row.centreNameTh,
        note: row.note,
        recorded_by: ctx.actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'savings_group.fund_centre',
      entityType: 'savings_group',
      entityId: group.id,
      orgUnitId: group.orgUnitId,
      after: row,
      requestId: ctx.requestId,
    });
    return getGroupIn(trx, group.id);
  });
}
