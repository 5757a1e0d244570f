import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import { toCopySummary } from './letter-views.js';
import { copyRows, findUnit } from './letters.repository.js';
import type { TInbox } from './letters.schemas.js';

const INBOX_LIMIT = 300;

/**
 * One unit's received letters (หนังสือเข้า): copies addressed to exactly that unit, never those of
 * the units below it. Without orgUnitId, the unit of the actor's first programs grant.
 */
export async function listInbox(ctx: UseCaseContext, orgUnitId: string | undefined): Promise<TInbox> {
  const id = orgUnitId ?? ctx.actor.grants.find((g) => g.permissions.includes('programs:read'))?.orgUnitId;
  const unit = id ? await findUnit(ctx.db, id) : undefined;
  if (!unit) throw notFound();
  requireRecordAccess(ctx.actor, 'programs:read', unit.path);
  const rows = await copyRows(ctx.db)
    .where('c.addressee_unit_id', '=', unit.id)
    .orderBy('l.issued_at', 'desc')
    .orderBy('c.running_no', 'desc')
    .limit(INBOX_LIMIT)
    .execute();
  return { unit: { id: unit.id, nameTh: unit.name_th, kind: unit.kind }, items: rows.map(toCopySummary) };
}
