import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { evidenceOf, findForum } from './assessments.repository.js';
import type { TForum } from './assessments.schemas.js';
import { loadForumContext, stateError } from './forum-access.js';
import { currentValues, forumView, instrumentValues, programInstruments } from './forum-view.js';
import { scoreInstrument } from './scoring.js';

/**
 * The district officer signs off the forum's results: every indicator answered (by the forum or
 * the books) and every required piece of evidence attached. The values, results and levels are
 * frozen from then on — a later posting no longer changes them — and the development plan is
 * opened with one item per indicator the group did not pass (seed 004, step 4.6).
 */
export async function signForum(ctx: UseCaseContext, programId: string, groupId: string): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const forum = await findForum(trx, programId, groupId, { forUpdate: true });
    if (!forum) throw stateError('no_forum', 'ยังไม่ได้บันทึกข้อมูลเวที', 'No forum recorded');
    if (forum.status !== 'draft') throw stateError('forum_signed', 'เวทีนี้ลงนามรับรองผลแล้ว', 'Already signed off');
    const instruments = await programInstruments(trx, programId);
    const { values, source } = await currentValues(trx, forum, instruments);
    const evidence = await evidenceOf(trx, fc.key);
    const issues: FieldIssue[] = [];
    const scores = instruments.map((i) => {
      const score = scoreInstrument(i, instrumentValues(i, values));
      for (const d of i.dimensions) {
        for (const x of d.indicators) {
          const path = `${i.code}.${x.code}`;
          if (!values.has(`${i.id}/${x.code}`)) {
            issues.push({ path, messageTh: `ตัวชี้วัด ${x.code} ของ${i.titleTh} ยังไม่ได้ประเมิน`, messageEn: 'Unanswered' });
          } else if (
            x.evidenceRequired &&
            !evidence.some((e) => e.instrument_id === i.id && e.indicator_code === x.code)
          ) {
            issues.push({
              path,
              messageTh: `ตัวชี้วัด ${x.code} ต้องแนบหลักฐาน${x.evidenceTh ? ` (${x.evidenceTh})` : ''}`,
              messageEn: 'Evidence required',
            });
          }
        }
      }
      return { i, score };
    });
    if (issues.length > 0) throw validationError(issues, 'forum_incomplete');
    const k = { group_id: groupId, program_id: programId };
    for (const { i, score } of scores) {
      await trx
        .insertInto('assessment_result')
        .values(
          score.indicators.map((s) => ({
            ...k,
            instrument_id: i.id,
            indicator_code: s.code,
            dimension_code: s.dimensionCode,
            value: JSON.stringify(s.value),
            source: source.get(`${i.id}/${s.code}`)!,
            passed: s.passed,
            points: s.points,
          })),
        )
        .execute();
      await trx
        .insertInto('assessment_outcome')
        .values({
          ...k,
          instrument_id: i.id,
          points: score.points,
          max_points: score.maxPoints,
          percent_bp: score.percentBp,
          level: score.level,
          level_th: score.levelTh,
          passed_indicators: score.passedIndicators,
          failed_indicators: score.failedIndicators,
        })
        .execute();
    }
    const failed = scores.flatMap(({ i, score }) => score.indicators.filter((s) => !s.passed).map((s) => ({ i, s })));
    const now = ctx.clock.now();
    await trx
      .insertInto('assessment_plan')
      .values({ ...k, budget: Number(fc.program.support_per_group), updated_at: now })
      .execute();
    if (failed.length > 0) {
      await trx
        .insertInto('assessment_plan_item')
        .values(
          failed.map(({ i, s }, n) => ({
            ...k,
            item_no: n + 1,
            instrument_id: i.id,
            indicator_code: s.code,
            updated_at: now,
          })),
        )
        .execute();
    }
    await trx
      .updateTable('assessment_forum')
      .set((eb) => ({
        status: 'signed',
        signed_by: ctx.actor.userId,
        signed_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_forum.sign',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      after: {
        outcomes: scores.map(({ i, score }) => ({ instrumentId: i.id, points: score.points, level: score.level })),
        planItems: failed.map(({ i, s }) => `${i.code}.${s.code}`),
      },
      requestId: ctx.requestId,
    });
    return forumView(trx, ctx, fc);
  });
}
