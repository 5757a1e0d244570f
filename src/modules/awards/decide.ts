import { compareDates, type CivilDate } from '../../kernel/dates.js';
import { notFound, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireChair } from './award-access.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TCall, TDecisionInput } from './awards.schemas.js';
import { conflict, effectiveStatus, today, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';
import { computeResults } from './compute-results.js';

/**
 * The chair records the committee's decision: the winners of each category (by default the top
 * of its ranking; any other choice needs a reason), the minutes and the date. Nothing is visible
 * to the districts until it is announced.
 */
export async function decide(ctx: UseCaseContext, callId: string, input: TDecisionInput): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    if (!call) throw notFound();
    const members = await committeeOf(trx, callId);
    requireChair(ctx.actor, call, members);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'closed') throw wrongStatus(status, 'บันทึกผลการตัดสินได้หลังปิดการให้คะแนนแล้ว');
    const issues: FieldIssue[] = [];
    if (compareDates(input.decidedOn as CivilDate, today(ctx.clock)) > 0) {
      issues.push({
        path: 'decidedOn',
        messageTh: 'วันที่ตัดสินต้องไม่เป็นวันในอนาคต',
        messageEn: 'decidedOn is in the future',
      });
    }
    const results = await computeResults(trx, call);
    const chosen = new Map((input.winners ?? []).map((w, i) => [w.categoryCode, { ids: w.nominationIds, at: i }]));
    for (const [code, { at }] of chosen) {
      if (!results.categories.some((c) => c.category.code === code)) {
        issues.push({
          path: `winners[${at}].categoryCode`,
          messageTh: 'ไม่พบประเภทรางวัลนี้',
          messageEn: 'No such category',
        });
      }
    }
    let departs = false;
    const rows: { category_id: string; nomination_id: string; place: number }[] = [];
    for (const c of results.categories) {
      const ranked = c.ranked.filter((e) => e.aggregate !== null);
      const top = ranked.slice(0, c.category.winners);
      // An unresolved tie across the cut-off leaves no default: the committee must choose.
      const ambiguous = ranked.length > top.length && ranked[top.length]!.tiedWithPrevious;
      const pick = chosen.get(c.category.code);
      if (!pick) {
        if (ambiguous) {
          throw conflict(
            'tie_at_cutoff',
            `ประเภท${c.category.name_th}มีคะแนนเท่ากันที่ลำดับตัดสิน กรุณาระบุผู้ได้รับรางวัลพร้อมเหตุผล`,
            'An unresolved tie at the cut-off: name the winners',
          );
        }
        top.forEach((e, i) => rows.push({ category_id: c.category.id, nomination_id: e.id, place: i + 1 }));
        continue;
      }
      if (pick.ids.length > c.category.winners || new Set(pick.ids).size !== pick.ids.length) {
        issues.push({
          path: `winners[${pick.at}].nominationIds`,
          messageTh: `ประเภท${c.category.name_th}มีรางวัลได้ไม่เกิน ${c.category.winners} รางวัล และห้ามระบุซ้ำ`,
          messageEn: `At most ${c.category.winners} distinct winners`,
        });
        continue;
      }
      pick.ids.forEach((id, i) => {
        if (!c.ranked.some((e) => e.id === id)) {
          issues.push({
            path: `winners[${pick.at}].nominationIds[${i}]`,
            messageTh: 'ผลงานนี้ไม่ได้อยู่ในการพิจารณาของประเภทรางวัลนี้',
            messageEn: 'Not a scored dossier of this category',
          });
        }
        rows.push({ category_id: c.category.id, nomination_id: id, place: i + 1 });
      });
      if (ambiguous || pick.ids.join() !== top.map((e) => e.id).join()) departs = true;
    }
    const reason = input.reason?.trim() || null;
    if (departs && !reason) {
      issues.push({
        path: 'reason',
        messageTh: 'ผู้ได้รับรางวัลที่เลือกต่างจากลำดับคะแนน กรุณาระบุเหตุผล',
        messageEn: 'A choice other than the top of the ranking needs a reason',
      });
    }
    if (issues.length) throw validationError(issues);
    if (rows.length)
      await trx
        .insertInto('award_winner')
        .values(rows.map((r) => ({ ...r, call_id: callId })))
        .execute();
    const now = ctx.clock.now();
    await trx
      .updateTable('award_call')
      .set({
        status: 'decided',
        decided_on: input.decidedOn,
        decided_by: ctx.actor.userId,
        decision_reason: reason,
        minutes: input.minutes,
        updated_at: now,
      })
      .where('id', '=', callId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.decide',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      after: { winners: rows, reason, decidedOn: input.decidedOn, departsFromRanking: departs },
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, (await findCall(trx, callId))!, members);
  });
}
