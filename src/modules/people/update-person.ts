import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess, requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { requireValidPerson } from './check-person-input.js';
import { auditView, toPerson } from './people.mappers.js';
import { findPerson, replaceNetworks } from './people.repository.js';
import type { TPerson, TUpdatePersonInput } from './people.schemas.js';

export async function updatePerson(ctx: UseCaseContext, id: string, patch: TUpdatePersonInput): Promise<TPerson> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findPerson(trx, id);
    if (!before) throw notFound();
    requireRecordAccess(ctx.actor, 'people:write', before.org_path);
    if (before.version !== patch.version) {
      throw new AppError({
        code: 'stale_version',
        kind: 'conflict',
        messageTh: 'ข้อมูลนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลใหม่ก่อนบันทึก',
        messageEn: 'This record was changed by someone else; reload before saving',
      });
    }
    const value = await requireValidPerson(
      trx,
      {
        title: patch.title ?? before.title,
        firstName: patch.firstName ?? before.first_name,
        lastName: patch.lastName ?? before.last_name,
        thaiId: patch.thaiId !== undefined ? patch.thaiId : before.thai_id,
        positionCode: patch.positionCode !== undefined ? patch.positionCode : before.position_code,
        orgUnitId: patch.orgUnitId ?? before.org_unit_id,
        phone: patch.phone !== undefined ? patch.phone : before.phone,
        email: patch.email !== undefined ? patch.email : before.email,
        networks: patch.networks ?? before.networks ?? [],
      },
      id,
    );
    // Moving a person needs write access at the destination too.
    requireUnitAccess(ctx.actor, 'people:write', value.orgPath);
    await trx
      .updateTable('person')
      .set({
        title: value.title,
        first_name: value.firstName,
        last_name: value.lastName,
        thai_id: value.thaiId,
        position_code: value.positionCode,
        org_unit_id: value.orgUnitId,
        phone: value.phone,
        email: value.email,
        version: before.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    if (patch.networks) await replaceNetworks(trx, id, value.networks);
    const after = await findPerson(trx, id);
    if (!after) throw new Error('person vanished after update');
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      orgUnitId: value.orgUnitId,
      before: auditView(before),
      after: auditView(after),
      requestId: ctx.requestId,
    });
    return toPerson(after);
  });
}
