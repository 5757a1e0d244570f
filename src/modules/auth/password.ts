// argon2id through @node-rs/argon2: prebuilt for each platform as ordinary npm packages, so a clean
// `npm ci` needs no compiler and no install scripts. Parameters are OWASP's argon2id baseline
// (19 MiB memory, 2 passes, 1 lane); the hash string records them, so they can be raised later.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum (not importable as a value here); 2 = Argon2id.
const ARGON2ID = 2;
import { validationError } from '../../kernel/errors.js';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
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
