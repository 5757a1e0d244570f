import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { memberOf, organiserManages, requireCallRead } from './award-access.js';
import { committeeOf, findCall, fullName, nominationsOf } from './awards.repository.js';
import type { TConflict } from './awards.schemas.js';
import { unitRef } from './call-view.js';
import { conflictKey, conflictMap } from './conflicts.js';

/** Every conflict of the call (automatic ones as they stand until scoring records them). */
export async function listConflicts(ctx: UseCaseContext, callId: string): Promise<{ items: TConflict[] }> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound();
  const members = await committeeOf(ctx.db, callId);
  requireCallRead(ctx.actor, call, members);
  const me = memberOf(ctx.actor, members);
  const all = organiserManages(ctx.actor, call) || me?.role === 'chair' || me?.role === 'secretary';
  if (!all && !me) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'รายการส่วนได้เสียดูได้เฉพาะคณะกรรมการและผู้จัดการประกวด',
      messageEn: 'Only the committee and the organiser',
    });
  }
  const nominations = (await nominationsOf(ctx.db, callId)).filter((n) => n.status !== 'withdrawn');
  const conflicts = await conflictMap(ctx.db, call, members, nominations);
  const items: TConflict[] = [];
  for (const n of nominations) {
    for (const m of members) {
      const c = conflicts.get(conflictKey(n.id, m.id));
      if (!c || (!all && m.id !== me!.id)) continue;
      items.push({
        nominationId: n.id,
        unit: unitRef({ id: n.org_unit_id, kind: n.unit_kind, name_th: n.unit_name_th }),
        memberId: m.id,
        judgeName: fullName(m),
        source: c.source,
        reason: c.reason,
      });
    }
  }
  return { items };
}
