import { sql } from 'kysely';
import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readableElection, requireManager, requireStatus } from './election-access.js';
import { windowState } from './election-window.js';
import { electionDto } from './get-election.js';
import { findElection, lockElection, resealBallots } from './votes.repository.js';
import type { TElection } from './votes.schemas.js';

/**
 * Ends voting once the window is over and seals the ballots: every ballot is rewritten in random order
 * by one statement (resealBallots), so none shares a transaction id with the participation row
 * written beside it, and the table no longer lies in casting order. Results become readable.
 */
export async function closeElection(ctx: UseCaseContext, id: string): Promise<TElection> {
  const dto = await ctx.db.transaction().execute(async (trx) => {
    await readableElection(trx, ctx.actor, id);
    // FOR UPDATE waits for ballots being cast (they hold FOR SHARE), and later casts see 'closed'.
    await lockElection(trx, id, 'update');
    const e = (await findElection(trx, id))!;
    requireManager(ctx.actor, e);
    requireStatus(e, ['open'], e.status === 'draft' ? 'การลงคะแนนนี้ยังไม่เปิด' : 'การลงคะแนนนี้ปิดไปแล้ว');
    // Voters were told the closing day; nobody loses their chance by an early close.
    if (windowState(e, ctx.clock) !== 'after') {
      throw new AppError({
        code: 'window_not_over',
        kind: 'conflict',
        messageTh: 'ยังไม่สิ้นสุดช่วงเวลาลงคะแนน ปิดการลงคะแนนได้หลังวันสุดท้าย',
        messageEn: 'The voting window is not over yet',
      });
    }
    const ballots = await resealBallots(trx, id);
    const now = ctx.clock.now();
    await trx
      .updateTable('election')
      .set({ status: 'closed', closed_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'election.close',
      entityType: 'election',
      entityId: id,
      orgUnitId: e.org_unit_id,
      after: { ballots },
      requestId: ctx.requestId,
    });
    return electionDto(trx, ctx.actor, ctx.clock, (await findElection(trx, id))!);
  });
  // The replaced ballot rows stay on disk, readable by page-level tools, until vacuumed. VACUUM cannot
  // run in a transaction; if it fails (a role that does not own the table), autovacuum removes them
  // later and the visible rows are sealed either way.
  try {
    await sql`VACUUM ballot`.execute(ctx.db);
  } catch (err) {
    console.error('VACUUM ballot after closing an election failed:', (err as Error).message);
  }
  return dto;
}
