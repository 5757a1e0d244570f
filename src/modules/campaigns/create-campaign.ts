import { validationError } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { getCampaignIn } from './get-campaign.js';
import { backfillCampaign } from './maintain-campaigns.js';
import type { TCampaign, TCreateCampaignRequest } from './campaigns.schemas.js';

/** A province (or the department) defines a campaign for every group below it. */
export async function createCampaign(
  ctx: UseCaseContext,
  input: TCreateCampaignRequest,
  idempotencyKey?: string,
): Promise<TCampaign> {
  const starts = civilDate(input.startsOn);
  const ends = civilDate(input.endsOn);
  if (compareDates(ends, starts) < 0) {
    throw validationError([
      { path: 'endsOn', messageTh: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มรณรงค์', messageEn: 'endsOn is before startsOn' },
    ]);
  }
  return idempotentWrite(ctx, { idempotencyKey, operation: 'campaign.create', request: input }, async (trx) => {
    const unit = await trx
      .selectFrom('org_unit')
      .select(['id', 'path'])
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit) {
      throw validationError([{ path: 'orgUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' }]);
    }
    requireUnitAccess(ctx.actor, 'savings:manage', unit.path);
    const { id } = await trx
      .insertInto('savings_campaign')
      .values({
        org_unit_id: unit.id,
        name_th: input.nameTh,
        starts_on: starts,
        ends_on: ends,
        min_amount: input.minAmount,
        target_new_members: input.targetNewMembers,
        target_members_adding: input.targetMembersAdding,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Postings already in the window count; later ones are folded in as they are posted.
    await backfillCampaign(trx, id);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'campaign.create',
      entityType: 'savings_campaign',
      entityId: id,
      orgUnitId: unit.id,
      after: input,
      requestId: ctx.requestId,
    });
    return getCampaignIn(trx, id);
  });
}
