import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { createUserAccount } from '../modules/auth/index.js';
import { DEPARTMENT_ID } from '../modules/org/index.js';
import { insertPerson } from '../modules/people/index.js';

/** The first HQ administrator: a person record at the department plus an hq_admin login. */
export async function createAdmin(
  db: Kysely<DB>,
  opts: { username: string; password: string; firstName: string; lastName: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const person = await insertPerson(
      trx,
      { actorUserId: null, requestId: 'cli' },
      {
        title: 'นาย',
        firstName: opts.firstName,
        lastName: opts.lastName,
        thaiId: null,
        positionCode: null,
        orgUnitId: DEPARTMENT_ID,
        phone: null,
        email: null,
        networks: [],
      },
    );
    return createUserAccount(trx, {
      personId: person.id,
      username: opts.username,
      password: opts.password,
      roles: [{ role: 'hq_admin', orgUnitId: DEPARTMENT_ID }],
      actorUserId: null,
      requestId: 'cli',
    });
  });
}

export async function hasAnyUser(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('user_account').select('id').limit(1).executeTakeFirst());
}
