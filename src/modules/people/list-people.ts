import type { UseCaseContext } from '../../server/context.js';
import { findUnit } from '../org/index.js';
import { toPersonSummary } from './people.mappers.js';
import { listPeople as queryPeople } from './people.repository.js';

export async function listPeople(
  ctx: UseCaseContext,
  query: { orgUnitId?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let underPath: string | undefined;
  if (query.orgUnitId) {
    const unit = await findUnit(ctx.db, query.orgUnitId);
    // Org units are public geography; the scope filter in the query still applies on top.
    if (!unit) {
      return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    }
    underPath = unit.path;
  }
  const { rows, total } = await queryPeople(
    ctx.db,
    { actor: ctx.actor, underPath, q: query.q || undefined },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(toPersonSummary), total, page: query.page, pageSize: query.pageSize };
}
