// Benchmark (e): the embedded database at the size of one province — about 40,000 members in ≈ 400
// groups (BENCH_PROVINCE, default 24 ฉะเชิงเทรา: 11 districts, its share of the generated nation) —
// one month's meeting day posted for every group through the service layer (each district office's
// upload), then the province's
// dashboard; raw limit: COPY of the same journal rows into the same PGlite. Always PGlite in memory,
// whatever --db says. Target: the month in ≤ 5 s. BENCH_SCALE < 1 shrinks the province for development.
import { sql } from 'kysely';
import { dashboardUseCase } from './c-dashboard.bench.js';
import { pgliteCopyTarget } from './lib/copy.js';
import { openScratch } from './lib/db.js';
import { copyJournal, journalRows } from './lib/journal.js';
import { envNumber, type BenchOptions } from './lib/options.js';
import { actorContext, districtUploads, meetingDates, meetingRows, populate, postUpload } from './lib/populate.js';
import { ratioOf, type BenchResult } from './lib/results.js';
import { percentile, printTable } from './lib/stats.js';

export async function pgliteProvince(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const province = process.env.BENCH_PROVINCE || '24';
  const bench = await openScratch(o.app, 'pglite');
  try {
    const pop = await populate(o.app, bench, {
      scale: o.scale,
      year: false,
      districts: (d) => d.id.startsWith(province),
    });
    const { last } = await bench.db
      .selectFrom('journal_entry')
      .select((eb) => eb.fn.max('posted_on').as('last'))
      .executeTakeFirstOrThrow();
    const postedOn = meetingDates(String(last).slice(0, 7), 2)[1]!;
    const ctx = await actorContext(o.app, bench.db, 'demo.hq', `${postedOn}T10:00:00Z`);
    const rows = await meetingRows(bench.db, pop.groupIds);
    const postings = [...rows.values()].reduce((a, r) => a + r.length, 0);

    // Each district office uploads its groups' day (split where one would pass the upload limit).
    const uploads = await districtUploads(bench.db, pop.groupIds, rows);
    const t0 = performance.now();
    for (const [i, groups] of uploads.entries()) {
      const days = groups.map((groupId) => ({ groupId, postedOn, memo: '', rows: rows.get(groupId)! }));
      await postUpload(o.app, ctx, days, `bench-e-upload-${i}`);
    }
    const monthSeconds = (performance.now() - t0) / 1000;

    const dashboard = dashboardUseCase(o.app);
    const board = dashboard
      ? () => dashboard(ctx, { orgUnitId: province, asOf: postedOn })
      : async () => {
          await o.app.reports.rollup(ctx, { orgUnitId: province, asOf: postedOn });
          await o.app.trends.trends(ctx, { orgUnitId: province, months: 12, asOf: postedOn });
        };
    await board();
    const boardMs: number[] = [];
    for (let i = 0; i < envNumber('BENCH_E_REPS', 10); i++) {
      const t = performance.now();
      await board();
      boardMs.push(performance.now() - t);
    }

    const journal = await journalRows(bench.db, 'meeting_day', postedOn);
    const rawSeconds = await copyJournal(pgliteCopyTarget(bench.pglite!), journal);
    const { n: dbBytes } = (
      await sql<{ n: string }>`SELECT pg_database_size(current_database())::text AS n`.execute(bench.db)
    ).rows[0]!;
    const ratio = ratioOf(monthSeconds, rawSeconds, 'lower');
    printTable(
      `(e) PGlite, province ${province}: ${pop.groupIds.length} groups, ${pop.members} members, meeting day ${postedOn}`,
      [
        { step: 'month posted (service layer)', seconds: monthSeconds, 'member-postings/s': postings / monthSeconds },
        { step: 'same journal rows by COPY', seconds: rawSeconds, 'member-postings/s': postings / rawSeconds },
        {
          step: `province dashboard p50 / p95 (ms)`,
          seconds: null,
          'member-postings/s': `${percentile(boardMs, 50).toFixed(1)} / ${percentile(boardMs, 95).toFixed(1)}`,
        },
      ],
    );
    return {
      id: 'e',
      name: 'embedded PGlite, one province',
      database: 'pglite',
      commit: o.commit,
      benchCommit: o.benchCommit,
      data: `PGlite in memory, province ${province} at scale ${o.scale}: ${pop.groupIds.length} groups, ${pop.members} members`,
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      figures: [
        {
          label: "province's month posted (s)",
          measured: monthSeconds,
          unit: 's',
          better: 'lower',
          raw: rawSeconds,
          ratio,
          target: '≤ 5 s',
          met: monthSeconds <= 5,
        },
        {
          label: 'province dashboard p95 (ms)',
          measured: percentile(boardMs, 95),
          unit: 'ms',
          better: 'lower',
          raw: null,
          ratio: null,
          target: '≤ 100 ms (as c)',
          met: percentile(boardMs, 95) <= 100,
        },
      ],
      details: {
        province,
        postedOn,
        groups: pop.groupIds.length,
        members: pop.members,
        memberPostings: postings,
        loanRepayments: [...rows.values()].reduce((a, r) => a + r.filter((x) => x.loanPayments.length).length, 0),
        monthSeconds,
        rawSeconds,
        dashboardMs: { p50: percentile(boardMs, 50), p95: percentile(boardMs, 95) },
        dashboardSide: dashboard ? 'dashboard use case' : 'rollup + trends',
        generateSeconds: pop.generateSeconds,
        databaseMiB: Math.round(Number(dbBytes) / 2 ** 20),
      },
    };
  } finally {
    await bench.close();
  }
}
