// Benchmark (a): meeting-day postings through the service layer — validation, per-group lock,
// double entry, idempotency record, audit, maintained roll-ups — one meeting day per group, every
// active member paying their pledge and borrowers repaying, against the raw limit measured in the
// same run: COPY of the very same journal_entry/journal_line rows into trigger-free copies of the
// tables. Target: service/raw ≥ 0.5. Also records the process's peak RSS while posting, for (f).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { postgresCopyTarget, pgliteCopyTarget } from './lib/copy.js';
import { openScratch } from './lib/db.js';
import { copyJournal, journalRows } from './lib/journal.js';
import type { BenchOptions } from './lib/options.js';
import { actorContext, meetingDates, meetingRows, populate } from './lib/populate.js';
import { ratioOf, type BenchResult } from './lib/results.js';
import { sampleRss } from './lib/rss.js';
import { printTable } from './lib/stats.js';

/** The 5th of the month after the latest posting: after the generator's fiscal year if it made one. */
async function nextMeetingDay(db: Kysely<DB>): Promise<string> {
  const { last } = await db
    .selectFrom('journal_entry')
    .select((eb) => eb.fn.max('posted_on').as('last'))
    .executeTakeFirstOrThrow();
  return meetingDates(String(last).slice(0, 7), 2)[1]!;
}

export async function meetingDay(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const bench = await openScratch(o.app, o.kind);
  try {
    const pop = await populate(o.app, bench, { scale: o.scale, year: false });
    const postedOn = await nextMeetingDay(bench.db);
    const ctx = await actorContext(o.app, bench.db, 'demo.hq', `${postedOn}T10:00:00Z`);
    const rows = await meetingRows(bench.db, pop.groupIds);
    const postings = [...rows.values()].reduce((a, r) => a + r.length, 0);
    const repayments = [...rows.values()].reduce((a, r) => a + r.filter((x) => x.loanPayments.length).length, 0);

    // Service layer: one meeting day per group, one after another (a single stream, like the COPY).
    await sql`CHECKPOINT`.execute(bench.db).catch(() => {}); // start both sides from a quiet server
    const rss = sampleRss();
    const t0 = performance.now();
    for (const g of pop.groupIds) {
      const r = rows.get(g)!;
      if (r.length) await o.app.meetings.postMeetingDay(ctx, g, { postedOn, memo: '', rows: r }, `bench-a-${g}`);
    }
    const serviceSeconds = (performance.now() - t0) / 1000;
    const memory = rss.stop();

    const journal = await journalRows(bench.db, 'meeting_day', postedOn);
    const target = bench.pglite ? pgliteCopyTarget(bench.pglite) : await postgresCopyTarget(bench.url!);
    let rawSeconds: number;
    try {
      rawSeconds = await copyJournal(target, journal);
    } finally {
      await target.close();
    }
    const service = postings / serviceSeconds;
    const raw = postings / rawSeconds;
    const ratio = ratioOf(service, raw, 'higher');
    printTable(`(a) meeting day on ${o.kind}: ${pop.groupIds.length} groups, ${postings} member-postings`, [
      {
        side: 'service layer',
        seconds: serviceSeconds,
        'member-postings/s': service,
        'journal rows/s': (journal.entries.length + journal.lines.length) / serviceSeconds,
      },
      {
        side: 'raw COPY',
        seconds: rawSeconds,
        'member-postings/s': raw,
        'journal rows/s': (journal.entries.length + journal.lines.length) / rawSeconds,
      },
    ]);
    console.log(`ratio service/raw ${ratio.toFixed(3)} (target ≥ 0.5); peak RSS while posting ${memory.peakMiB} MiB`);
    return {
      id: 'a',
      name: 'meeting-day postings',
      database: o.kind,
      commit: o.commit,
      benchCommit: o.benchCommit,
      data: `scratch, generated scale ${o.scale}: ${pop.groupIds.length} groups, ${pop.members} members`,
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      figures: [
        {
          label: 'member-postings/s (service vs COPY)',
          measured: service,
          unit: 'postings/s',
          better: 'higher',
          raw,
          ratio,
          target: 'ratio ≥ 0.5',
          met: ratio >= 0.5,
        },
      ],
      details: {
        postedOn,
        groups: pop.groupIds.length,
        memberPostings: postings,
        loanRepayments: repayments,
        journalEntries: journal.entries.length,
        journalLines: journal.lines.length,
        serviceSeconds,
        rawSeconds,
        peakRssMiB: memory.peakMiB,
        processHwmMiB: memory.hwmMiB,
        generateSeconds: pop.generateSeconds,
      },
    };
  } finally {
    await bench.close();
  }
}
