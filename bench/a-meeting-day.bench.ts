// Benchmark (a): meeting-day postings through the service layer — validation, per-group lock,
// double entry, idempotency record, audit, maintained roll-ups — one meeting day per group, every
// active member paying their pledge and borrowers repaying, against the raw limit measured in the
// same run: COPY of the very same journal_entry/journal_line rows into trigger-free copies of the
// tables. Target: service/raw ≥ 0.5. Also records the process's peak RSS while posting, for (f).
// The days go up as districts upload them (postMeetingDays), UPLOAD_GROUPS groups per request: the
// national mean of groups per district office, since generated data at small scale has fewer per
// district than the country does. The single-group path (one request per group, as the meeting-day
// page posts) is measured too and reported beside it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { postgresCopyTarget, pgliteCopyTarget } from './lib/copy.js';
import { openScratch } from './lib/db.js';
import { copyJournal, journalRows } from './lib/journal.js';
import type { BenchOptions } from './lib/options.js';
import { actorContext, meetingDates, meetingRows, populate, postUpload } from './lib/populate.js';
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

/** Groups per upload: 31,715 groups / 878 district offices. */
const UPLOAD_GROUPS = 36;

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

    // Service layer: the districts' uploads one after another (a single stream, like the COPY).
    const posting = pop.groupIds.filter((g) => rows.get(g)!.length);
    const uploads = Array.from({ length: Math.ceil(posting.length / UPLOAD_GROUPS) }, (_, i) =>
      posting.slice(i * UPLOAD_GROUPS, (i + 1) * UPLOAD_GROUPS),
    );
    await sql`CHECKPOINT`.execute(bench.db).catch(() => {}); // start both sides from a quiet server
    const rss = sampleRss();
    const t0 = performance.now();
    for (const [i, groups] of uploads.entries()) {
      const days = groups.map((groupId) => ({ groupId, postedOn, memo: '', rows: rows.get(groupId)! }));
      await postUpload(o.app, ctx, days, `bench-a-upload-${i}`);
    }
    const serviceSeconds = (performance.now() - t0) / 1000;
    const memory = rss.stop();
    // The same days once more, a month later, one request per group (the meeting-day page's path);
    // repaying the same again is safe (populate: twelve such months never overpay a loan).
    const nextDay = meetingDates(postedOn.slice(0, 7), 2)[1]!;
    const ctxNext = await actorContext(o.app, bench.db, 'demo.hq', `${nextDay}T10:00:00Z`);
    const t1 = performance.now();
    for (const g of posting)
      await o.app.meetings.postMeetingDay(
        ctxNext,
        g,
        { postedOn: nextDay, memo: '', rows: rows.get(g)! },
        `bench-a-${g}`,
      );
    const singleSeconds = (performance.now() - t1) / 1000;

    const journal = await journalRows(bench.db, 'meeting_day', postedOn);
    const target = bench.pglite ? pgliteCopyTarget(bench.pglite) : await postgresCopyTarget(bench.url!);
    let rawSeconds: number;
    try {
      rawSeconds = await copyJournal(target, journal);
    } finally {
      await target.close();
    }
    const service = postings / serviceSeconds;
    const single = postings / singleSeconds;
    const raw = postings / rawSeconds;
    const ratio = ratioOf(service, raw, 'higher');
    printTable(`(a) meeting day on ${o.kind}: ${pop.groupIds.length} groups, ${postings} member-postings`, [
      {
        side: `service, one request per group`,
        seconds: singleSeconds,
        'member-postings/s': single,
        'journal rows/s': (journal.entries.length + journal.lines.length) / singleSeconds,
      },
      {
        side: `service, uploads of ${UPLOAD_GROUPS} groups`,
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
        uploadGroups: UPLOAD_GROUPS,
        uploads: uploads.length,
        singleRequestPostingsPerSecond: single,
        singleRequestSeconds: singleSeconds,
        singleRequestRatio: single / raw,
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
