import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, inScope, requireRecordAccess } from '../access/index.js';
import { letterView, toCopySummary } from './letter-views.js';
import { addresseeRefs, copyRows, findUnit, letterRow } from './letters.repository.js';
import type { TLetter, TLetterSummary } from './letters.schemas.js';
import { likePrefix } from '../../db/like.js';

export async function getLetter(ctx: UseCaseContext, id: string): Promise<TLetter> {
  const row = await letterRow(ctx.db, id);
  if (!row) throw notFound();
  requireRecordAccess(ctx.actor, 'programs:read', row.issuing_path);
  return letterView(ctx.db, id);
}

const LIST_LIMIT = 300;

/**
 * The outgoing register of units in scope (optionally one unit's subtree, one calendar year):
 * drafts first, then issued letters newest first, each with its numbered copies.
 */
export async function listLetters(
  ctx: UseCaseContext,
  q: { orgUnitId?: string | undefined; year?: number | undefined },
): Promise<{ items: TLetterSummary[] }> {
  let under: string | undefined;
  if (q.orgUnitId) {
    const unit = await findUnit(ctx.db, q.orgUnitId);
    if (!unit || !canAt(ctx.actor, 'programs:read', unit.path)) throw notFound();
    under = unit.path;
  }
  let query = ctx.db
    .selectFrom('letter as l')
    .innerJoin('org_unit as o', 'o.id', 'l.issuing_unit_id')
    .select([
      'l.id',
      'l.status',
      'l.subject',
      'l.circular',
      'l.letter_date',
      'l.created_at',
      'o.id as unit_id',
      'o.name_th',
      'o.kind',
    ])
    .where((eb) => inScope(eb, eb.ref('o.path'), ctx.actor, 'programs:read'));
  if (under) query = query.where('o.path', 'like', likePrefix(under));
  if (q.year) {
    const year = q.year;
    query = query.where((eb) =>
      eb.or([
        eb('l.status', '=', 'draft'),
        eb('l.letter_date', '>=', `${year}-01-01`).and('l.letter_date', '<=', `${year}-12-31`),
      ]),
    );
  }
  const rows = await query
    .orderBy('l.status')
    .orderBy('l.letter_date', 'desc')
    .orderBy('l.created_at', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const ids = rows.map((r) => r.id);
  const [copies, addressees] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          copyRows(ctx.db).where('c.letter_id', 'in', ids).orderBy('c.running_no').execute(),
          addresseeRefs(ctx.db, ids),
        ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      issuingUnit: { id: r.unit_id, nameTh: r.name_th, kind: r.kind },
      subject: r.subject,
      circular: r.circular,
      letterDate: r.letter_date,
      createdAt: new Date(r.created_at).toISOString(),
      addresseeCount: addressees.filter((a) => a.letter_id === r.id).length,
      copies: copies.filter((c) => c.letter_id === r.id).map(toCopySummary),
    })),
  };
}
