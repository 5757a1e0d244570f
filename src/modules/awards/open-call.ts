import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { categoriesOf, committeeOf, findCall, rubricsOf } from './awards.repository.js';
import type { TCall } from './awards.schemas.js';
import { conflict, withinDeadline, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';

/**
 * draft → open: the districts may now nominate. Everything the committee will need is settled
 * first (a rubric that adds up for every category, a chair, someone to score), so the call can pass
 * its dossier deadline straight into scoring without anyone's intervention.
 */
export async function openCall(ctx: UseCaseContext, callId: string): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    if (call.status !== 'draft') throw wrongStatus(call.status, 'เปิดรับการเสนอชื่อได้เฉพาะการประกวดที่ยังเป็นร่าง');
    const categories = await categoriesOf(trx, callId);
    const { rubrics, criteria } = await rubricsOf(
      trx,
      categories.map((c) => c.id),
    );
    const missing = categories.filter((c) => !rubrics.some((r) => r.category_id === c.id));
    if (missing.length) {
      throw conflict(
        'rubric_missing',
        `ยังไม่ได้กำหนดเกณฑ์การให้คะแนนของ ${missing.map((c) => c.name_th).join(', ')}`,
        'Every category needs a rubric',
      );
    }
    // Tie-breaks may have changed with the draft after a rubric was set.
    for (const rule of call.tie_breaks) {
      const without = categories.filter(
        (c) => rule.kind === 'criterion' && !criteria.some((x) => x.category_id === c.id && x.code === rule.code),
      );
      if (rule.kind === 'criterion' && without.length) {
        throw conflict(
          'tie_break_unknown',
          `เกณฑ์ตัดสินกรณีคะแนนเท่ากันใช้ข้อ ${rule.code} แต่ไม่มีข้อนี้ในเกณฑ์ของ ${without.map((c) => c.name_th).join(', ')}`,
          `Tie-break criterion ${rule.code} is missing from a rubric`,
        );
      }
    }
    const members = await committeeOf(trx, callId);
    if (!members.some((m) => m.role === 'chair') || !members.some((m) => m.scores)) {
      throw conflict(
        'committee_incomplete',
        'ต้องแต่งตั้งประธานและกรรมการที่ให้คะแนนอย่างน้อย 1 คนก่อนเปิดรับการเสนอชื่อ',
        'Appoint a chair and a scoring member first',
      );
    }
    if (!withinDeadline(ctx.clock, call.names_deadline)) {
      throw conflict(
        'names_deadline_passed',
        'เลยกำหนดแจ้งรายชื่อแล้ว กรุณาแก้ไขกำหนดการก่อนเปิด',
        'The names deadline has passed',
      );
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('award_call')
      .set({ status: 'open', opened_at: now, updated_at: now })
      .where('id', '=', callId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.open',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, (await findCall(trx, callId))!, members);
  });
}
