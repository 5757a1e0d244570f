import argon2 from 'argon2';
import { validationError } from '../../kernel/errors.js';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

// A hash of a random password: verifying against it costs what a real check costs, so a login for
// an unknown username takes as long as one for a known user.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

export function assertStrongPassword(plain: string, field = 'newPassword'): void {
  if (plain.length < MIN_PASSWORD_LENGTH) {
    throw validationError([
      {
        path: field,
        messageTh: `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`,
        messageEn: `Password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      },
    ]);
  }
}
