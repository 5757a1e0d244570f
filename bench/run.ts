// `npm run bench [-- a b c d e f] [--db pglite|postgres|both] [--baseline [<commit>]]`
//
// Runs the benchmarks (all by default), each printing its table and writing
// bench/results/<commit>-<id>-<db>.json; then `npx tsx bench/report.ts` prints the README section.
//   a  meeting-day postings, service layer vs COPY of the same journal rows   (scratch database)
//   b  national year-end allocation, module vs one SQL statement               (national, read-only)
//   c  dashboard queries p50/p95, service vs one SQL over maintained tables    (national, read-only)
//   d  HTTP under load: read page, meeting-day posts, /api/health as raw       (copy of national)
//   e  embedded PGlite: one province's month posted, and its dashboard         (PGlite in memory)
//   f  memory: peak RSS during (a) and of the server during (d)               (from a and d)
// --baseline [rev] (default HEAD~1) then measures the same benchmark modules against that commit's
// app code (a git worktree under /tmp, node_modules linked); where that cannot run, the report
// falls back to the newest recorded result of an ancestor commit and says so.
//
// Environment: DATABASE_URL = the PostgreSQL server for scratch databases (default
// postgres://postgres@127.0.0.1:5432/postgres); BENCH_NATIONAL_URL = the full national database
// (b, c and d use it instead of scratch data: read-only, d on a TEMPLATE copy); BENCH_SCALE or
// BENCH_SCALE_<A..E> = generated scale for scratch data; BENCH_D_SECONDS (10), BENCH_C_REPS (20),
// BENCH_B_CONCURRENCY (4 on PostgreSQL), BENCH_PROVINCE (24), BENCH_GENERATOR_ROOT (see lib/generator.ts).
//
// Development (small scale, both backends, a few minutes):
//   npm run bench -- --db both
// Full scale, on a quiet machine (chumchon_national generated with a fiscal year):
//   export BENCH_NATIONAL_URL=postgres://postgres@127.0.0.1:5432/chumchon_national
//   BENCH_SCALE_A=0.02 BENCH_SCALE_E=1 BENCH_D_SECONDS=15 npm run bench -- --db postgres --baseline
//   BENCH_SCALE_A=0.02 npm run bench -- a --db pglite --baseline
//   npx tsx bench/report.ts
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { meetingDay } from './a-meeting-day.bench.js';
import { yearEnd } from './b-year-end.bench.js';
import { dashboard } from './c-dashboard.bench.js';
import { http } from './d-http.bench.js';
import { pgliteProvince } from './e-pglite-province.bench.js';
import { loadApp } from './lib/app.js';
import type { DbKind } from './lib/db.js';
import { baselineWorktree, commitLabel, REPO_ROOT } from './lib/git.js';
import { memory } from './lib/memory.js';
import { envNumber, type BenchOptions } from './lib/options.js';
import { writeResult, type BenchId, type BenchResult } from './lib/results.js';

const ALL: BenchId[] = ['a', 'b', 'c', 'd', 'e', 'f'];
const DEFAULT_SCALE: Record<Exclude<BenchId, 'f'>, number> = { a: 0.003, b: 0.0005, c: 0.003, d: 0.003, e: 0.05 };
const RUN: Record<Exclude<BenchId, 'f'>, (o: BenchOptions) => Promise<BenchResult>> = {
  a: meetingDay,
  b: yearEnd,
  c: dashboard,
  d: http,
  e: pgliteProvince,
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, baseline: { type: 'boolean', default: false } },
});
// `--baseline <rev>`: parseArgs has no optional values, so a positional that is not a benchmark id is the rev.
const ids = positionals.filter((p): p is BenchId => (ALL as string[]).includes(p));
const rev = positionals.find((p) => !(ALL as string[]).includes(p)) ?? 'HEAD~1';
const wanted = ids.length ? ids : ALL;
const dbArg = values.db ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite');
if (!['pglite', 'postgres', 'both'].includes(dbArg)) throw new Error('--db must be pglite, postgres or both');
const kinds: DbKind[] = dbArg === 'both' ? ['pglite', 'postgres'] : [dbArg as DbKind];

async function runAll(): Promise<number> {
  const app = await loadApp();
  const commit = process.env.BENCH_COMMIT_LABEL || commitLabel();
  const benchCommit = commitLabel();
  const nationalUrl = process.env.BENCH_NATIONAL_URL || undefined;
  console.log(
    `benchmarks ${wanted.join(' ')} on ${kinds.join(' + ')}; app code ${commit} (${app.root}); bench code ${benchCommit}`,
  );
  if (nationalUrl) console.log(`national database: ${nationalUrl} (b, c read-only; d on a copy)`);
  let failed = 0;
  for (const kind of kinds) {
    const done: BenchResult[] = [];
    for (const id of wanted) {
      if (id === 'e' && kind !== kinds[0]) continue; // PGlite only: once per run
      try {
        let r: BenchResult;
        if (id === 'f') r = memory({ commit, benchCommit, kind }, done);
        else {
          const scale = envNumber(`BENCH_SCALE_${id.toUpperCase()}`, envNumber('BENCH_SCALE', DEFAULT_SCALE[id]));
          r = await RUN[id]({ app, kind, scale, nationalUrl, commit, benchCommit });
        }
        done.push(r);
        console.log(`→ ${writeResult(r)}`);
      } catch (err) {
        failed++;
        console.error(`benchmark ${id} on ${kind} failed:`, err instanceof Error ? (err.stack ?? err.message) : err);
      }
    }
  }
  return failed;
}

function runBaseline(): number {
  const wt = baselineWorktree(rev);
  console.log(`\nbaseline: app code of ${wt.commit} from ${wt.dir}`);
  try {
    const args = ['--import', 'tsx', `${REPO_ROOT}/bench/run.ts`, ...wanted, '--db', dbArg];
    const child = spawnSync(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, BENCH_APP_ROOT: wt.dir, BENCH_COMMIT_LABEL: wt.commit },
    });
    if (child.status !== 0) {
      console.error(
        `baseline run of ${wt.commit} had failures: the report falls back to recorded results where one is missing`,
      );
    }
    return child.status ?? 1;
  } finally {
    wt.remove();
  }
}

const failed = await runAll();
const baselineStatus = values.baseline && !process.env.BENCH_APP_ROOT ? runBaseline() : 0;
console.log('\nnext: npx tsx bench/report.ts   (the README section)');
process.exitCode = failed || baselineStatus ? 1 : 0;
