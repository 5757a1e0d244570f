import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { findForum } from './assessments.repository.js';
import type { TForum, TForumInput } from './assessments.schemas.js';
import { loadForumContext, stateError } from './forum-access.js';
import { forumView } from './forum-view.js';

/** Records the forum held with a target group (date, place, participants, review), or edits the draft. */
export async function saveForum(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  input: TForumInput,
): Promise<TForum> {
  const issues: FieldIssue[] = [];
  let heldOn: string | null = null;
  try {
    heldOn = civilDate(input.heldOn);
    if (compareDates(civilDate(input.heldOn), todayInBangkok(ctx.clock)) > 0) {
      issues.push({ path: 'heldOn', messageTh: 'วันจัดเวทีต้องไม่เป็นวันในอนาคต', messageEn: 'heldOn is in the future' });
    }
  } catch {
    issues.push({ path: 'heldOn', messageTh: 'ไม่มีวันที่นี้ในปฏิทิน', messageEn: 'No such day' });
  }
  if (input.participants.length > input.participantCount) {
    issues.push({
      path: 'participantCount',
      messageTh: `จำนวนผู้เข้าร่วม (${input.participantCount} คน) น้อยกว่ารายชื่อที่บันทึกไว้ (${input.participants.length} คน)`,
      messageEn: 'Fewer participants than names listed',
    });
  }
  if (issues.length > 0) throw validationError(issues);
  return ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const before = await findForum(trx, programId, groupId, { forUpdate: true });
    if (before && before.status !== 'draft') {
      throw stateError('forum_signed', 'เวทีนี้ลงนามรับรองผลแล้ว แก้ไขไม่ได้', 'The forum is signed off');
    }
    if (before && input.version !== undefined && input.version !== before.version) {
      throw new AppError({
        code: 'stale_version',
        kind: 'conflict',
        messageTh: 'มีผู้แก้ไขข้อมูลเวทีนี้ไปก่อนแล้ว กรุณาโหลดหน้าใหม่',
        messageEn: 'The forum changed since it was read',
      });
    }
    const values = {
      held_on: heldOn!,
      place: input.place,
      participant_count: input.participantCount,
      participants: JSON.stringify(input.participants),
      review: JSON.stringify(input.review),
      updated_at: ctx.clock.now(),
    };
    if (before) {
      await trx
        .updateTable('assessment_forum')
        .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
        .where('program_id', '=', programId)
        .where('group_id', '=', groupId)
        .execute();
    } else {
      await trx
        .insertInto('assessment_forum')
        .values({ ...values, group_id: groupId, program_id: programId, created_by: ctx.actor.userId })
        .execute();
    }
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: before ? 'assessment_forum.update' : 'assessment_forum.create',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      before: before && {
        heldOn: before.held_on,
        place: before.place,
        participantCount: before.participant_count,
        participants: before.participants,
        review: before.review,
      },
      after: input,
      requestId: ctx.requestId,
    });
    return forumView(trx, ctx, fc);
  });
}
