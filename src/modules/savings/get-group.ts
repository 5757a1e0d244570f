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
  const fundCentre = await db
    .selectFrom('group_fund_centre')
    .select(['effective_on', 'leads', 'centre_name_th', 'note'])
    .where('group_id', '=', id)
    .orderBy('effective_on')
    .execute();
  const seats = await db
    .selectFrom('committee_seat as s')
    .innerJoin('group_member as m', (j) =>
      j.onRef('m.group_id', '=', 's.group_id').onRef('m.member_no', '=', 's.member_no'),
    )
    .select([
      's.committee',
      's.role',
      's.member_no',
      's.term_start',
      's.term_end',
      'm.title',
      'm.first_name',
      'm.last_name',
    ])
    .where('s.group_id', '=', id)
    .orderBy('s.committee')
    .orderBy('s.term_start', 'desc')
    .orderBy('s.seat_no')
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
    fundCentre: fundCentre.map((f) => ({
      effectiveOn: f.effective_on,
      leads: f.leads,
      centreNameTh: f.centre_name_th,
      note: f.note,
    })),
    committeeSeats: seats.map((s) => ({
      committee: s.committee,
      role: s.role,
      memberNo: s.member_no,
      fullName: `${s.title}${s.first_name} ${s.last_name}`,
      termStart: s.term_start,
      termEnd: s.term_end,
    })),
  };
}
