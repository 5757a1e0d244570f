import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { maskThaiId } from '../../kernel/thai-id.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requestSubmissions } from '../requests/index.js';
import type { TProposal, TProposalList } from './assistance.schemas.js';
import { proposalItemRows, proposalRows } from './assistance.repository.js';
import { canReadHousehold, requireFundRead, surveysIn } from './fund-access.js';
import { findFund, fullName } from './fund.repository.js';
import { householdsByIds } from './household.repository.js';

type Q = Kysely<DB> | Transaction<DB>;

type Submissions = Awaited<ReturnType<typeof requestSubmissions>>;

/** Proposals (all, or these ids) with their items; households shown with the ID masked. */
export async function proposalDtos(
  db: Q,
  fund: { id: string; proposal_request_id: string | null },
  ids?: string[],
  known?: Submissions,
): Promise<TProposal[]> {
  const rows = (await proposalRows(db, fund.id)).filter((p) => !ids || ids.includes(p.id));
  if (rows.length === 0 || !fund.proposal_request_id) return [];
  const submissions = new Map(
    (known ?? (await requestSubmissions(db, fund.proposal_request_id))).map((s) => [s.id, s]),
  );
  const items = await proposalItemRows(
    db,
    rows.map((p) => p.id),
  );
  const households = new Map(
    (
      await householdsByIds(
        db,
        items.map((i) => i.household_id),
      )
    ).map((h) => [h.id, h]),
  );
  return rows.map((p) => {
    const mine = items.filter((i) => i.proposal_id === p.id);
    const sub = submissions.get(p.submission_id);
    return {
      id: p.id,
      district: { id: p.district_id, nameTh: p.district_name_th },
      submissionId: p.submission_id,
      status: sub?.status ?? 'expected',
      late: sub?.late ?? null,
      returnComment: sub?.return_comment ?? null,
      summaryTh: p.summary_th,
      version: p.version,
      submittedAt: new Date(p.submitted_at).toISOString(),
      total: satang(mine.reduce((s, i) => s + Number(i.cost), 0)),
      items: mine.map((i) => {
        const h = households.get(i.household_id)!;
        return {
          id: i.id,
          household: {
            id: h.id,
            householdNo: h.household_no,
            headName: fullName({ title: h.head_title, first_name: h.head_first_name, last_name: h.head_last_name }),
            headThaiIdMasked: maskThaiId(h.head_thai_id),
            village: h.village_name_th,
          },
          helpKind: i.help_kind,
          helpTh: i.help_th,
          cost: satang(Number(i.cost)),
          reasonTh: i.reason_th,
          planned: i.plan_id !== null,
        };
      }),
    };
  });
}

/**
 * Proposals name households, so each viewer sees those of the districts whose households they may
 * read; with them, every addressed district's state on the proposal request (sent, late, sent
 * back, accepted, or nothing yet), so the fund officers see who has not proposed.
 */
export async function listProposals(ctx: UseCaseContext, fundId: string): Promise<TProposalList> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  if (!fund.proposal_request_id) return { items: [], districts: [] };
  const [rows, submissions] = await Promise.all([
    proposalRows(ctx.db, fund.id),
    requestSubmissions(ctx.db, fund.proposal_request_id),
  ]);
  const units = submissions.length
    ? await ctx.db
        .selectFrom('org_unit')
        .select(['id', 'name_th', 'path'])
        .where(
          'id',
          'in',
          submissions.map((s) => s.org_unit_id),
        )
        .execute()
    : [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const readable = submissions.filter((s) => {
    const u = unitById.get(s.org_unit_id);
    return u && canReadHousehold(ctx.actor, { district_path: u.path });
  });
  const visible = rows.filter((p) => canReadHousehold(ctx.actor, { district_path: p.district_path }));
  const items = await proposalDtos(
    ctx.db,
    fund,
    visible.map((p) => p.id),
    submissions,
  );
  const registered = new Map(
    (
      await ctx.db
        .selectFrom('fund_household')
        .select(['district_id', (eb) => eb.fn.countAll<string>().as('n')])
        .where('fund_id', '=', fund.id)
        .groupBy('district_id')
        .execute()
    ).map((r) => [r.district_id, Number(r.n)]),
  );
  return {
    items,
    districts: readable.map((s) => {
      const u = unitById.get(s.org_unit_id)!;
      const p = items.find((x) => x.submissionId === s.id);
      const open = s.status === 'expected' || s.status === 'draft' || s.status === 'returned';
      return {
        district: { id: u.id, nameTh: u.name_th },
        submissionId: s.id,
        status: s.status,
        late: s.late,
        returnComment: s.return_comment,
        proposalId: p?.id ?? null,
        households: registered.get(u.id) ?? 0,
        proposed: p?.items.length ?? 0,
        total: p?.total ?? satang(0),
        canPropose: surveysIn(ctx.actor, u.path) && open && !p?.items.some((i) => i.planned),
      };
    }),
  };
}
