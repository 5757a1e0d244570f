import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Clock } from '../kernel/dates.js';
import type { Actor } from '../modules/access/index.js';
import type { LoginLimiter } from '../modules/auth/index.js';
import type { AppCaches } from './read-cache.js';

export interface AppConfig {
  /** Mark cookies Secure even on plain http (behind a TLS-terminating proxy). */
  secureCookies: boolean;
  sessionHours: number;
  /** Largest JSON body, bytes. */
  maxJsonBytes: number;
  /** Largest file upload, bytes. */
  maxUploadBytes: number;
  /** Built UI directory; undefined serves no UI (API-only tests). */
  webDir: string | undefined;
}

export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  clock: Clock;
  config: AppConfig;
  loginLimiter: LoginLimiter;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    session: SessionInfo | null;
    requestId: string;
    caches: AppCaches;
  };
}

/** What a use case needs from the request: who acts, with which database, and the request id for audit. */
export interface UseCaseContext {
  db: Kysely<DB>;
  clock: Clock;
  actor: Actor;
  requestId: string;
}
