import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readableElection, requireManager, requireStatus } from './election-access.js';
import { checkElectionInput, writeCategories } from './election-input.js';
import { windowOf } from './election-window.js';
import { electionDto } from './get-election.js';
import { findElection, lockElection } from './votes.repository.js';
import type { TElection, TElectionUpdate } from './votes.schemas.js';

/** Replaces a draft's definition. Once opened, the window, candidates and categories are what voters
 *  were given and do not change. */
export async function updateElection(ctx: UseCaseContext, id: string, input: TElectionUpdate): Promise<TElection> {
  return ctx.db.transaction().execute(async (trx) => {
    await readableElection(trx, ctx.actor, id);
    await lockElection(trx, id, 'update');
    const e = (await findElection(trx, id))!;
    requireManager(ctx.actor, e);
    requireStatus(e, ['draft'], 'แก้ไขได้เฉพาะการลงคะแนนที่ยังเป็นร่าง');
    await checkElectionInput(trx, e.org_path, input);
    const { opensAt, closesAt } = windowOf(input.opensOn, input.closesOn);
    await trx
      .updateTable('election')
      .set({
        title: input.title,
        description: input.description,
        opens_at: opensAt,
        closes_at: closesAt,
        live_results: input.liveResults,
        candidates_mode: input.candidatesMode,
        allow_self_vote: input.allowSelfVote,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await writeCategories(trx, id, input);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'election.update',
      entityType: 'election',
      entityId: id,
      orgUnitId: e.org_unit_id,
      after: input,
      requestId: ctx.requestId,
    });
    return electionDto(trx, ctx.actor, ctx.clock, (await findElection(trx, id))!);
  });
}
