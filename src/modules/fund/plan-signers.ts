import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isRole, ROLES, type Permission } from '../access/index.js';

/** The standing grants of active accounts, to check that a plan's signers belong to the fund's office. */
export async function loadActorGrants(
  db: Kysely<DB> | Transaction<DB>,
  userIds: readonly string[],
): Promise<Map<string, { orgPath: string; permissions: readonly Permission[] }[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('role_assignment as r')
    .innerJoin('user_account as u', 'u.id', 'r.user_id')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .select(['r.user_id', 'r.role', 'r.group_id', 'o.path'])
    .where('r.user_id', 'in', [...userIds])
    .where('u.is_active', '=', true)
    .execute();
  const out = new Map<string, { orgPath: string; permissions: readonly Permission[] }[]>();
  for (const r of rows) {
    if (!isRole(r.role) || r.group_id !== null) continue;
    const list = out.get(r.user_id) ?? out.set(r.user_id, []).get(r.user_id)!;
    list.push({ orgPath: r.path, permissions: ROLES[r.role].permissions });
  }
  return out;
}
