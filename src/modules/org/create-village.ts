import { AppError, validationError } from '../../kernel/errors.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import type { UseCaseContext } from '../../server/context.js';
import { toOrgUnitDto } from './org.mappers.js';
import { findUnit } from './org.repository.js';
import type { TOrgUnit } from './org.schemas.js';

/** Villages are the one level users create; the id follows the official 8-digit pattern (ตำบล + หมู่). */
export async function createVillage(
  ctx: UseCaseContext,
  input: { parentId: string; villageNo: number; nameTh: string },
): Promise<TOrgUnit> {
  const parent = await findUnit(ctx.db, input.parentId);
  if (!parent || parent.kind !== 'subdistrict') {
    throw validationError([{ path: 'parentId', messageTh: 'ไม่พบตำบลที่ระบุ', messageEn: 'Unknown subdistrict' }]);
  }
  requireUnitAccess(ctx.actor, 'org:write', parent.path);
  // An official 6-digit subdistrict code + 2-digit หมู่ gives the official 8-digit village code.
  const no = String(input.villageNo).padStart(2, '0');
  const id = /^\d{6}$/.test(parent.id) ? parent.id + no : `${parent.id}-${no}`;
  return ctx.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('org_unit').select('id').where('id', '=', id).executeTakeFirst();
    if (exists) {
      throw new AppError({
        code: 'village_exists',
        kind: 'conflict',
        messageTh: `ตำบลนี้มีหมู่ที่ ${input.villageNo} อยู่แล้ว`,
        messageEn: `Village no. ${input.villageNo} already exists in this subdistrict`,
        issues: [{ path: 'villageNo', messageTh: `มีหมู่ที่ ${input.villageNo} อยู่แล้ว`, messageEn: 'Already exists' }],
      });
    }
    const row = {
      id,
      kind: 'village' as const,
      parent_id: parent.id,
      path: `${parent.path}${id}/`,
      name_th: input.nameTh,
      name_en: null,
      letter_prefix: null,
      village_no: input.villageNo,
    };
    await trx.insertInto('org_unit').values(row).execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'org_unit.create',
      entityType: 'org_unit',
      entityId: id,
      orgUnitId: id,
      after: row,
      requestId: ctx.requestId,
    });
    const created = await findUnit(trx, id);
    if (!created) throw new Error('village vanished after insert');
    return toOrgUnitDto(created);
  });
}
