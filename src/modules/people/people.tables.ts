import type { ColumnType, Generated } from 'kysely';

export interface PositionTable {
  code: string;
  name_th: string;
  is_staff: boolean;
  sort_order: number;
}

export interface NetworkTable {
  code: string;
  abbr_th: string;
  name_th: string;
  sort_order: number;
}

export interface PersonTable {
  id: Generated<string>;
  title: string;
  first_name: string;
  last_name: string;
  thai_id: string | null;
  position_code: string | null;
  org_unit_id: string;
  phone: string | null;
  email: string | null;
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PersonNetworkTable {
  person_id: string;
  network_code: string;
}

export interface PeopleTables {
  position: PositionTable;
  network: NetworkTable;
  person: PersonTable;
  person_network: PersonNetworkTable;
}
