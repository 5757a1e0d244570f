// The audit committee or the district closes a flag with what it found; the note is kept and
// audited. Only a flag the books raise now can be resolved, once.
import { AppError, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireGroup } from '../ledger/index.js';
import type { TAnomaly } from './anomalies.schemas.js';
import { detectAnomalies } from './detect-anomalies.js';

export async function resolveAnomaly(
  ctx: UseCaseContext,
  groupId: string,
  input: { rule: string; subject: string; note: string },
): Promise<TAnomaly> {
  const group = await requireGroup(ctx, groupId, 'savings:approve');
  const flag = (await detectAnomalies(ctx.db, [group.id])).find(
    (f) => f.rule === input.rule && f.subject === input.subject,
  );
  if (!flag)
    throw validationError(
      [{ path: 'subject', messageTh: 'ไม่พบรายการที่ถูกตั้งข้อสังเกตนี้ในบัญชีของกลุ่ม', messageEn: 'No such flag' }],
      'no_such_anomaly',
    );
  const already = () =>
    new AppError({
      code: 'anomaly_already_resolved',
      kind: 'conflict',
      messageTh: 'ข้อสังเกตนี้ได้รับการตรวจสอบและบันทึกผลแล้ว',
      messageEn: 'This flag is already resolved',
    });
  if (flag.resolution) throw already();
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('anomaly_resolution')
      .values({
        group_id: group.id,
        rule: input.rule,
        subject: input.subject,
        note: input.note,
        resolved_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw already(); // resolved meanwhile
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'anomaly.resolve',
      entityType: 'savings_group',
      entityId: group.id,
      orgUnitId: group.orgUnitId,
      after: { rule: input.rule, subject: input.subject, note: input.note, flag: flag.messageTh },
      requestId: ctx.requestId,
    });
  });
  // The flag as just found, with the resolution written: the rules need not run again.
  return {
    ...flag,
    resolution: { note: input.note, resolvedBy: ctx.actor.username, resolvedAt: ctx.clock.now().toISOString() },
  };
}
