// Keeps campaign_member and campaign_group_figure (migration 0014) equal to the journal-scan
// definition of campaign progress (campaign-progress.ts' header), in the transaction of every
// posting and join. A meeting-day posting, or the reversal of one, recomputes the standing of the
// members it touches in each campaign that covers the group and whose window holds the original
// posting date — from those members' journal lines in the window, so a reversal undoes exactly its
// part — and adds the change to the group's row. A campaign created after postings exist fills its
// rows once from the journal (backfillCampaign).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

interface Covering {
  id: string;
  starts_on: string;
  ends_on: string;
  min_amount: string;
}
interface Standing {
  by_pledge: boolean;
  by_special: boolean;
  special: number;
}
const NONE: Standing = { by_pledge: false, by_special: false, special: 0 };

/** For each group, the campaigns over it whose window meets its [from, to]; one query for all. */
async function covering(
  trx: Transaction<DB>,
  ranges: readonly { groupId: string; from: string; to: string }[],
): Promise<Map<string, Covering[]>> {
  const rows = await sql<Covering & { group_id: string }>`
    SELECT k.group_id, c.id, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
      to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.min_amount
    FROM unnest(${ranges.map((r) => r.groupId)}::uuid[], ${ranges.map((r) => r.from)}::date[],
                ${ranges.map((r) => r.to)}::date[]) AS k(group_id, from_on, to_on)
    JOIN savings_group g ON g.id = k.group_id JOIN org_unit go ON go.id = g.org_unit_id
    JOIN savings_campaign c ON c.starts_on <= k.to_on AND c.ends_on >= k.from_on
    JOIN org_unit co ON co.id = c.org_unit_id
    WHERE starts_with(go.path, co.path)
    ORDER BY k.group_id, c.id`.execute(trx);
  const out = new Map<string, Covering[]>();
  for (const { group_id, ...c } of rows.rows) (out.get(group_id) ?? out.set(group_id, []).get(group_id)!).push(c);
  return out;
}

const within = (c: Covering, d: string) => c.starts_on <= d && d <= c.ends_on;

/** Members who joined on these dates count as new members of campaigns whose window holds the date. */
export async function recordCampaignJoins(trx: Transaction<DB>, groupId: string, joinedOn: readonly string[]) {
  if (joinedOn.length === 0) return;
  const sorted = [...joinedOn].sort();
  const campaigns = (await covering(trx, [{ groupId, from: sorted[0]!, to: sorted.at(-1)! }])).get(groupId) ?? [];
  const rows = campaigns
    .map((c) => ({ group_id: groupId, campaign_id: c.id, new_members: sorted.filter((d) => within(c, d)).length }))
    .filter((r) => r.new_members > 0);
  if (rows.length === 0) return;
  await trx
    .insertInto('campaign_group_figure')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['group_id', 'campaign_id'])
        .doUpdateSet({ new_members: sql`campaign_group_figure.new_members + excluded.new_members` }),
    )
    .execute();
}

/** What the campaign-relevant postings touch: meeting-day entries and reversals of them. */
export interface PostedForCampaigns {
  kind: string;
  postedOn: string;
  reversesEntryNo?: number | undefined;
  lines: readonly { memberNo?: number | null | undefined }[];
}

type Touched = { on: string; members: Set<number> }[];

/**
 * Folds postings of any number of groups into the campaigns covering them: two queries when no
 * campaign covers any of the groups (the usual case), and a few more per group that one covers.
 */
export async function maintainCampaignsMany(
  trx: Transaction<DB>,
  batches: readonly { groupId: string; entries: readonly PostedForCampaigns[] }[],
): Promise<void> {
  // The date that decides is the meeting day's, also when a later reversal undoes it.
  const reversed = batches.flatMap((b) =>
    b.entries.flatMap((e) =>
      e.kind === 'reversal' && e.reversesEntryNo != null ? [{ groupId: b.groupId, entryNo: e.reversesEntryNo }] : [],
    ),
  );
  const originals = new Map<string, { kind: string; posted_on: string }>();
  if (reversed.length) {
    const rows = await sql<{ group_id: string; entry_no: string; kind: string; posted_on: string }>`
      SELECT e.group_id, e.entry_no, e.kind, to_char(e.posted_on, 'YYYY-MM-DD') AS posted_on
      FROM unnest(${reversed.map((r) => r.groupId)}::uuid[], ${reversed.map((r) => r.entryNo)}::bigint[])
        AS k(group_id, entry_no)
      JOIN journal_entry e ON e.group_id = k.group_id AND e.entry_no = k.entry_no`.execute(trx);
    for (const r of rows.rows) originals.set(`${r.group_id}:${Number(r.entry_no)}`, r);
  }
  // The date that counts for each entry, then the campaigns over those dates: usually none, and
  // then the members touched are never gathered.
  const dated = batches.map(({ groupId, entries }) => ({
    groupId,
    entries: entries.flatMap((e) => {
      const original = e.kind === 'reversal' ? originals.get(`${groupId}:${e.reversesEntryNo}`) : undefined;
      const on = e.kind === 'meeting_day' ? e.postedOn : original?.kind === 'meeting_day' ? original.posted_on : null;
      return on ? [{ on, e }] : [];
    }),
  }));
  const ranges = new Map<string, { groupId: string; from: string; to: string }>();
  for (const { groupId, entries } of dated)
    for (const { on } of entries) {
      const r = ranges.get(groupId);
      if (!r) ranges.set(groupId, { groupId, from: on, to: on });
      else if (on < r.from) r.from = on;
      else if (on > r.to) r.to = on;
    }
  if (ranges.size === 0) return;
  const cover = await covering(trx, [...ranges.values()]);
  if (cover.size === 0) return;
  const touchedBy = new Map<string, Touched>();
  for (const { groupId, entries } of dated) {
    if (!cover.has(groupId)) continue;
    const touched = touchedBy.get(groupId) ?? touchedBy.set(groupId, []).get(groupId)!;
    for (const { on, e } of entries) {
      const members = new Set(e.lines.flatMap((l) => (l.memberNo == null ? [] : [l.memberNo])));
      if (members.size) touched.push({ on, members });
    }
  }
  for (const [groupId, touched] of touchedBy) {
    const campaigns = cover.get(groupId);
    if (campaigns?.length) await foldIntoCampaigns(trx, groupId, touched, campaigns);
  }
}

/** Recomputes the touched members' standing in each campaign and adds the change to the group's row. */
async function foldIntoCampaigns(trx: Transaction<DB>, groupId: string, touched: Touched, campaigns: Covering[]) {
  const pairs = campaigns.flatMap((c) => {
    const members = new Set(touched.filter((t) => within(c, t.on)).flatMap((t) => [...t.members]));
    return [...members].map((memberNo) => ({ c, memberNo }));
  });
  if (pairs.length === 0) return;
  const ids = pairs.map((p) => p.c.id);
  const members = pairs.map((p) => p.memberNo);
  const now = await standings(trx, groupId, ids, members);
  const before = new Map(
    (
      await sql<Standing & { campaign_id: string; member_no: number }>`
        SELECT m.campaign_id, m.member_no, m.by_pledge, m.by_special, m.special
        FROM unnest(${ids}::uuid[], ${members}::int[]) AS k(campaign_id, member_no)
        JOIN campaign_member m ON m.group_id = ${groupId} AND m.campaign_id = k.campaign_id AND m.member_no = k.member_no`.execute(
        trx,
      )
    ).rows.map((r) => [`${r.campaign_id}:${r.member_no}`, { ...r, special: Number(r.special) }]),
  );
  const delta = new Map<string, { adding: number; adding_pledge: number; adding_special: number; special: number }>();
  const upserts: (Standing & { group_id: string; campaign_id: string; member_no: number })[] = [];
  for (const { c, memberNo } of pairs) {
    const key = `${c.id}:${memberNo}`;
    const was = before.get(key) ?? NONE;
    const is = now.get(key) ?? NONE;
    const d =
      delta.get(c.id) ?? delta.set(c.id, { adding: 0, adding_pledge: 0, adding_special: 0, special: 0 }).get(c.id)!;
    const n = (b: boolean) => (b ? 1 : 0);
    d.adding += n(is.by_pledge || is.by_special) - n(was.by_pledge || was.by_special);
    d.adding_pledge += n(is.by_pledge) - n(was.by_pledge);
    d.adding_special += n(is.by_special) - n(was.by_special);
    d.special += is.special - was.special;
    if (before.has(key) || is !== NONE)
      upserts.push({ group_id: groupId, campaign_id: c.id, member_no: memberNo, ...is });
  }
  if (upserts.length) {
    await trx
      .insertInto('campaign_member')
      .values(upserts)
      .onConflict((oc) =>
        oc.columns(['group_id', 'campaign_id', 'member_no']).doUpdateSet({
          by_pledge: sql`excluded.by_pledge`,
          by_special: sql`excluded.by_special`,
          special: sql`excluded.special`,
        }),
      )
      .execute();
  }
  const figures = [...delta].map(([campaign_id, d]) => ({ group_id: groupId, campaign_id, new_members: 0, ...d }));
  await trx
    .insertInto('campaign_group_figure')
    .values(figures)
    .onConflict((oc) =>
      oc.columns(['group_id', 'campaign_id']).doUpdateSet({
        adding: sql`campaign_group_figure.adding + excluded.adding`,
        adding_pledge: sql`campaign_group_figure.adding_pledge + excluded.adding_pledge`,
        adding_special: sql`campaign_group_figure.adding_special + excluded.adding_special`,
        special: sql`campaign_group_figure.special + excluded.special`,
      }),
    )
    .execute();
}

/**
 * The journal-scan definition of members' standing for the (group, campaign[, member]) rows of
 * `keys`; `memberJoin` picks the lines: the row's one member, or `true` for all the group's members.
 */
const STANDING_SQL = (keys: ReturnType<typeof sql>, memberJoin: ReturnType<typeof sql>) => sql<
  Standing & { group_id: string; campaign_id: string; member_no: number }
>`
  WITH k AS (${keys}),
  days AS (
    SELECT k.campaign_id, l.group_id, l.member_no, e.posted_on,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount < 0), 0) AS special_in
    FROM k
    JOIN savings_campaign c ON c.id = k.campaign_id
    JOIN journal_line l ON l.group_id = k.group_id AND ${memberJoin}
    JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE l.member_no IS NOT NULL AND e.kind = 'meeting_day' AND e.posted_on BETWEEN c.starts_on AND c.ends_on
      AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
    GROUP BY k.campaign_id, l.group_id, l.member_no, e.posted_on
  )
  SELECT d.group_id, d.campaign_id, d.member_no,
    bool_or(d.pledged - m.monthly_pledge >= c.min_amount) AS by_pledge,
    sum(d.special_in) >= c.min_amount AS by_special,
    sum(d.special_in) AS special
  FROM days d
  JOIN savings_campaign c ON c.id = d.campaign_id
  JOIN group_member m ON m.group_id = d.group_id AND m.member_no = d.member_no
  GROUP BY d.group_id, d.campaign_id, d.member_no, c.min_amount`;

async function standings(trx: Transaction<DB>, groupId: string, ids: string[], members: number[]) {
  const rows = await STANDING_SQL(
    sql`SELECT ${groupId}::uuid AS group_id, campaign_id, member_no FROM unnest(${ids}::uuid[], ${members}::int[]) AS u(campaign_id, member_no)`,
    sql`l.member_no = k.member_no`,
  ).execute(trx);
  return new Map(
    rows.rows.map((r) => [
      `${r.campaign_id}:${r.member_no}`,
      { by_pledge: r.by_pledge, by_special: r.by_special, special: Number(r.special) },
    ]),
  );
}

/**
 * A new campaign's rows from the journal so far. Takes every covered group's book lock first (in key
 * order): postings in flight finish before the scan reads the journal, and later ones wait for this
 * transaction and then see the campaign — none is counted twice or missed.
 */
export async function backfillCampaign(trx: Transaction<DB>, campaignId: string): Promise<void> {
  const groups = sql`
    SELECT g.id FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
    WHERE starts_with(o.path, (SELECT co.path FROM savings_campaign c JOIN org_unit co ON co.id = c.org_unit_id WHERE c.id = ${campaignId}))`;
  await sql`SELECT group_id FROM ledger_book WHERE group_id IN (${groups}) ORDER BY group_id FOR UPDATE`.execute(trx);
  await sql`
    INSERT INTO campaign_member (group_id, campaign_id, member_no, by_pledge, by_special, special)
    SELECT group_id, campaign_id, member_no, by_pledge, by_special, special FROM (${STANDING_SQL(
      sql`SELECT g.id AS group_id, ${campaignId}::uuid AS campaign_id FROM (${groups}) g`,
      sql`true`,
    )}) s`.execute(trx);
  await sql`
    INSERT INTO campaign_group_figure (group_id, campaign_id, new_members, adding, adding_pledge, adding_special, special)
    SELECT x.group_id, ${campaignId}::uuid, sum(x.new_members), sum(x.adding), sum(x.adding_pledge), sum(x.adding_special), sum(x.special)
    FROM (
      SELECT group_id, 0 AS new_members, (by_pledge OR by_special)::int AS adding, by_pledge::int AS adding_pledge,
        by_special::int AS adding_special, special
      FROM campaign_member WHERE campaign_id = ${campaignId}
      UNION ALL
      SELECT m.group_id, 1, 0, 0, 0, 0 FROM group_member m JOIN savings_campaign c ON c.id = ${campaignId}
      WHERE m.group_id IN (${groups}) AND m.joined_on BETWEEN c.starts_on AND c.ends_on
    ) x GROUP BY x.group_id`.execute(trx);
}
