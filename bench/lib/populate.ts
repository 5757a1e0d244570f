// Data for benchmarks on scratch databases: the demo accounts (demo.hq logs in, acts and is the
// "entered by" of generated loans) and a generated nation (or part of one) from bench/generate at a
// given scale, plus — where a benchmark needs a year of history and the generator gave none — a
// fiscal year of monthly meeting days posted through the service layer.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import type { Actor } from '../../src/modules/access/index.js';
import type { TPostMeetingDayRequest } from '../../src/modules/meetings/meetings.schemas.js';
import type { UseCaseContext } from '../../src/server/context.js';
import type { App } from './app.js';
import { generate, GENERATED_GROUP_NAME, type GeneratorDistrict, type GeneratorTarget } from './generator.js';

export const SEED = 7;
export type MeetingRow = TPostMeetingDayRequest['rows'][number];

export interface Populated {
  groupIds: string[];
  members: number;
  hqUserId: string;
  generateSeconds: number;
}

/**
 * Demo accounts plus a generated nation at `scale` (with its fiscal year if `year` and the generator
 * makes one). With `districts`, only those districts are
 * planned, at their own share of the nation (so one province has its real size at scale 1).
 */
export async function populate(
  app: App,
  target: GeneratorTarget,
  opts: { scale: number; year: boolean; districts?: (d: GeneratorDistrict) => boolean },
): Promise<Populated> {
  const db = target.db;
  await app.demo.seedDemo(db);
  const hq = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', 'demo.hq')
    .executeTakeFirstOrThrow();
  const generateSeconds = await generate(target, {
    scale: opts.scale,
    year: opts.year,
    seed: SEED,
    enteredBy: hq.id,
    ...(opts.districts ? { districts: opts.districts } : {}),
  });
  const groups = await generatedGroups(db);
  return { groupIds: groups.ids, members: groups.members, hqUserId: hq.id, generateSeconds };
}

/** The generated groups (by id) and their member count. */
export async function generatedGroups(db: Kysely<DB>): Promise<{ ids: string[]; members: number }> {
  const rows = await db
    .selectFrom('savings_group')
    .select('id')
    .where('name_th', 'like', GENERATED_GROUP_NAME)
    .orderBy('id')
    .execute();
  const { n } = await db
    .selectFrom('group_member as m')
    .innerJoin('savings_group as g', 'g.id', 'm.group_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('g.name_th', 'like', GENERATED_GROUP_NAME)
    .executeTakeFirstOrThrow();
  return { ids: rows.map((r) => r.id), members: Number(n) };
}

export async function actorContext(app: App, db: Kysely<DB>, username: string, now: string): Promise<UseCaseContext> {
  const actor: Actor = await app.auth.actorForUsername(db, username);
  return { db, clock: app.dates.fixedClock(now), actor, requestId: 'bench' };
}

/**
 * A realistic meeting day for each group: every active member pays their monthly pledge, and each
 * borrower repays about 1/14 of the principal of their latest loan (a renewed loan's predecessor is
 * paid off; never more than is outstanding, so twelve months of it never overpay). Read from the database, so it fits whatever data the generator produced.
 */
export async function meetingRows(db: Kysely<DB>, groupIds: readonly string[]): Promise<Map<string, MeetingRow[]>> {
  const out = new Map<string, MeetingRow[]>(groupIds.map((g) => [g, []]));
  for (let i = 0; i < groupIds.length; i += 2000) {
    const ids = groupIds.slice(i, i + 2000);
    const rows = await sql<{
      group_id: string;
      member_no: number;
      monthly_pledge: string;
      loan_no: number | null;
      pay: string | null;
    }>`
      SELECT m.group_id, m.member_no, m.monthly_pledge, l.loan_no,
        least(l.principal / 14, b.outstanding) AS pay
      FROM group_member m
      LEFT JOIN member_balance b ON b.group_id = m.group_id AND b.member_no = m.member_no
      LEFT JOIN LATERAL (
        SELECT loan_no, principal FROM loan
        WHERE loan.group_id = m.group_id AND loan.member_no = m.member_no AND loan.status = 'disbursed'
        ORDER BY loan_no DESC LIMIT 1
      ) l ON b.outstanding > 0
      WHERE m.group_id = ANY(${ids}::uuid[]) AND m.status = 'active'
      ORDER BY m.group_id, m.member_no`.execute(db);
    for (const r of rows.rows) {
      const pay = r.loan_no !== null && r.pay !== null ? Number(r.pay) : 0;
      out.get(r.group_id)!.push({
        memberNo: r.member_no,
        pledge: Number(r.monthly_pledge),
        specialDeposit: 0,
        specialWithdrawal: 0,
        fine: 0,
        loanPayments: pay > 0 ? [{ loanNo: r.loan_no!, amount: pay }] : [],
      });
    }
  }
  return out;
}

/** Meeting days on the 5th of each month from `firstMonth` ('YYYY-MM') for `count` months. */
export function meetingDates(firstMonth: string, count: number): string[] {
  const [y, m] = firstMonth.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-05`;
  });
}

/**
 * A fiscal year of history where the generator gave none: twelve monthly meeting days per group
 * (October to September) posted through the service layer, so every maintained table is right.
 * Every member pays the pledge; every fifth also deposits special savings; borrowers repay
 * quarterly (loan repayments dominate posting time, and a quarter's worth already gives each group
 * interest income and late penalties, hence a profit to allocate). Returns false without posting
 * if the database already holds meeting days.
 */
export async function ensureFiscalYear(app: App, ctx: UseCaseContext, groupIds: readonly string[]): Promise<boolean> {
  const any = await ctx.db
    .selectFrom('journal_entry')
    .select('group_id')
    .where('kind', '=', 'meeting_day')
    .limit(1)
    .execute();
  if (any.length) return false;
  const rows = await meetingRows(ctx.db, groupIds);
  for (const [i, on] of meetingDates('2025-10', 12).entries()) {
    for (const g of groupIds) {
      const r = rows.get(g)!.map((x) => ({
        ...x,
        specialDeposit: x.memberNo % 5 === 0 ? 10_000 : 0,
        loanPayments: i % 3 === 2 ? x.loanPayments : [],
      }));
      if (r.length)
        await app.meetings.postMeetingDay(ctx, g, { postedOn: on, memo: '', rows: r }, `bench-fy-${g}-${on}`);
    }
  }
  return true;
}

/** Rows one upload may carry (the meetings module's MAX_UPLOAD_ROWS). */
const UPLOAD_ROWS = 10_000;

/**
 * The groups with money on the day, as their district offices would upload them: one upload per
 * district, split where a district's rows pass the upload limit.
 */
export async function districtUploads(
  db: Kysely<DB>,
  groupIds: readonly string[],
  rows: ReadonlyMap<string, readonly MeetingRow[]>,
): Promise<string[][]> {
  const byDistrict = await sql<{ id: string; district: string }>`
    SELECT g.id, split_part(o.path, '/', 4) AS district
    FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
    WHERE g.id = ANY(${[...groupIds]}::uuid[])
    ORDER BY district, g.id`.execute(db);
  const uploads: string[][] = [];
  let district = '';
  let count = 0;
  for (const g of byDistrict.rows) {
    const n = rows.get(g.id)?.length ?? 0;
    if (n === 0) continue;
    if (g.district !== district || count + n > UPLOAD_ROWS) {
      uploads.push([]);
      district = g.district;
      count = 0;
    }
    uploads.at(-1)!.push(g.id);
    count += n;
  }
  return uploads;
}

/**
 * One district upload through the service: postMeetingDays, or — measuring app code from before
 * uploads existed (--baseline) — each group's day on its own, which is what that code offered.
 */
export async function postUpload(
  app: App,
  ctx: UseCaseContext,
  days: (TPostMeetingDayRequest & { groupId: string })[],
  key: string,
): Promise<void> {
  const many = (app.meetings as Partial<App['meetings']>).postMeetingDays;
  if (many) {
    await many(ctx, { days }, key);
    return;
  }
  for (const { groupId, ...day } of days) await app.meetings.postMeetingDay(ctx, groupId, day, `${key}-${groupId}`);
}
