// Shapes of the JSON the API returns (see the OpenAPI document at /api/openapi.json).

export type Permission =
  | 'org:read'
  | 'org:write'
  | 'people:read'
  | 'people:write'
  | 'people:import'
  | 'users:manage'
  | 'audit:read'
  | 'savings:read'
  | 'savings:post'
  | 'savings:approve'
  | 'savings:manage'
  | 'programs:read'
  | 'programs:manage'
  | 'programs:respond'
  | 'fund:read'
  | 'fund:manage'
  | 'fund:survey';

export interface Me {
  id: string;
  username: string;
  mustChangePassword: boolean;
  person: {
    id: string;
    title: string;
    firstName: string;
    lastName: string;
    positionNameTh: string | null;
    orgUnitId: string;
    orgUnitNameTh: string;
    orgUnitKind: OrgUnitKind;
  };
  roles: { role: string; roleNameTh: string; orgUnitId: string; orgUnitNameTh: string; orgUnitKind: OrgUnitKind }[];
  permissions: string[];
}

export type OrgUnitKind = 'department' | 'province' | 'district' | 'subdistrict' | 'village' | 'work_group';

export interface OrgUnit {
  id: string;
  kind: OrgUnitKind;
  parentId: string | null;
  path: string;
  nameTh: string;
  nameEn: string | null;
  letterPrefix: string | null;
  hasOffice: boolean;
  villageNo?: number | null;
  childCount: number;
}

export interface OrgUnitDetail extends OrgUnit {
  ancestors: { id: string; kind: OrgUnitKind; nameTh: string }[];
}

export interface Reference {
  titles: string[];
  positions: { code: string; nameTh: string; isStaff: boolean }[];
  networks: { code: string; abbrTh: string; nameTh: string }[];
  roles: { role: string; nameTh: string }[];
}

export interface PersonSummary {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  fullName: string;
  positionCode: string | null;
  positionNameTh: string | null;
  orgUnitId: string;
  orgUnitNameTh: string;
  orgUnitKind: OrgUnitKind;
  thaiIdMasked: string | null;
  networks: string[];
}

export interface Person extends PersonSummary {
  thaiId: string | null;
  phone: string | null;
  email: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Body of POST /people; PATCH takes the same fields, all optional, plus `version`. */
export interface PersonInput {
  title: string;
  firstName: string;
  lastName: string;
  thaiId?: string | null;
  positionCode?: string | null;
  orgUnitId: string;
  phone?: string | null;
  email?: string | null;
  networks?: string[];
}

export interface FieldIssue {
  path: string;
  messageTh: string;
  messageEn: string;
}

/** One role held over one org unit's subtree. */
export interface RoleGrant {
  role: string;
  orgUnitId: string;
}

export interface UserSummary {
  id: string;
  username: string;
  isActive: boolean;
  personId: string;
  fullName: string;
  orgUnitId: string;
  orgUnitNameTh: string;
  roles: (RoleGrant & { roleNameTh: string; orgUnitNameTh: string })[];
}

/** Body of POST /users: the password is temporary (changed at first login). */
export interface CreateUserInput {
  personId: string;
  username: string;
  password: string;
  roles: RoleGrant[];
}

export type AuditAction =
  | 'person.create'
  | 'person.update'
  | 'person.import'
  | 'org_unit.create'
  | 'user_account.create'
  | 'user_account.update'
  | 'user_account.change_password'
  | 'session.login'
  | 'session.logout';

export interface AuditEntry {
  /** An integer as a string; pass the last one as `before` for older entries. */
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  /** One of AuditAction; newer server versions may add more. */
  action: string;
  entityType: string;
  entityId: string;
  orgUnitId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
