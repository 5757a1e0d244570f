import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { isRole, type Role } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { assertStrongPassword, hashPassword } from './password.js';

/** Creates a login for an existing person with role grants. Used by the CLI, first start and demo seed. */
export async function createUserAccount(
  trx: Transaction<DB>,
  opts: {
    personId: string;
    username: string;
    password: string;
    roles: { role: Role; orgUnitId: string; groupId?: string | null }[];
    mustChangePassword?: boolean;
    actorUserId: string | null;
    requestId?: string;
  },
): Promise<string> {
  const username = opts.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw validationError([
      {
        path: 'username',
        messageTh: 'ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข . _ - ยาว 3–64 ตัว',
        messageEn: 'Username: 3–64 of a-z 0-9 . _ -',
      },
    ]);
  }
  assertStrongPassword(opts.password, 'password');
  for (const r of opts.roles) if (!isRole(r.role)) throw new Error(`unknown role ${r.role}`);
  const taken = await trx.selectFrom('user_account').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) {
    throw new AppError({
      code: 'username_taken',
      kind: 'conflict',
      messageTh: 'ชื่อผู้ใช้นี้มีอยู่แล้ว',
      messageEn: 'Username already exists',
    });
  }
  const { id } = await trx
    .insertInto('user_account')
    .values({
      person_id: opts.personId,
      username,
      password_hash: await hashPassword(opts.password),
      must_change_password: opts.mustChangePassword ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.roles.length) {
    await trx
      .insertInto('role_assignment')
      .values(
        opts.roles.map((r) => ({ user_id: id, role: r.role, org_unit_id: r.orgUnitId, group_id: r.groupId ?? null })),
      )
      .execute();
  }
  await recordAudit(trx, {
    actorUserId: opts.actorUserId,
    action: 'user_account.create',
    entityType: 'user_account',
    entityId: id,
    orgUnitId: opts.roles[0]?.orgUnitId ?? null,
    after: { username, personId: opts.personId, roles: opts.roles },
    requestId: opts.requestId,
  });
  return id;
}
