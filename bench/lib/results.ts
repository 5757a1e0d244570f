// The one shape every benchmark returns and the report reads: a few headline figures, each with
// its raw limit measured in the same run, the ratio and the target, plus free-form details.
// Written to bench/results/<commit>-<id>-<db>.json; the commit is the APP code measured.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './git.js';
import type { DbKind } from './db.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

export type BenchId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

/** How a figure is judged: higher is better (throughput, ratio) or lower is better (latency, memory). */
export type Better = 'higher' | 'lower';

export interface Figure {
  /** Short label, e.g. "member-postings/s" or "national p95 (ms)". */
  label: string;
  measured: number;
  unit: string;
  better: Better;
  /** The raw limit measured in the same run, in the same unit; null where none applies. */
  raw: number | null;
  /** measured relative to raw, oriented so that 1 means "as fast as the raw limit". */
  ratio: number | null;
  /** e.g. "ratio ≥ 0.5", "≤ 100 ms"; met is judged by the benchmark. */
  target: string;
  met: boolean | null;
}

export interface BenchResult {
  id: BenchId;
  name: string;
  database: DbKind;
  /** App code measured (short hash, "-dirty" if uncommitted changes). */
  commit: string;
  /** The benchmark code that measured it (differs from commit in a baseline run). */
  benchCommit: string;
  /** Where the data came from: "scratch scale 0.003", "national (read-only)", … */
  data: string;
  startedAt: string;
  seconds: number;
  figures: Figure[];
  details: Record<string, unknown>;
}

export function resultPath(r: Pick<BenchResult, 'commit' | 'id' | 'database'>): string {
  return join(RESULTS_DIR, `${r.commit}-${r.id}-${r.database}.json`);
}

export function writeResult(r: BenchResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resultPath(r);
  writeFileSync(path, JSON.stringify(r, null, 2) + '\n');
  return path;
}

export function readResult(commit: string, id: BenchId, database: DbKind): BenchResult | undefined {
  const path = resultPath({ commit, id, database });
  if (!existsSync(path)) return undefined;
  const r = JSON.parse(readFileSync(path, 'utf8')) as Partial<BenchResult>;
  // Results from before this shape (the first cut of benchmark (a)) have no figures.
  return Array.isArray(r.figures) ? (r as BenchResult) : undefined;
}

/** Every commit label with at least one result file. */
export function recordedCommits(): Set<string> {
  if (!existsSync(RESULTS_DIR)) return new Set();
  return new Set(
    readdirSync(RESULTS_DIR)
      .map((f) => /^([0-9a-f]{7,}(?:-dirty)?)-[a-f]-(?:pglite|postgres)\.json$/.exec(f)?.[1])
      .filter((c): c is string => c !== undefined),
  );
}

/** Ratio oriented so > 1 is better than the raw limit direction: raw/measured for times, measured/raw for rates. */
export function ratioOf(measured: number, raw: number, better: Better): number {
  return better === 'higher' ? measured / raw : raw / measured;
}
