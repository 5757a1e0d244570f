import type { UseCaseContext } from '../../server/context.js';
import { scopePaths } from '../access/index.js';
import { organiserReads, requireCallRead, underOrganiser } from './award-access.js';
import { callsOfPerson, committeeOf, findCall, listCallRows } from './awards.repository.js';
import type { TCall, TCallSummary } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { toCall, unitRef } from './call-view.js';

/** One call: for its organiser, the offices under it once open, and its committee members. */
export async function getCall(ctx: UseCaseContext, id: string): Promise<TCall> {
  const call = await findCall(ctx.db, id);
  const members = call ? await committeeOf(ctx.db, id) : [];
  requireCallRead(ctx.actor, call, members);
  return toCall(ctx.db, ctx, call, members);
}

/** Calls the actor organises, may nominate for, or judges. */
export async function listCalls(ctx: UseCaseContext): Promise<{ items: TCallSummary[] }> {
  const judged = await callsOfPerson(ctx.db, ctx.actor.personId);
  const rows = await listCallRows(ctx.db, { roots: scopePaths(ctx.actor, 'programs:read'), ids: judged });
  const items: TCallSummary[] = [];
  for (const call of rows) {
    const role = organiserReads(ctx.actor, call)
      ? 'organiser'
      : judged.includes(call.id)
        ? 'member'
        : underOrganiser(ctx.actor, call)
          ? 'nominator'
          : null;
    if (!role) continue;
    items.push({
      id: call.id,
      organiserUnit: unitRef({
        id: call.organiser_unit_id,
        kind: call.organiser_kind,
        name_th: call.organiser_name_th,
      }),
      title: call.title,
      status: effectiveStatus(call, ctx.clock),
      namesDeadline: call.names_deadline,
      dossierDeadline: call.dossier_deadline,
      role,
    });
  }
  return { items };
}
