import { validationError } from '../../kernel/errors.js';
import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { getGroupIn } from './get-group.js';
import { checkRules } from './rules.js';
import type { TGroup, TRegisterGroupRequest } from './savings.schemas.js';

/** Registers a group in a village or subdistrict and opens its books. */
export async function registerGroup(
  ctx: UseCaseContext,
  input: TRegisterGroupRequest,
  idempotencyKey?: string,
): Promise<TGroup> {
  const foundedOn = civilDate(input.foundedOn);
  return idempotentWrite(ctx, { idempotencyKey, operation: 'group.register', request: input }, async (trx) => {
    const unit = await trx
      .selectFrom('org_unit')
      .select(['id', 'kind', 'path'])
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    const issues = [...checkRules(input.rules)];
    if (!unit || (unit.kind !== 'village' && unit.kind !== 'subdistrict')) {
      issues.push({
        path: 'orgUnitId',
        messageTh: 'กรุณาเลือกหมู่บ้านหรือตำบลที่ตั้งของกลุ่ม',
        messageEn: 'The group must sit in a village or subdistrict',
      });
    }
    if (compareDates(foundedOn, todayInBangkok(ctx.clock)) > 0) {
      issues.push({ path: 'foundedOn', messageTh: 'วันที่ก่อตั้งต้องไม่เกินวันนี้', messageEn: 'Founding date is in the future' });
    }
    if (issues.length) throw validationError(issues);
    requireUnitAccess(ctx.actor, 'savings:manage', unit!.path);
    const { id } = await trx
      .insertInto('savings_group')
      .values({ name_th: input.nameTh, org_unit_id: unit!.id, founded_on: foundedOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('group_level')
      .values({ group_id: id, effective_on: foundedOn, level: input.level, recorded_by: ctx.actor.userId })
      .execute();
    await trx
      .insertInto('group_rule_set')
      .values({
        group_id: id,
        effective_from: foundedOn,
        rules: JSON.stringify(input.rules),
        recorded_by: ctx.actor.userId,
      })
      .execute();
    await trx.insertInto('ledger_book').values({ group_id: id }).execute();
    const group = await getGroupIn(trx, id);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'savings_group.register',
      entityType: 'savings_group',
      entityId: id,
      orgUnitId: unit!.id,
      after: { nameTh: group.nameTh, orgUnitId: group.orgUnitId, foundedOn, level: input.level, rules: input.rules },
      requestId: ctx.requestId,
    });
    return group;
  });
}
