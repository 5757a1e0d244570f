// What the runner hands every benchmark.
import type { App } from './app.js';
import type { DbKind } from './db.js';

export interface BenchOptions {
  app: App;
  /** The backend for scratch databases (writes). */
  kind: DbKind;
  /** Generated-data scale for scratch databases (BENCH_SCALE), 1.0 = the nation. */
  scale: number;
  /** The full national database, opened read-only or copied (BENCH_NATIONAL_URL); PostgreSQL only. */
  nationalUrl: string | undefined;
  /** App code measured, and the benchmark code measuring it. */
  commit: string;
  benchCommit: string;
}

export function envNumber(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${v}`);
  return n;
}
