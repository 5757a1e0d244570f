// Report completeness for an area's dashboard: of the requests now open (sent, not closed) that were
// addressed to offices in the area, how many of those offices reported on time, late or not yet.
// Counted per request over report_submission (one row per addressed office, a few hundred per
// request at most), limited to the addressed offices the reader may see.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { compareDates, type CivilDate } from '../../kernel/dates.js';
import { inScope, type Actor } from '../access/index.js';
import { areaName } from '../org/index.js';
import type { TAreaCompleteness } from './requests.schemas.js';
import { likePrefix } from '../../db/like.js';

export type AreaCompleteness = TAreaCompleteness;
export type RequestCompleteness = TAreaCompleteness['requests'][number];

export async function reportCompleteness(
  db: Kysely<DB>,
  actor: Actor,
  areaPath: string,
  today: CivilDate,
  limit = 10,
): Promise<AreaCompleteness> {
  const rows = await db
    .selectFrom('report_submission as s')
    .innerJoin('report_request as r', 'r.id', 's.request_id')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .innerJoin('org_unit as i', 'i.id', 'r.org_unit_id')
    .where('r.status', '=', 'sent')
    .where('u.path', 'like', likePrefix(areaPath))
    .where((eb) => inScope(eb, eb.ref('u.path'), actor, 'programs:read'))
    .groupBy(['r.id', 'r.title', 'r.deadline', 'i.name_th', 'i.kind'])
    .select([
      'r.id',
      'r.title',
      'i.name_th as issuer',
      'i.kind as issuer_kind',
      sql<string>`to_char(r.deadline, 'YYYY-MM-DD')`.as('deadline'),
      sql<string>`count(*)`.as('expected'),
      sql<string>`count(*) FILTER (WHERE s.late = false)`.as('on_time'),
      sql<string>`count(*) FILTER (WHERE s.late = true)`.as('late'),
    ])
    .orderBy('r.deadline', 'desc')
    .orderBy('r.title')
    .execute();
  const requests = rows.map((r) => {
    const expected = Number(r.expected);
    const onTime = Number(r.on_time);
    const late = Number(r.late);
    const missing = expected - onTime - late;
    return {
      id: r.id,
      title: r.title,
      issuerNameTh: areaName(r.issuer_kind, r.issuer),
      deadline: r.deadline,
      expected,
      onTime,
      late,
      missing,
      overdue: missing > 0 && compareDates(today, r.deadline as CivilDate) > 0,
    };
  });
  const sum = (k: 'expected' | 'onTime' | 'late' | 'missing') => requests.reduce((a, r) => a + r[k], 0);
  return {
    totals: {
      requests: requests.length,
      expected: sum('expected'),
      onTime: sum('onTime'),
      late: sum('late'),
      missing: sum('missing'),
    },
    requests: requests.slice(0, limit),
  };
}
