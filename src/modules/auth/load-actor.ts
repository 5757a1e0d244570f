import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isRole, ROLES, type Actor, type Grant } from '../access/index.js';
import { findLiveSession, listGrants } from './auth.repository.js';
import { hashToken } from './session-token.js';

/** Resolves a session cookie to the acting user and their grants, or null if it is not live. */
export async function loadActor(
  db: Kysely<DB>,
  token: string,
  now: Date,
): Promise<{ actor: Actor; tokenHash: string; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const session = await findLiveSession(db, tokenHash, now);
  if (!session) return null;
  const grants: Grant[] = (await listGrants(db, session.user_id)).flatMap((g) =>
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
  return {
    actor: {
      userId: session.user_id,
      personId: session.person_id,
      username: session.username,
      mustChangePassword: session.must_change_password,
      grants,
    },
    tokenHash,
    csrfToken: session.csrf_token,
  };
}
