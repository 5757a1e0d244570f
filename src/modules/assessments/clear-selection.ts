import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { findProgram, findUnits } from './assessments.repository.js';
import { requireProgramRead, requireProvinceManager } from './program-access.js';

/**
 * Undoes a province's selection so it can be run again (after correcting a level or a fund-centre
 * role), as long as none of its targets has had a forum. The removed targets are in the audit log.
 */
export async function clearSelection(
  ctx: UseCaseContext,
  programId: string,
  provinceId: string,
  reason: string,
): Promise<{ removed: number }> {
  const p = await findProgram(ctx.db, programId);
  requireProgramRead(ctx.actor, p);
  const [province] = await findUnits(ctx.db, [provinceId]);
  if (!province || province.kind !== 'province' || !province.path.startsWith(p.unit_path)) throw notFound();
  requireProvinceManager(ctx.actor, province.path);
  return ctx.db.transaction().execute(async (trx) => {
    const forums = await trx
      .selectFrom('assessment_forum as f')
      .innerJoin('assessment_target as t', (j) =>
        j.onRef('t.group_id', '=', 'f.group_id').onRef('t.program_id', '=', 'f.program_id'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('t.program_id', '=', p.id)
      .where('t.province_id', '=', province.id)
      .executeTakeFirstOrThrow();
    if (Number(forums.n) > 0) {
      throw new AppError({
        code: 'selection_in_use',
        kind: 'conflict',
        messageTh: `ยกเลิกการคัดเลือกไม่ได้ เพราะอำเภอบันทึกเวทีของกลุ่มเป้าหมายแล้ว ${forums.n} กลุ่ม`,
        messageEn: 'Forums have been recorded for targets in this province',
      });
    }
    const removed = await trx
      .deleteFrom('assessment_target')
      .where('program_id', '=', p.id)
      .where('province_id', '=', province.id)
      .returning(['group_id', 'rank', 'reason'])
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_program.clear_selection',
      entityType: 'assessment_program',
      entityId: p.id,
      orgUnitId: province.id,
      before: removed,
      after: { reason },
      requestId: ctx.requestId,
    });
    return { removed: removed.length };
  });
}
