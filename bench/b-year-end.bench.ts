// Benchmark (b): the national year-end allocation — the preview computation of every group's close
// (profit, pools, every member's dividend, refund and special-savings interest) through the
// year-end module with a real actor — against ONE SQL statement computing the same from the same
// inputs (bench/lib/year-end-sql.ts). Both must agree for every group or the benchmark fails.
// Targets: national seconds ≤ 120 and service/raw ≥ 0.5. On the national database (read-only) the
// seconds are measured; on scratch data they are extrapolated to 31,715 groups and say so.
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import type { UseCaseContext } from '../src/server/context.js';
import { openReadOnly, openScratch, type BenchDb } from './lib/db.js';
import { envNumber, type BenchOptions } from './lib/options.js';
import { actorContext, ensureFiscalYear, populate } from './lib/populate.js';
import { ratioOf, type BenchResult } from './lib/results.js';
import { printTable } from './lib/stats.js';
import { digestOf, yearEndBySql, type YearEndDigest } from './lib/year-end-sql.js';

export const NATIONAL_GROUPS = 31_715;

/** The fiscal year (1 Oct – 30 Sep) of the latest meeting day: its last day is the year-end. */
export async function fiscalYearEnd(db: Kysely<DB>): Promise<string> {
  const { last } = await db
    .selectFrom('journal_entry')
    .select((eb) => eb.fn.max('posted_on').as('last'))
    .where('kind', '=', 'meeting_day')
    .executeTakeFirstOrThrow();
  if (!last) throw new Error('no meeting days in the database: nothing to close');
  const [y, m] = String(last).split('-').map(Number) as [number, number];
  return `${m >= 10 ? y + 1 : y}-09-30`;
}

/** An HQ administrator of the database (BENCH_ACTOR, else the first hq_admin account). */
export async function hqUsername(db: Kysely<DB>): Promise<string> {
  if (process.env.BENCH_ACTOR) return process.env.BENCH_ACTOR;
  const row = await db
    .selectFrom('user_account as u')
    .innerJoin('role_assignment as r', 'r.user_id', 'u.id')
    .select('u.username')
    .where('r.role', '=', 'hq_admin')
    .orderBy('u.username')
    .executeTakeFirst();
  if (!row) throw new Error('no hq_admin account in the database (set BENCH_ACTOR)');
  return row.username;
}

/** Runs f over items with at most `n` in flight. */
async function eachLimited<T>(items: readonly T[], n: number, f: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await f(items[next++]!);
    }),
  );
}

async function serviceSide(
  o: BenchOptions,
  ctx: UseCaseContext,
  groups: readonly string[],
  through: string,
  concurrency: number,
) {
  const digests = new Map<string, YearEndDigest>();
  const skipped = new Map<string, number>();
  const t0 = performance.now();
  await eachLimited(groups, concurrency, async (groupId) => {
    try {
      digests.set(groupId, digestOf(await o.app.yearEnd.previewYearEnd(ctx, { groupId, through })));
    } catch (err) {
      const code = (err as { code?: string }).code ?? String(err);
      skipped.set(code, (skipped.get(code) ?? 0) + 1);
    }
  });
  return { digests, skipped, seconds: (performance.now() - t0) / 1000 };
}

function compare(service: Map<string, YearEndDigest>, raw: Map<string, YearEndDigest>): string[] {
  const diffs: string[] = [];
  for (const [g, s] of service) {
    const r = raw.get(g);
    if (!r) diffs.push(`${g}: computed by the module, missing from the SQL`);
    else
      for (const k of Object.keys(s) as (keyof YearEndDigest)[])
        if (s[k] !== r[k]) diffs.push(`${g} ${k}: module ${s[k]} vs SQL ${r[k]}`);
  }
  for (const g of raw.keys()) if (!service.has(g)) diffs.push(`${g}: computed by the SQL, refused by the module`);
  return diffs;
}

export async function yearEnd(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const national = o.nationalUrl !== undefined;
  const bench: BenchDb = national ? openReadOnly(o.nationalUrl!) : await openScratch(o.app, o.kind);
  try {
    let data: string;
    if (national) data = 'national database (read-only)';
    else {
      const pop = await populate(o.app, bench, { scale: o.scale, year: true });
      const filler = await actorContext(o.app, bench.db, 'demo.hq', '2026-10-01T03:00:00Z');
      const posted = await ensureFiscalYear(o.app, filler, pop.groupIds);
      data = `scratch, generated scale ${o.scale}: ${pop.groupIds.length} groups, ${pop.members} members${posted ? ', fiscal year posted by the benchmark' : ''}`;
    }
    const through = await fiscalYearEnd(bench.db);
    const username = national ? await hqUsername(bench.db) : 'demo.hq';
    // "Today" well after the year-end, as when the close is prepared.
    const ctx = await actorContext(o.app, bench.db, username, `${Number(through.slice(0, 4))}-11-23T03:00:00Z`);
    const groups = (await bench.db.selectFrom('savings_group').select('id').orderBy('id').execute()).map((g) => g.id);
    const concurrency = envNumber('BENCH_B_CONCURRENCY', o.kind === 'pglite' && !national ? 1 : 4);

    const service = await serviceSide(o, ctx, groups, through, concurrency);
    // Printed at once: on the national database the single SQL statement can run for many minutes.
    console.log(`module side: ${groups.length} groups in ${service.seconds.toFixed(1)} s`);
    const t1 = performance.now();
    const raw = await yearEndBySql(bench.db, through);
    const rawSeconds = (performance.now() - t1) / 1000;
    const diffs = compare(service.digests, raw);
    if (diffs.length) {
      throw new Error(
        `(b) the module and the SQL disagree for ${diffs.length} figures:\n  ${diffs.slice(0, 10).join('\n  ')}`,
      );
    }

    const n = service.digests.size;
    const nationalSeconds = national ? service.seconds : (service.seconds * NATIONAL_GROUPS) / Math.max(1, n);
    const ratio = ratioOf(service.seconds, rawSeconds, 'lower');
    const totals = [...service.digests.values()].reduce(
      (a, d) => ({
        profit: a.profit + BigInt(d.netProfit),
        dividends: a.dividends + BigInt(d.dividends.split('/')[0]!),
      }),
      { profit: 0n, dividends: 0n },
    );
    printTable(`(b) year-end allocation through ${through} on ${bench.kind}: ${n} groups (${data})`, [
      { side: `module, ${concurrency} at a time`, seconds: service.seconds, 'groups/s': n / service.seconds },
      { side: 'one SQL statement', seconds: rawSeconds, 'groups/s': n / rawSeconds },
    ]);
    console.log(
      `ratio ${ratio.toFixed(3)} (target ≥ 0.5); national ${national ? '' : 'extrapolated '}${nationalSeconds.toFixed(1)} s (target ≤ 120 s); ` +
        `both agree on every group (net profit ${totals.profit} satang, dividends ${totals.dividends})` +
        (service.skipped.size ? `; refused by the module: ${JSON.stringify(Object.fromEntries(service.skipped))}` : ''),
    );
    return {
      id: 'b',
      name: 'national year-end allocation',
      database: bench.kind,
      commit: o.commit,
      benchCommit: o.benchCommit,
      data,
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      figures: [
        {
          label: national ? 'national year-end (s)' : 'national year-end, extrapolated (s)',
          measured: nationalSeconds,
          unit: 's',
          better: 'lower',
          raw: national ? rawSeconds : (rawSeconds * NATIONAL_GROUPS) / Math.max(1, n),
          ratio,
          target: '≤ 120 s and ratio ≥ 0.5',
          met: nationalSeconds <= 120 && ratio >= 0.5,
        },
      ],
      details: {
        through,
        groups: n,
        concurrency,
        serviceSeconds: service.seconds,
        rawSeconds,
        refusedByModule: Object.fromEntries(service.skipped),
        netProfitSatang: String(totals.profit),
        dividendsSatang: String(totals.dividends),
        extrapolated: !national,
      },
    };
  } finally {
    await bench.close();
  }
}
