import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { maskThaiId } from '../../kernel/thai-id.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import type { TProposal } from './assistance.schemas.js';
import { proposalItemRows, proposalRows } from './assistance.repository.js';
import { canReadHousehold, requireFundRead } from './fund-access.js';
import { findFund, fullName } from './fund.repository.js';
import { householdsByIds } from './household.repository.js';

type Q = Kysely<DB> | Transaction<DB>;

/** Proposals (all, or these ids) with their items; households shown with the ID masked. */
export async function proposalDtos(db: Q, fundId: string, ids?: string[]): Promise<TProposal[]> {
  const rows = (await proposalRows(db, fundId)).filter((p) => !ids || ids.includes(p.id));
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
    return {
      id: p.id,
      district: { id: p.district_id, nameTh: p.district_name_th },
      submissionId: p.submission_id,
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

/** Proposals name households, so each viewer sees those of the districts whose households they may read. */
export async function listProposals(ctx: UseCaseContext, fundId: string): Promise<{ items: TProposal[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const rows = await proposalRows(ctx.db, fund.id);
  const visible = rows.filter((p) => canReadHousehold(ctx.actor, { district_path: p.district_path }));
  return {
    items: await proposalDtos(
      ctx.db,
      fund.id,
      visible.map((p) => p.id),
    ),
  };
}
