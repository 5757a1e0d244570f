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

export interface CampaignsTables {
  savings_campaign: SavingsCampaignTable;
}
