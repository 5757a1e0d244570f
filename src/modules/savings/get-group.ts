import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toGroupSummary } from './savings.mappers.js';
import { groupSelect, rulesOn } from './savings.repository.js';
import { ZGroupRules } from './rules.js';
import type { TGroup } from './savings.schemas.js';

export async function getGroup(ctx: UseCaseContext, id: string): Promise<TGroup> {
  await requireGroup(ctx, id);
  return getGroupIn(ctx.db, id, todayInBangkok(ctx.clock));
}

/** The full group view, read inside the caller's transaction (no access check). */
export async function getGroupIn(db: Kysely<DB> | Transaction<DB>, id: string, today?: string): Promise<TGroup> {
  const row = await groupSelect(db).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const versions = await db
    .selectFrom('group_rule_set')
    .select(['effective_from', 'recorded_at', 'rules'])
    .where('group_id', '=', id)
    .orderBy('effective_from')
    .execute();
  const current = (today && (await rulesOn(db, id, today))) || {
    effectiveFrom: versions[0]!.effective_from,
    rules: ZGroupRules.parse(versions[0]!.rules),
  };
  const levels = await db
    .selectFrom('group_level')
    .select(['effective_on', 'level', 'note'])
    .where('group_id', '=', id)
    .orderBy('effective_on')
    .execute();
  const book = await db
    .selectFrom('ledger_book')
    .select('closed_through')
    .where('group_id', '=', id)
    .executeTakeFirst();
  return {
    ...toGroupSummary(row),
    version: row.version,
    closedThrough: book?.closed_through ?? null,
    rules: current.rules,
    rulesEffectiveFrom: current.effectiveFrom,
    ruleVersions: versions.map((v) => ({ effectiveFrom: v.effective_from, recordedAt: v.recorded_at.toISOString() })),
    levels: levels.map((l) => ({ effectiveOn: l.effective_on, level: l.level, note: l.note })),
  };
}
