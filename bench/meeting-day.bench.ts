// Benchmark (a): meeting-day postings through the service layer (validation, double entry, per-group
// lock, idempotency, audit, maintained roll-ups) against the raw limit measured in the same run —
// inserting the very same journal rows with plain multi-row INSERTs into trigger-free copies of the
// tables (same keys and indexes, no triggers or foreign keys). Reports member-postings/s, journal lines/s and the ratio (target ≥ 0.5).
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { seedDemo } from '../src/db/seed/demo.js';
import { fixedClock } from '../src/kernel/dates.js';
import { actorForUsername } from '../src/modules/auth/index.js';
import { postMeetingDay } from '../src/modules/meetings/index.js';
import { officeDistricts } from './generate/districts.js';
import { groupUuid, loadPlan } from './generate/load.js';
import { planNation } from './generate/plan.js';

const SCALE = Number(process.env.BENCH_SCALE ?? '0.003');
const database = await openDatabase({ url: process.env.DATABASE_URL });
const db = database.db;
try {
  await prepareDatabase(db);
  await seedDemo(db);
  const hq = await db
    .selectFrom('user_account')
    .select(['id'])
    .where('username', '=', 'demo.hq')
    .executeTakeFirstOrThrow();
  const plan = planNation(await officeDistricts(db), SCALE, 7);
  await loadPlan(db, plan, 7, () => {}, hq.id);
  const groups = plan.groups.map((_, i) => ({ id: groupUuid(7, i) }));
  const actor = await actorForUsername(db, 'demo.hq');
  const ctx = { db, clock: fixedClock('2025-10-06T03:00:00Z'), actor, requestId: 'bench' };
  const members = plan.groups.map((g) => g.members.length);

  // Service layer: one meeting day per group, every member paying their monthly pledge.
  const t0 = performance.now();
  for (const [i, g] of groups.entries()) {
    const rows = Array.from({ length: members[i]! }, (_, j) => ({
      memberNo: j + 1,
      pledge: plan.groups[i]!.members[j]!.monthlyPledge,
      specialDeposit: 0,
      specialWithdrawal: 0,
      fine: 0,
      loanPayments: [],
    }));
    await postMeetingDay(ctx, g.id, { postedOn: '2025-10-05', memo: '', rows }, `bench-${g.id}`);
  }
  const serviceSeconds = (performance.now() - t0) / 1000;
  const postings = members.reduce((a, b) => a + b, 0);
  const { lines } = await db
    .selectFrom('journal_line')
    .select((eb) => eb.fn.countAll<string>().as('lines'))
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'journal_line.group_id').onRef('e.entry_no', '=', 'journal_line.entry_no'),
    )
    .where('e.kind', '=', 'meeting_day')
    .executeTakeFirstOrThrow();

  // Raw limit: the same entries and lines, plain INSERTs, no triggers, no checks.
  // Same columns, keys, indexes and checks as the journal (what storing these rows inherently costs),
  // but no triggers and no foreign keys.
  await sql`CREATE TEMP TABLE raw_entry (LIKE journal_entry INCLUDING ALL)`.execute(db);
  await sql`CREATE TEMP TABLE raw_line (LIKE journal_line INCLUDING ALL)`.execute(db);
  const entryRows = await db.selectFrom('journal_entry').selectAll().where('kind', '=', 'meeting_day').execute();
  const lineRows = await sql<
    Record<string, unknown>
  >`SELECT l.* FROM journal_line l JOIN journal_entry e USING (group_id, entry_no) WHERE e.kind = 'meeting_day'`.execute(
    db,
  );
  const t1 = performance.now();
  // Trigger-free copies, typed loosely: they hold exactly the rows read back above.
  const raw = db.withTables<{ raw_entry: Record<string, unknown>; raw_line: Record<string, unknown> }>();
  for (let i = 0; i < entryRows.length; i += 5000) {
    await raw
      .insertInto('raw_entry')
      .values(entryRows.slice(i, i + 5000))
      .execute();
  }
  for (let i = 0; i < lineRows.rows.length; i += 8000) {
    await raw
      .insertInto('raw_line')
      .values(lineRows.rows.slice(i, i + 8000))
      .execute();
  }
  const rawSeconds = (performance.now() - t1) / 1000;

  const result = {
    benchmark: 'a-meeting-day',
    database: database.kind,
    commit: execSync('git rev-parse --short HEAD').toString().trim(),
    groups: groups.length,
    memberPostings: postings,
    journalLines: Number(lines),
    serviceSeconds,
    servicePostingsPerSecond: postings / serviceSeconds,
    serviceLinesPerSecond: Number(lines) / serviceSeconds,
    rawSeconds,
    rawLinesPerSecond: (Number(lines) + entryRows.length) / rawSeconds,
    ratio: rawSeconds / serviceSeconds,
    target: 0.5,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.table({
    service: { seconds: serviceSeconds.toFixed(2), 'member-postings/s': Math.round(result.servicePostingsPerSecond) },
    raw: { seconds: rawSeconds.toFixed(2), 'member-postings/s': Math.round(postings / rawSeconds) },
  });
  console.log(
    `ratio service/raw = ${result.ratio.toFixed(3)} (target ≥ 0.5) on ${database.kind}, ${postings} member-postings`,
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${result.commit}-a-${database.kind}.json`, JSON.stringify(result, null, 2) + '\n');
} finally {
  await database.close();
}
