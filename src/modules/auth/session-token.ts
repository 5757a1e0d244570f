import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'chumchon_session';
export const CSRF_COOKIE = 'chumchon_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by hash: the table alone does not let anyone log in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
