import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, inScope } from '../access/index.js';
import { onIssuingSide } from './request-access.js';
import { addressedUnits, findRequest, findUnits, requestCounts, type RequestRow } from './requests.repository.js';
import type { TAnsweredVia, TFormField, TReportRequest } from './requests.schemas.js';

export const answeredVia = (r: {
  answered_via_path: string | null;
  answered_via_th: string | null;
}): TAnsweredVia | null =>
  r.answered_via_path && r.answered_via_th ? { path: r.answered_via_path, labelTh: r.answered_via_th } : null;

export function toRequest(r: RequestRow, addressed: { unit_id: string; name_th: string }[]): TReportRequest {
  return {
    id: r.id,
    issuingUnit: { id: r.org_unit_id, nameTh: r.issuer_name_th },
    title: r.title,
    instructions: r.instructions,
    projectId: r.project_id,
    letterId: r.letter_id,
    fields: r.fields as TFormField[],
    deadline: r.deadline,
    sentOn: r.sent_on,
    status: r.status,
    lockAfterDeadline: r.lock_after_deadline,
    answeredVia: answeredVia(r),
    addressedUnits: addressed.map((a) => ({ id: a.unit_id, nameTh: a.name_th })),
  };
}

export async function getRequestIn(db: Kysely<DB> | Transaction<DB>, id: string): Promise<TReportRequest> {
  const r = await findRequest(db, id);
  if (!r) throw notFound();
  return toRequest(r, await addressedUnits(db, id));
}

/**
 * The issuing side sees the whole request; an addressed unit sees a sent request with only its
 * own units listed, so it learns nothing about the other addressees' reports.
 */
export async function getRequest(ctx: UseCaseContext, id: string): Promise<TReportRequest> {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound();
  const units = await addressedUnits(ctx.db, id);
  if (onIssuingSide(ctx.actor, r.issuer_path)) return toRequest(r, units);
  if (r.status === 'draft') throw notFound();
  const paths = new Map(
    (
      await findUnits(
        ctx.db,
        units.map((u) => u.unit_id),
      )
    ).map((u) => [u.id, u.path]),
  );
  const mine = units.filter((u) => canAt(ctx.actor, 'programs:respond', paths.get(u.unit_id) ?? ''));
  if (mine.length === 0) throw notFound();
  return toRequest(r, mine);
}

/** Requests issued by units in the actor's scope, with how many units have reported. */
export async function listRequests(ctx: UseCaseContext) {
  const rows = await requestCounts(ctx.db)
    .where((eb) => inScope(eb, eb.ref('i.path'), ctx.actor, 'programs:read'))
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      issuingUnit: { id: r.org_unit_id, nameTh: r.issuer_name_th },
      title: r.title,
      deadline: r.deadline,
      sentOn: r.sent_on,
      status: r.status,
      expected: Number(r.expected),
      submitted: Number(r.submitted),
    })),
  };
}
