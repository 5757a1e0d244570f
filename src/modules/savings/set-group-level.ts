import { AppError } from '../../kernel/errors.js';
import { civilDate, formatThaiDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireGroup } from '../ledger/index.js';
import { getGroupIn } from './get-group.js';
import type { TGroup } from './savings.schemas.js';

/** Records a development-level assessment (ระดับ 1–3); the history is kept. */
export async function setGroupLevel(
  ctx: UseCaseContext,
  groupId: string,
  input: { effectiveOn: string; level: number; note: string },
): Promise<TGroup> {
  const group = await requireGroup(ctx, groupId, 'savings:manage');
  const on = civilDate(input.effectiveOn);
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('group_level')
      .select('level')
      .where('group_id', '=', group.id)
      .where('effective_on', '=', on)
      .executeTakeFirst();
    if (clash) {
      throw new AppError({
        code: 'level_exists',
        kind: 'conflict',
        messageTh: `มีการบันทึกระดับการพัฒนาวันที่ ${formatThaiDate(on)} แล้ว`,
        messageEn: 'A level is already recorded for that date',
      });
    }
    await trx
      .insertInto('group_level')
      .values({
        group_id: group.id,
        effective_on: on,
        level: input.level,
        note: input.note,
        recorded_by: ctx.actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'savings_group.level',
      entityType: 'savings_group',
      entityId: group.id,
      orgUnitId: group.orgUnitId,
      after: { effectiveOn: on, level: input.level, note: input.note },
      requestId: ctx.requestId,
    });
    return getGroupIn(trx, group.id);
  });
}
