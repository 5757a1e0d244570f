// A KPI as the API returns it, its actual taken from where its source says: a manual KPI's latest
// recorded figure, or for 'report_submissions' the count of offices that have submitted, made now
// (never stored, so it cannot fall behind the requests module).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { submittedCounts } from '../requests/index.js';
import { kpiRows } from './programs.repository.js';
import type { TIndicator } from './programs.schemas.js';

/** Indicators of a project (planId null) or of one plan, each with its actual. */
export async function loadIndicators(
  db: Kysely<DB> | Transaction<DB>,
  projectId: string,
  planId: string | null,
): Promise<TIndicator[]> {
  const rows = await kpiRows(db, projectId, planId);
  const counts = await submittedCounts(
    db,
    rows.flatMap((r) => (r.source === 'report_submissions' && r.source_ref ? [r.source_ref] : [])),
  );
  return rows.map((r) => {
    const base = {
      id: r.id,
      kind: r.kind,
      textTh: r.text_th,
      target: r.target === null ? null : Number(r.target),
      unit: r.unit,
      source: r.source,
    };
    if (r.source === 'report_submissions') {
      const c = r.source_ref ? counts.get(r.source_ref) : undefined;
      return {
        ...base,
        sourceRequest: c ? { id: c.requestId, title: c.title, expected: c.expected } : null,
        actual: c
          ? {
              value: c.submitted,
              asOf: c.lastSubmittedAt && todayInBangkok({ now: () => c.lastSubmittedAt! }),
              note: null,
              source: r.source,
            }
          : null,
      };
    }
    return {
      ...base,
      sourceRequest: null,
      actual:
        r.value === null || r.as_of === null
          ? null
          : { value: Number(r.value), asOf: r.as_of, note: r.note, source: r.source },
    };
  });
}
