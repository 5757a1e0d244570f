import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TCall, TCallInput } from './awards.schemas.js';
import { categoryValues, checkCallInput, tieBreaksValue } from './check-call-input.js';
import { toCall } from './call-view.js';

/**
 * The organising office defines a call as a draft: deadlines, aggregation, tie-breaks and its
 * categories with eligibility and dossier forms. Rubrics and the committee are added next; the
 * call opens to the districts only when they are complete.
 */
export async function createCall(ctx: UseCaseContext, input: TCallInput, idempotencyKey?: string): Promise<TCall> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'award_call.create', request: input }, async (trx) => {
    const checked = await checkCallInput(ctx, trx, input);
    const now = ctx.clock.now();
    const { id } = await trx
      .insertInto('award_call')
      .values({
        organiser_unit_id: checked.organiserUnitId,
        project_id: input.projectId,
        title: input.title,
        description: input.description,
        names_deadline: input.namesDeadline,
        dossier_deadline: input.dossierDeadline,
        aggregation: input.aggregation,
        spread_threshold_tenths: checked.spreadThresholdTenths,
        tie_breaks: tieBreaksValue(input),
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('award_category').values(categoryValues(id, input)).execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.create',
      entityType: 'award_call',
      entityId: id,
      orgUnitId: checked.organiserUnitId,
      after: input,
      requestId: ctx.requestId,
    });
    const call = (await findCall(trx, id))!;
    return toCall(trx, ctx, call, await committeeOf(trx, id));
  });
}
