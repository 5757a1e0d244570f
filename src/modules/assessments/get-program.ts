import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { scopePaths } from '../access/index.js';
import { findProgram, listProgramRows, programInstrumentIds, type ProgramRow } from './assessments.repository.js';
import type { TProgram } from './assessments.schemas.js';
import { findInstruments, toInstrumentSummary } from './instruments.repository.js';
import { canSeeProgram, managesSelection, requireProgramRead } from './program-access.js';

export async function toProgram(
  db: Kysely<DB> | Transaction<DB>,
  ctx: UseCaseContext,
  p: ProgramRow,
): Promise<TProgram> {
  const ids = await programInstrumentIds(db, p.id);
  const rows = new Map((await findInstruments(db, ids)).map((r) => [r.id, r]));
  return {
    id: p.id,
    orgUnit: { id: p.org_unit_id, nameTh: p.unit_name_th },
    titleTh: p.title_th,
    fiscalYear: p.fiscal_year,
    instruments: ids.map((id) => toInstrumentSummary(rows.get(id)!)),
    targetLevel: p.target_level,
    defaultQuota: p.default_quota,
    quotas: p.quotas,
    supportPerGroup: Number(p.support_per_group),
    reportDays: p.report_days,
    planTargetBp: p.plan_target_bp,
    resultsDueOn: p.results_due_on,
    createdAt: p.created_at.toISOString(),
    canManage: managesSelection(ctx.actor, p),
  };
}

export async function getProgram(ctx: UseCaseContext, id: string): Promise<TProgram> {
  const p = await findProgram(ctx.db, id);
  requireProgramRead(ctx.actor, p);
  return toProgram(ctx.db, ctx, p);
}

export async function listPrograms(ctx: UseCaseContext): Promise<{ items: TProgram[] }> {
  const rows = await listProgramRows(ctx.db, scopePaths(ctx.actor, 'programs:read'));
  const items: TProgram[] = [];
  for (const p of rows) if (canSeeProgram(ctx.actor, p)) items.push(await toProgram(ctx.db, ctx, p));
  return { items };
}
