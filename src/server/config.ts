// Process configuration from the environment, read in one place.
import { resolve } from 'node:path';
import type { AppConfig } from './context.js';

export interface ProcessConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  admin: { username: string; password: string } | undefined;
  app: AppConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ProcessConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  // Demo data is on by default only for the embedded database, so a real server starts clean.
  const demo = env.CHUMCHON_DEMO ? env.CHUMCHON_DEMO === '1' : !databaseUrl;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    demo,
    admin:
      env.CHUMCHON_ADMIN_USERNAME && env.CHUMCHON_ADMIN_PASSWORD
        ? { username: env.CHUMCHON_ADMIN_USERNAME, password: env.CHUMCHON_ADMIN_PASSWORD }
        : undefined,
    app: {
      secureCookies: env.CHUMCHON_SECURE_COOKIES === '1',
      sessionHours: Number(env.CHUMCHON_SESSION_HOURS ?? 12),
      maxJsonBytes: 1024 * 1024,
      maxUploadBytes: Number(env.CHUMCHON_MAX_UPLOAD_MB ?? 5) * 1024 * 1024,
      webDir: resolve(env.CHUMCHON_WEB_DIR ?? 'dist/web'),
    },
  };
}
