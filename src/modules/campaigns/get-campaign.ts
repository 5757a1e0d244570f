import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { satang } from '../../kernel/money.js';
import type { TCampaign } from './campaigns.schemas.js';

export function campaignSelect(db: Kysely<DB> | Transaction<DB>) {
  return db
    .selectFrom('savings_campaign as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
    .selectAll('c')
    .select(['o.name_th as org_unit_name_th', 'o.path']);
}
type CampaignRow = Awaited<ReturnType<ReturnType<typeof campaignSelect>['executeTakeFirstOrThrow']>>;

export function toCampaign(r: CampaignRow): TCampaign {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    orgUnitNameTh: r.org_unit_name_th,
    nameTh: r.name_th,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    minAmount: satang(Number(r.min_amount)),
    targetNewMembers: r.target_new_members,
    targetMembersAdding: r.target_members_adding,
  };
}

export async function getCampaignIn(db: Kysely<DB> | Transaction<DB>, id: string): Promise<TCampaign> {
  const row = await campaignSelect(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toCampaign(row);
}
