import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import type { TSheet } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { loadDossierScoring } from './scoring-context.js';
import { toSheet } from './sheet-view.js';

const SEALED = ['draft', 'open', 'scoring'];

/**
 * A judge's sheet for one dossier. Their own at any time; another judge's only once the chair has
 * closed scoring, so nobody is swayed by what others gave (HotCRP's rule).
 */
export async function getSheet(ctx: UseCaseContext, nominationId: string, memberId: string | null): Promise<TSheet> {
  const s = await loadDossierScoring(ctx.db, ctx, nominationId);
  const judge = memberId === null ? s.member : s.members.find((m) => m.id === memberId);
  if (!judge) throw notFound();
  if (judge.id !== s.member.id && SEALED.includes(effectiveStatus(s.call, ctx.clock))) {
    throw new AppError({
      code: 'scores_sealed',
      kind: 'forbidden',
      messageTh: 'ดูคะแนนของกรรมการท่านอื่นได้หลังประธานปิดการให้คะแนนแล้วเท่านั้น',
      messageEn: "Other judges' scores are sealed until scoring closes",
    });
  }
  return toSheet(ctx.db, ctx.clock, s, judge);
}
