import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { scopePaths, type Actor } from '../access/index.js';
import { areaName } from '../org/index.js';
import { FUND_ACCOUNTS } from './chart.js';
import { canReadFund, managesFund, requireFundRead } from './fund-access.js';
import { accountBalances, findFund, listFundRows, type FundRow } from './fund.repository.js';
import type { TFund } from './fund.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

export async function fundDto(db: Q, actor: Actor, f: FundRow): Promise<TFund> {
  const [balances, counts] = await Promise.all([
    accountBalances(db, f.id),
    db
      .selectFrom('staff_fund as f')
      .select((eb) => [
        eb
          .selectFrom('fund_participant')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('fund_id', '=', 'f.id')
          .as('participants'),
        eb
          .selectFrom('fund_collection')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('fund_id', '=', 'f.id')
          .as('collections'),
      ])
      .where('f.id', '=', f.id)
      .executeTakeFirstOrThrow(),
  ]);
  const balance = (code: string) => satang(balances.get(code) ?? 0);
  return {
    id: f.id,
    orgUnit: { id: f.org_unit_id, nameTh: `สำนักงานพัฒนาชุมชน${areaName('province', f.org_name_th)}` },
    projectId: f.project_id,
    nameTh: f.name_th,
    startsOn: f.starts_on,
    endsOn: f.ends_on,
    pledgePerDay: satang(Number(f.pledge_per_day)),
    targetParticipants: f.target_participants,
    bankName: f.bank_name,
    bankAccountNo: f.bank_account_no,
    proposalRequestId: f.proposal_request_id,
    participants: Number(counts.participants ?? 0),
    collections: Number(counts.collections ?? 0),
    balances: {
      savings: satang(-balance(FUND_ACCOUNTS.savings.code)),
      cashOnHand: balance(FUND_ACCOUNTS.cashOnHand.code),
      bank: balance(FUND_ACCOUNTS.bank.code),
      assistancePaid: balance(FUND_ACCOUNTS.assistance.code),
    },
    canManage: managesFund(actor, f),
    canSurvey: scopePaths(actor, 'fund:survey').some((p) => p.startsWith(f.org_path)),
  };
}

export async function getFund(ctx: UseCaseContext, id: string): Promise<TFund> {
  const f = await findFund(ctx.db, id);
  requireFundRead(ctx.actor, f);
  return fundDto(ctx.db, ctx.actor, f);
}

export async function listFunds(ctx: UseCaseContext): Promise<{ items: TFund[] }> {
  const rows = await listFundRows(ctx.db, scopePaths(ctx.actor, 'fund:read'));
  const visible = rows.filter((f) => canReadFund(ctx.actor, f));
  return { items: await Promise.all(visible.map((f) => fundDto(ctx.db, ctx.actor, f))) };
}
