// What a group's own records say on a date, for assessments that would otherwise retype it.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { rulesOn } from './savings.repository.js';

export interface GroupFacts {
  /** Sum of the allocation percentages in the rules in force, basis points; null without rules. */
  allocationBp: number | null;
  /** The executive committee has a chair and a treasurer whose terms cover the date. */
  executiveSeated: boolean;
  activeMembers: number;
}

export async function groupFacts(db: Kysely<DB> | Transaction<DB>, groupId: string, on: string): Promise<GroupFacts> {
  const rules = await rulesOn(db, groupId, on);
  const seats = await db
    .selectFrom('committee_seat')
    .select('role')
    .where('group_id', '=', groupId)
    .where('committee', '=', 'executive')
    .where('term_start', '<=', on)
    .where('term_end', '>=', on)
    .execute();
  const roles = new Set(seats.map((s) => s.role));
  const members = await db
    .selectFrom('group_member')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('group_id', '=', groupId)
    .where('joined_on', '<=', on)
    .where((eb) => eb.or([eb('status', '=', 'active'), eb('left_on', '>', on)]))
    .executeTakeFirstOrThrow();
  return {
    allocationBp: rules ? rules.rules.allocation.reduce((a, x) => a + x.bp, 0) : null,
    executiveSeated: roles.has('chair') && roles.has('treasurer'),
    activeMembers: Number(members.n),
  };
}
