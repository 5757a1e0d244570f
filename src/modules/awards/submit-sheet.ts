import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { scoresOf } from './awards.repository.js';
import type { TSheet } from './awards.schemas.js';
import { lockForScoring } from './scoring-context.js';
import { toSheet } from './sheet-view.js';

/** The judge hands in their sheet for a dossier: every leaf scored; no more changes after this. */
export async function submitSheet(ctx: UseCaseContext, nominationId: string): Promise<TSheet> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await lockForScoring(trx, ctx, nominationId);
    const scored = new Set(
      (await scoresOf(trx, s.call.id, { nominationId: s.n.id, memberId: s.member.id })).map((x) => x.code),
    );
    const missing = s.criteria.filter((c) => c.is_leaf && !scored.has(c.code)).map((c) => c.code);
    if (missing.length) {
      throw validationError(
        [
          {
            path: 'scores',
            messageTh: `ยังไม่ได้ให้คะแนนข้อ ${missing.join(', ')}`,
            messageEn: `Unscored: ${missing.join(', ')}`,
          },
        ],
        'sheet_incomplete',
      );
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('award_sheet')
      .set({ submitted_at: now, updated_at: now })
      .where('nomination_id', '=', s.n.id)
      .where('member_id', '=', s.member.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_sheet.submit',
      entityType: 'award_nomination',
      entityId: s.n.id,
      orgUnitId: s.call.organiser_unit_id,
      after: { memberId: s.member.id },
      requestId: ctx.requestId,
    });
    return toSheet(trx, ctx.clock, s, s.member);
  });
}
