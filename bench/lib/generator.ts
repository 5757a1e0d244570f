// The data generator (bench/generate, owned and being extended elsewhere), reached through one
// adapter so benchmarks keep working while its API changes. Two shapes are understood, both
// planNation(districts, scale, seed) then loadPlan:
//  - extended (load.ts also exports generateInto): loadPlan(database, plan, seed, progress,
//    enteredBy, { year }) with the app's Database (its pool or PGlite instance for COPY), opening
//    balances plus, with year, the fiscal year of activity;
//  - first: loadPlan(kysely, plan, seed, progress, enteredBy), opening balances only.
// BENCH_GENERATOR_ROOT points at another checkout's bench/generate (e.g. a worktree of a commit
// whose generator is known to work) when this checkout's is mid-change.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { REPO_ROOT } from './git.js';

export interface GeneratorDistrict {
  id: string;
  subdistricts: string[];
}

export interface GenerateRequest {
  scale: number;
  seed: number;
  enteredBy: string;
  /** Only these districts, each at its own share of the nation (so a province keeps its real size). */
  districts?: (d: GeneratorDistrict) => boolean;
  /** Also the fiscal year of activity (extended generator only); false = opening balances only. */
  year: boolean;
}

/** What the extended generator takes: the app's Database with its raw connection for COPY. */
export interface GeneratorTarget {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  pool?: unknown;
  pglite?: unknown;
}

type Loose = Record<string, unknown>;
type AnyFn = (...args: unknown[]) => Promise<unknown> | unknown;

const ROOT = process.env.BENCH_GENERATOR_ROOT || REPO_ROOT;

async function load(file: string): Promise<Loose | undefined> {
  const path = join(ROOT, 'bench', 'generate', file);
  if (!existsSync(path)) return undefined;
  return (await import(pathToFileURL(path.replace(/\.ts$/, '.js')).href)) as Loose;
}

/** Generates into the database; returns the seconds the generator took. */
export async function generate(target: GeneratorTarget, req: GenerateRequest): Promise<number> {
  const districtsMod = await load('districts.ts');
  const officeDistricts = districtsMod?.officeDistricts as
    ((db: Kysely<DB>) => Promise<GeneratorDistrict[]>) | undefined;
  if (!officeDistricts) throw new Error('bench/generate/districts.ts no longer exports officeDistricts');
  const all = await officeDistricts(target.db);
  const chosen = req.districts ? all.filter(req.districts) : all;
  // A subset of districts is planned at its own share of the nation's groups and members.
  const scale = Math.min(1, (req.scale * chosen.length) / all.length);
  const planNation = (await load('plan.ts'))?.planNation as AnyFn | undefined;
  const loadMod = await load('load.ts');
  const loadPlan = loadMod?.loadPlan as AnyFn | undefined;
  if (!planNation || !loadPlan) throw new Error('bench/generate no longer exports planNation and loadPlan');
  const t0 = performance.now();
  const plan = await planNation(chosen, scale, req.seed);
  if (loadMod?.generateInto) {
    // Extended generator: loadPlan(database, plan, seed, progress, enteredBy, { year }).
    await loadPlan(target, plan, req.seed, () => {}, req.enteredBy, { year: req.year });
  } else {
    // First generator: opening balances only, through Kysely.
    await loadPlan(target.db, plan, req.seed, () => {}, req.enteredBy);
  }
  return (performance.now() - t0) / 1000;
}

/** Generated groups, in a stable order. The generator names every group it makes this way. */
export const GENERATED_GROUP_NAME = 'กลุ่มออมทรัพย์เพื่อการผลิตจำลอง%';
