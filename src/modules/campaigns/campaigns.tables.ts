import type { ColumnType, Generated } from 'kysely';

export interface SavingsCampaignTable {
  id: Generated<string>;
  org_unit_id: string;
  name_th: string;
  starts_on: ColumnType<string, string, never>;
  ends_on: ColumnType<string, string, never>;
  min_amount: ColumnType<string, number, never>;
  target_new_members: number;
  target_members_adding: number;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
}

type Count = ColumnType<number, number | undefined, number>;
type Money = ColumnType<string, number | undefined, number>;

/** A member's standing in a campaign (migration 0014), maintained with postings. */
export interface CampaignMemberTable {
  group_id: string;
  campaign_id: string;
  member_no: number;
  by_pledge: boolean;
  by_special: boolean;
  special: Money;
}

/** A group's campaign figures: the sum of its campaign_member rows plus members joined in the window. */
export interface CampaignGroupFigureTable {
  group_id: string;
  campaign_id: string;
  new_members: Count;
  adding: Count;
  adding_pledge: Count;
  adding_special: Count;
  special: Money;
}

export interface CampaignsTables {
  savings_campaign: SavingsCampaignTable;
  campaign_member: CampaignMemberTable;
  campaign_group_figure: CampaignGroupFigureTable;
}
