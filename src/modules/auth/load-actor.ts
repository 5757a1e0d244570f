import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isRole, ROLES, type Actor, type Grant } from '../access/index.js';
import { findLiveSession, listGrants } from './auth.repository.js';
import { hashToken } from './session-token.js';

async function grantsOf(db: Kysely<DB>, userId: string): Promise<Grant[]> {
  return (await listGrants(db, userId)).flatMap((g) =>
    isRole(g.role)
      ? [
          {
            role: g.role,
            orgUnitId: g.org_unit_id,
            orgPath: g.path,
            groupId: g.group_id,
            permissions: ROLES[g.role].permissions,
          },
        ]
      : [],
  );
}

export interface LoadedSession {
  actor: Actor;
  tokenHash: string;
  csrfToken: string;
  /** When the session stops being live (ms since the epoch): a cached copy must not outlive it. */
  expiresAt: number;
}

/** Resolves a session cookie to the acting user and their grants, or null if it is not live. */
export async function loadActor(db: Kysely<DB>, token: string, now: Date): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const session = await findLiveSession(db, tokenHash, now);
  if (!session) return null;
  return {
    actor: {
      userId: session.user_id,
      personId: session.person_id,
      username: session.username,
      mustChangePassword: session.must_change_password,
      grants: await grantsOf(db, session.user_id),
    },
    tokenHash,
    csrfToken: session.csrf_token,
    expiresAt: new Date(session.expires_at).getTime(),
  };
}

/** The actor for a named account without a session: seeding and benchmarks act as real users. */
export async function actorForUsername(db: Kysely<DB>, username: string): Promise<Actor> {
  const user = await db
    .selectFrom('user_account')
    .select(['id', 'person_id', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: user.id,
    personId: user.person_id,
    username,
    mustChangePassword: user.must_change_password,
    grants: await grantsOf(db, user.id),
  };
}
