import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { validationError } from '../../kernel/errors.js';
import { recordAudit } from '../audit/index.js';
import { deleteOtherSessions, findAccountById } from './auth.repository.js';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.js';

/** Changes the caller's own password and ends their other sessions. */
export async function changePassword(opts: {
  db: Kysely<DB>;
  clock: Clock;
  userId: string;
  tokenHash: string;
  currentPassword: string;
  newPassword: string;
  requestId: string;
}): Promise<void> {
  assertStrongPassword(opts.newPassword);
  const account = await findAccountById(opts.db, opts.userId);
  if (!account || !(await verifyPassword(account.password_hash, opts.currentPassword))) {
    throw validationError([
      { path: 'currentPassword', messageTh: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', messageEn: 'Current password is wrong' },
    ]);
  }
  if (opts.newPassword === opts.currentPassword) {
    throw validationError([
      { path: 'newPassword', messageTh: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม', messageEn: 'New password must differ' },
    ]);
  }
  const hash = await hashPassword(opts.newPassword);
  await opts.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_account')
      .set({ password_hash: hash, must_change_password: false, password_changed_at: opts.clock.now() })
      .where('id', '=', opts.userId)
      .execute();
    await deleteOtherSessions(trx, opts.userId, opts.tokenHash);
    await recordAudit(trx, {
      actorUserId: opts.userId,
      action: 'user_account.change_password',
      entityType: 'user_account',
      entityId: opts.userId,
      orgUnitId: null,
      requestId: opts.requestId,
    });
  });
}
