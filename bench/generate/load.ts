// Loads a generated nation into a database in bulk.
//
//   generateInto(database, { scale, seed, enteredBy, progress }) — the simple entry point: plans the
//   nation on the database's real office districts and loads every group's opening balances
//   (30 Sep 2025) plus fiscal year 2569 of monthly meeting days, repayments, arrears and new loans
//   (year.ts). Year-end (30 Sep 2026) totals equal seed 001 × scale. Needs a Database from
//   openDatabase (it uses the raw pool / PGlite instance underneath for COPY), an empty set of
//   generated groups, and a user id for loans' entered_by. Returns the seconds taken, rows per table
//   and the year-end totals read back from the maintained roll-up.
//
// Groups are loaded in chunks in the order of their ids, so every index (all lead with group_id)
// grows at its right edge. Each chunk is one transaction: COPY of every table with triggers off
// (session_replication_role = replica: the per-row checks and foreign keys would dominate), then the
// aggregate checks of verify.ts over the chunk's groups, which fail the load if any entry does not
// balance or any maintained table disagrees with the journal. The next chunk is generated while the
// database writes this one; memory stays bounded by a chunk.
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { openBulkSession, RowSink, TABLE_NAMES, type BulkSession, type TableName } from './copy.js';
import { officeDistricts } from './districts.js';
import { planNation, type Plan } from './plan.js';
import { verifyGroups } from './verify.js';
import { generateGroup, groupUuid, YEAR_END, type YearOptions } from './year.js';

export { groupUuid, OPENING_DATE, YEAR_END } from './year.js';

export interface LoadProgress {
  (done: number, total: number): void;
}

export interface LoadOptions {
  /** Default true; false loads the opening balances only (benchmarks that post the year themselves). */
  year?: boolean;
  checkKernel?: boolean;
  /** Members per chunk (one transaction). */
  chunkMembers?: number;
}

export interface LoadResult {
  seconds: number;
  rows: Record<TableName, number>;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeChunk(session: BulkSession, sink: RowSink, groupIds: string[], postgres: boolean): Promise<void> {
  await session.query('BEGIN');
  try {
    await session.query('SET LOCAL session_replication_role = replica');
    // A generator's chunk lost in a crash is simply generated again.
    if (postgres) await session.query('SET LOCAL synchronous_commit = off');
    for (const t of TABLE_NAMES) await session.copy(t, sink.text(t));
    // The checks read a few hundred thousand rows by group id: index scans, in memory, no JIT. The
    // planner's statistics lag the growing tables and would otherwise pick whole-table scans.
    await session.query('SET LOCAL enable_seqscan = off');
    await session.query(`SET LOCAL work_mem = '64MB'`);
    if (postgres) await session.query('SET LOCAL jit = off');
    await verifyGroups(session, groupIds);
    await session.query('COMMIT');
  } catch (err) {
    await session.query('ROLLBACK');
    throw err;
  }
}

/** Loads the plan: opening balances and (by default) the fiscal year. */
export async function loadPlan(
  database: Database,
  plan: Plan,
  seed: number,
  progress: LoadProgress,
  enteredBy: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const start = Date.now();
  const opts: YearOptions = { seed, enteredBy, year: options.year ?? true, checkKernel: options.checkKernel ?? false };
  const chunkMembers = options.chunkMembers ?? 8000;
  const order = plan.groups.map((_, i) => ({ i, id: groupUuid(seed, i) })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  const session = await openBulkSession(database);
  let writing: Promise<void> | undefined;
  try {
    let done = 0;
    for (let k = 0; k < order.length;) {
      const sink = new RowSink();
      const ids: string[] = [];
      for (let members = 0; k < order.length && members < chunkMembers; k++) {
        generateGroup(plan, order[k]!.i, opts, sink);
        ids.push(order[k]!.id);
        members += plan.groups[order[k]!.i]!.size;
        if (ids.length % 16 === 0) await tick(); // let the previous chunk's COPY stream meanwhile
      }
      await writing;
      for (const t of TABLE_NAMES) rows[t] += sink.counts[t];
      const count = ids.length;
      writing = writeChunk(session, sink, ids, database.kind === 'postgres').then(() => {
        done += count;
        progress(done, order.length);
      });
      writing.catch(() => {}); // handled when awaited; not an unhandled rejection meanwhile
    }
    await writing;
  } finally {
    await writing?.catch(() => {});
    session.release();
  }
  return { seconds: (Date.now() - start) / 1000, rows };
}

export interface NationTotals {
  groups: number;
  members: number;
  savings: number;
  borrowers: number;
  lent: number;
}

/** Year-end totals of the generated groups from the maintained monthly roll-up (what dashboards read). */
export async function generatedTotals(database: Database, asOf: string = YEAR_END): Promise<NationTotals> {
  const r = await sql<Record<keyof NationTotals, string>>`
    SELECT count(DISTINCT g.id)::text AS groups, coalesce(sum(f.members), 0)::text AS members,
      coalesce(sum(f.pledged + f.special), 0)::text AS savings, coalesce(sum(f.borrowers), 0)::text AS borrowers,
      coalesce(sum(f.lent), 0)::text AS lent
    FROM savings_group g LEFT JOIN group_month_figure f ON f.group_id = g.id AND f.month <= ${asOf}::date
    WHERE g.name_th LIKE 'กลุ่มออมทรัพย์เพื่อการผลิตจำลอง%'`.execute(database.db);
  const row = r.rows[0]!;
  return {
    groups: Number(row.groups),
    members: Number(row.members),
    savings: Number(row.savings),
    borrowers: Number(row.borrowers),
    lent: Number(row.lent),
  };
}

export interface GenerateOptions {
  scale: number;
  seed: number;
  enteredBy: string;
  progress?: LoadProgress;
  checkKernel?: boolean;
}

/** Plans and loads a nation (opening + fiscal year 2569); see the top of this file. */
export async function generateInto(
  database: Database,
  o: GenerateOptions,
): Promise<LoadResult & { plan: Plan; totals: NationTotals }> {
  const plan = planNation(await officeDistricts(database.db), o.scale, o.seed);
  const result = await loadPlan(database, plan, o.seed, o.progress ?? (() => {}), o.enteredBy, {
    checkKernel: o.checkKernel ?? false,
  });
  // A bulk load leaves the planner without statistics until autovacuum gets round to 110 M rows;
  // meanwhile per-group reads were planned as parallel scans (national year-end stalled past 10 min).
  await sql`ANALYZE`.execute(database.db);
  return { ...result, plan, totals: await generatedTotals(database) };
}
