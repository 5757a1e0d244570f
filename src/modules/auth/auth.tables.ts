import type { ColumnType, Generated } from 'kysely';

export interface UserAccountTable {
  id: Generated<string>;
  person_id: string;
  username: string;
  password_hash: string;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  created_at: ColumnType<Date, never, never>;
  password_changed_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RoleAssignmentTable {
  id: Generated<string>;
  user_id: string;
  role: string;
  org_unit_id: string;
  group_id: string | null;
  granted_at: ColumnType<Date, never, never>;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: ColumnType<Date, never, never>;
  expires_at: Date;
}

export interface AuthTables {
  user_account: UserAccountTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
}
