import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { categoriesOf, committeeOf, findCall } from './awards.repository.js';
import type { TCall, TCallInput } from './awards.schemas.js';
import { categoryValues, checkCallInput, tieBreaksValue } from './check-call-input.js';
import { wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';

/**
 * Replaces a draft call. Categories are matched by code: a kept category keeps its rubric, a
 * removed one takes its rubric with it. Once open, districts have seen the terms and they stay.
 */
export async function updateCall(ctx: UseCaseContext, id: string, input: TCallInput): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, id, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    if (call.status !== 'draft') throw wrongStatus(call.status, 'แก้ไขรายละเอียดการประกวดได้เฉพาะเมื่อยังเป็นร่าง');
    const checked = await checkCallInput(ctx, trx, input);
    const before = await categoriesOf(trx, id);
    const values = categoryValues(id, input);
    const keep = new Set(values.map((v) => v.code));
    const gone = before.filter((c) => !keep.has(c.code)).map((c) => c.id);
    if (gone.length) await trx.deleteFrom('award_category').where('id', 'in', gone).execute();
    for (const v of values) {
      const existing = before.find((c) => c.code === v.code);
      if (existing) await trx.updateTable('award_category').set(v).where('id', '=', existing.id).execute();
      else await trx.insertInto('award_category').values(v).execute();
    }
    await trx
      .updateTable('award_call')
      .set({
        organiser_unit_id: checked.organiserUnitId,
        project_id: input.projectId,
        title: input.title,
        description: input.description,
        names_deadline: input.namesDeadline,
        dossier_deadline: input.dossierDeadline,
        aggregation: input.aggregation,
        spread_threshold_tenths: checked.spreadThresholdTenths,
        tie_breaks: tieBreaksValue(input),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.update',
      entityType: 'award_call',
      entityId: id,
      orgUnitId: checked.organiserUnitId,
      after: input,
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, (await findCall(trx, id))!, await committeeOf(trx, id));
  });
}
