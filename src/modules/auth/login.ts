import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { recordAudit } from '../audit/index.js';
import { findAccountByUsername, insertSession, deleteExpiredSessions } from './auth.repository.js';
import type { LoginLimiter } from './login-limiter.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { hashToken, newToken } from './session-token.js';

export interface LoginResult {
  userId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const badCredentials = () =>
  new AppError({
    code: 'bad_credentials',
    kind: 'unauthenticated',
    messageTh: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
    messageEn: 'Wrong username or password',
  });

export async function login(opts: {
  db: Kysely<DB>;
  clock: Clock;
  limiter: LoginLimiter;
  username: string;
  password: string;
  address: string;
  sessionHours: number;
  requestId: string;
}): Promise<LoginResult> {
  const { db, clock, limiter, username, address } = opts;
  if (limiter.isBlocked(username, address)) {
    throw new AppError({
      code: 'too_many_attempts',
      kind: 'rate_limited',
      messageTh: 'เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่',
      messageEn: 'Too many failed logins; try again in 15 minutes',
    });
  }
  const account = await findAccountByUsername(db, username);
  const ok = await verifyPassword(account?.password_hash ?? (await dummyPasswordHash()), opts.password);
  if (!account || !ok || !account.is_active) {
    limiter.recordFailure(username, address);
    throw badCredentials();
  }
  limiter.recordSuccess(username, address);
  const token = newToken();
  const csrfToken = newToken();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + opts.sessionHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx, now);
    await insertSession(trx, {
      token_hash: hashToken(token),
      user_id: account.id,
      csrf_token: csrfToken,
      expires_at: expiresAt,
    });
    await recordAudit(trx, {
      actorUserId: account.id,
      action: 'session.login',
      entityType: 'user_account',
      entityId: account.id,
      orgUnitId: null,
      requestId: opts.requestId,
    });
  });
  return { userId: account.id, token, csrfToken, expiresAt };
}
