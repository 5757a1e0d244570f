// SQL for accounts, grants and sessions. No rules here.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export function findAccountByUsername(db: Q, username: string) {
  return db
    .selectFrom('user_account')
    .select(['id', 'person_id', 'username', 'password_hash', 'is_active'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function findAccountById(db: Q, id: string) {
  return db
    .selectFrom('user_account')
    .select(['id', 'person_id', 'username', 'password_hash', 'is_active', 'must_change_password'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findLiveSession(db: Q, tokenHash: string, now: Date) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('user_account as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      'u.id as user_id',
      'u.person_id',
      'u.username',
      'u.must_change_password',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

export function listGrants(db: Q, userId: string) {
  return db
    .selectFrom('role_assignment as r')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .select(['r.role', 'r.org_unit_id', 'r.group_id', 'o.path', 'o.name_th'])
    .where('r.user_id', '=', userId)
    .orderBy('o.path')
    .execute();
}

export async function insertSession(
  db: Q,
  row: { token_hash: string; user_id: string; csrf_token: string; expires_at: Date },
) {
  await db.insertInto('user_session').values(row).execute();
}

export async function deleteSession(db: Q, tokenHash: string) {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(db: Q, userId: string, keepTokenHash: string) {
  await db.deleteFrom('user_session').where('user_id', '=', userId).where('token_hash', '!=', keepTokenHash).execute();
}

export async function deleteExpiredSessions(db: Q, now: Date) {
  await db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
}
