import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { TSheet, TSheetInput } from './awards.schemas.js';
import { formatTenths, toTenths } from './points.js';
import { normaliseCode } from './rubric.js';
import { lockForScoring } from './scoring-context.js';
import { toSheet } from './sheet-view.js';

/**
 * A judge saves points (and comments) on leaf criteria of one dossier; partial sheets are fine
 * until submitted. Every value is checked before anything is written: one out-of-range score
 * refuses the whole save.
 */
export async function saveSheet(ctx: UseCaseContext, nominationId: string, input: TSheetInput): Promise<TSheet> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await lockForScoring(trx, ctx, nominationId);
    const leaves = new Map(s.criteria.filter((c) => c.is_leaf).map((c) => [c.code, c]));
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const rows = input.scores.flatMap((x, i) => {
      const code = normaliseCode(x.code);
      const c = leaves.get(code);
      if (!c) {
        const parent = s.criteria.some((k) => k.code === code);
        issues.push({
          path: `scores[${i}].code`,
          messageTh: parent ? `ข้อ ${code} ให้คะแนนที่ข้อย่อย` : `ไม่มีข้อ ${code} ในเกณฑ์การให้คะแนน`,
          messageEn: parent ? `${code} is scored through its sub-items` : `No criterion ${code}`,
        });
        return [];
      }
      if (seen.has(code)) {
        issues.push({ path: `scores[${i}].code`, messageTh: `ข้อ ${code} ถูกระบุซ้ำ`, messageEn: 'Listed twice' });
        return [];
      }
      seen.add(code);
      const tenths = toTenths(x.points);
      if (tenths === null || tenths > c.max_tenths) {
        issues.push({
          path: `scores[${i}].points`,
          messageTh: `ข้อ ${code}: คะแนนต้องอยู่ระหว่าง 0 ถึง ${formatTenths(c.max_tenths)} และมีทศนิยมไม่เกิน 1 ตำแหน่ง`,
          messageEn: `${code}: points must be 0..${formatTenths(c.max_tenths)} with one decimal at most`,
        });
        return [];
      }
      return [{ criterion: c, tenths, comment: x.comment }];
    });
    if (issues.length) throw validationError(issues, 'score_out_of_range');
    const now = ctx.clock.now();
    const key = { call_id: s.call.id, nomination_id: s.n.id, member_id: s.member.id };
    await trx
      .insertInto('award_sheet')
      .values({ ...key, updated_at: now })
      .onConflict((oc) => oc.columns(['nomination_id', 'member_id']).doUpdateSet({ updated_at: now }))
      .execute();
    if (rows.length) {
      await trx
        .insertInto('award_score')
        .values(
          rows.map((r) => ({
            ...key,
            criterion_id: r.criterion.id,
            max_tenths: r.criterion.max_tenths,
            points_tenths: r.tenths,
            comment: r.comment,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['call_id', 'nomination_id', 'member_id', 'criterion_id']).doUpdateSet((eb) => ({
            points_tenths: eb.ref('excluded.points_tenths'),
            comment: eb.ref('excluded.comment'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_sheet.save',
      entityType: 'award_nomination',
      entityId: s.n.id,
      orgUnitId: s.call.organiser_unit_id,
      after: { memberId: s.member.id, scores: rows.map((r) => ({ code: r.criterion.code, tenths: r.tenths })) },
      requestId: ctx.requestId,
    });
    return toSheet(trx, ctx.clock, s, s.member);
  });
}
