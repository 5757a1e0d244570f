import type { ColumnType } from 'kysely';

type Count = ColumnType<number, number | undefined, number>;
type Money = ColumnType<string, number | undefined, number>;

/** group_month_figure summed per district, kept by trigger (migration 0013); plus groups founded. */
export interface DistrictMonthFigureTable {
  district_id: string;
  month: ColumnType<string, string, string>;
  groups: Count;
  members: Count;
  pledged: Money;
  special: Money;
  outstanding: Money;
  lent: Money;
  borrowers: Count;
}

/** Groups per current development level per district, kept by trigger (migration 0013). */
export interface DistrictGroupLevelTable {
  district_id: string;
  level: number;
  groups: Count;
}

export interface ReportsTables {
  district_month_figure: DistrictMonthFigureTable;
  district_group_level: DistrictGroupLevelTable;
}
