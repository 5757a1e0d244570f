import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { findForum } from './assessments.repository.js';
import type { TAnswerInput, TForum } from './assessments.schemas.js';
import { loadForumContext, stateError } from './forum-access.js';
import { forumView, programInstruments } from './forum-view.js';
import { answerIssue } from './scoring.js';

/**
 * Saves the forum's answers (null clears one). An indicator the books answer needs no entry; an
 * entry there overrides the books and must say why, so the province can see the difference.
 */
export async function saveAnswers(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  answers: readonly TAnswerInput[],
): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const forum = await findForum(trx, programId, groupId, { forUpdate: true });
    if (!forum) throw stateError('no_forum', 'กรุณาบันทึกข้อมูลเวทีก่อนบันทึกผลการประเมิน', 'Record the forum first');
    if (forum.status !== 'draft') {
      throw stateError('forum_signed', 'เวทีนี้ลงนามรับรองผลแล้ว แก้ไขไม่ได้', 'The forum is signed off');
    }
    const instruments = new Map((await programInstruments(trx, programId)).map((i) => [i.id, i]));
    const issues: FieldIssue[] = [];
    answers.forEach((a, n) => {
      const path = `answers[${n}]`;
      const indicator = instruments
        .get(a.instrumentId)
        ?.dimensions.flatMap((d) => d.indicators)
        .find((x) => x.code === a.indicatorCode);
      if (!indicator) {
        issues.push({
          path,
          messageTh: `ไม่พบตัวชี้วัด ${a.indicatorCode} ในแบบประเมินของกิจกรรมนี้`,
          messageEn: 'Unknown indicator',
        });
        return;
      }
      if (a.value === null) return;
      const bad = answerIssue(indicator.answer, a.value, `${path}.value`, indicator.code);
      if (bad) issues.push(bad);
      if (indicator.ledgerSource && a.note === '') {
        issues.push({
          path: `${path}.note`,
          messageTh: `ตัวชี้วัด ${indicator.code} ใช้ข้อมูลจากระบบบัญชี หากบันทึกค่าอื่นแทนกรุณาระบุเหตุผล`,
          messageEn: 'Overriding a ledger value needs a reason',
        });
      }
    });
    if (issues.length > 0) throw validationError(issues);
    for (const a of answers) {
      const where = {
        group_id: groupId,
        program_id: programId,
        instrument_id: a.instrumentId,
        indicator_code: a.indicatorCode,
      };
      await trx
        .deleteFrom('assessment_answer')
        .where('group_id', '=', groupId)
        .where('program_id', '=', programId)
        .where('instrument_id', '=', a.instrumentId)
        .where('indicator_code', '=', a.indicatorCode)
        .execute();
      if (a.value !== null) {
        await trx
          .insertInto('assessment_answer')
          .values({
            ...where,
            value: JSON.stringify(a.value),
            note: a.note,
            answered_by: ctx.actor.userId,
            answered_at: ctx.clock.now(),
          })
          .execute();
      }
    }
    await trx
      .updateTable('assessment_forum')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: ctx.clock.now() }))
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_forum.answers',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      after: answers,
      requestId: ctx.requestId,
    });
    return forumView(trx, ctx, fc);
  });
}
