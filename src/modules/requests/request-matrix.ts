// The completeness matrix (DHIS2's reporting-rate view): one row per addressed unit with its
// status, when it first reported and last changed, and the "sum" fields; totals of expected, on
// time, late and missing; and sums over reports submitted and not sent back for correction.
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import { sumFields } from './form-definition.js';
import { toRequest } from './get-request.js';
import { addressedUnits, findRequest, submissionsOf, type SubmissionRow } from './requests.repository.js';
import type { TFormField, TMatrix } from './requests.schemas.js';
import { matrixStatus } from './timeliness.js';

type SumDef = ReturnType<typeof sumFields>[number];

/** Sum of one field in one report, exactly: decimals are added as scaled integers. */
function scaledValue(def: SumDef, answers: Record<string, unknown>): number {
  const factor = 10 ** def.scale;
  const values =
    def.table && def.column
      ? ((answers[def.table] as Record<string, unknown>[] | undefined) ?? []).map((r) => r[def.column!])
      : [answers[def.key]];
  return values.reduce<number>((a, v) => a + (typeof v === 'number' ? Math.round(v * factor) : 0), 0);
}

/** Whether a report's figures count in the sums: submitted or accepted, not under correction. */
export const counted = (s: SubmissionRow) => s.status === 'submitted' || s.status === 'accepted';

export async function requestMatrix(ctx: UseCaseContext, id: string): Promise<TMatrix> {
  return (await matrixWithSubmissions(ctx, id)).matrix;
}

/** The matrix and the rows it was built from (the Excel export lists their answers). */
export async function matrixWithSubmissions(
  ctx: UseCaseContext,
  id: string,
): Promise<{ matrix: TMatrix; submissions: SubmissionRow[] }> {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound();
  requireRecordAccess(ctx.actor, 'programs:read', r.issuer_path);
  const subs = await submissionsOf(ctx.db, id);
  const defs = sumFields(r.fields as TFormField[]);
  const totalsScaled = new Map(defs.map((d) => [d.key, 0]));
  const rows = subs.map((s) => {
    const sums: Record<string, number> = {};
    if (counted(s)) {
      for (const d of defs) {
        const v = scaledValue(d, s.answers as Record<string, unknown>);
        sums[d.key] = v / 10 ** d.scale;
        totalsScaled.set(d.key, totalsScaled.get(d.key)! + v);
      }
    }
    return {
      submissionId: s.id,
      unit: { id: s.org_unit_id, nameTh: s.unit_name_th },
      status: matrixStatus(s),
      firstSubmittedAt: s.first_submitted_at?.toISOString() ?? null,
      updatedAt: s.updated_at?.toISOString() ?? null,
      lockException: s.lock_exception,
      sums,
    };
  });
  const firstSubmitted = subs.filter((s) => s.first_submitted_at !== null);
  const matrix: TMatrix = {
    request: toRequest(r, await addressedUnits(ctx.db, id)),
    asOf: ctx.clock.now().toISOString(),
    sumFields: defs.map((d) => ({ key: d.key, labelTh: d.labelTh, type: d.type })),
    rows,
    totals: {
      expected: subs.length,
      onTime: firstSubmitted.filter((s) => !s.late).length,
      late: firstSubmitted.filter((s) => s.late).length,
      missing: subs.length - firstSubmitted.length,
      returned: subs.filter((s) => s.status === 'returned').length,
      accepted: subs.filter((s) => s.status === 'accepted').length,
    },
    sums: Object.fromEntries(defs.map((d) => [d.key, totalsScaled.get(d.key)! / 10 ** d.scale])),
  };
  return { matrix, submissions: subs };
}
