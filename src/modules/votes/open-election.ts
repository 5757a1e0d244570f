import { AppError } from '../../kernel/errors.js';
import { randomCrockford } from '../../kernel/random.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readableElection, requireManager, requireStatus } from './election-access.js';
import { windowState } from './election-window.js';
import { electionDto } from './get-election.js';
import { findElection, insertVoters, lockElection, staffInSubtree } from './votes.repository.js';
import type { TElection } from './votes.schemas.js';

export const BALLOT_CODE_LENGTH = 10; // 50 random bits

/**
 * Opens voting: the roll is filled with every staff member (position.is_staff) working in the
 * organiser's area at this moment, each with a fresh one-time code, and is fixed from then on.
 */
export async function openElection(ctx: UseCaseContext, id: string): Promise<TElection> {
  return ctx.db.transaction().execute(async (trx) => {
    await readableElection(trx, ctx.actor, id);
    await lockElection(trx, id, 'update');
    const e = (await findElection(trx, id))!;
    requireManager(ctx.actor, e);
    requireStatus(e, ['draft'], 'การลงคะแนนนี้เปิดไปแล้ว');
    if (windowState(e, ctx.clock) === 'after') {
      throw new AppError({
        code: 'window_passed',
        kind: 'conflict',
        messageTh: 'ช่วงเวลาลงคะแนนผ่านไปแล้ว กรุณาแก้ไขวันลงคะแนนก่อนเปิด',
        messageEn: 'The voting window is already over',
      });
    }
    const staff = await staffInSubtree(trx, e.org_path);
    if (staff.length === 0) {
      throw new AppError({
        code: 'no_eligible_voters',
        kind: 'conflict',
        messageTh: 'ไม่มีเจ้าหน้าที่ในสังกัดที่มีสิทธิ์ลงคะแนน',
        messageEn: "No staff in the organiser's area",
      });
    }
    // A code collision (2^-50 per pair) is skipped by the insert and retried with a new code.
    let pending = staff;
    while (pending.length) {
      const added = await insertVoters(
        trx,
        id,
        pending.map((personId) => ({ personId, code: randomCrockford(BALLOT_CODE_LENGTH) })),
      );
      pending = pending.filter((p) => !added.has(p));
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('election')
      .set({ status: 'open', opened_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'election.open',
      entityType: 'election',
      entityId: id,
      orgUnitId: e.org_unit_id,
      after: { rollSize: staff.length },
      requestId: ctx.requestId,
    });
    return electionDto(trx, ctx.actor, ctx.clock, (await findElection(trx, id))!);
  });
}
